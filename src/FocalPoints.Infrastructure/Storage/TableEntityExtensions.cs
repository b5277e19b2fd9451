using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>Small helpers every store uses to read rows and make keys.</summary>
public static class TableEntityExtensions
{
    /// <summary>A stored instant as UTC (the SDK returns it with an unspecified kind).</summary>
    public static DateTime? GetUtc(this TableEntity entity, string key) =>
        entity.GetDateTime(key) is DateTime value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : null;

    /// <summary>
    /// SHA-256 of the text as upper-case hex: a fixed-length row key for any id (ids may hold
    /// characters row keys refuse, such as '/', '\', '#', '?'), or a fingerprint of a request.
    /// </summary>
    public static string Sha256Hex(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
