using Azure.Data.Tables;
using FocalPoints.Application.Common;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>Small helpers every store uses to read rows and make keys.</summary>
public static class TableEntityExtensions
{
    /// <summary>A stored instant as UTC (the SDK returns it with an unspecified kind).</summary>
    public static DateTime? GetUtc(this TableEntity entity, string key) =>
        entity.GetDateTime(key) is DateTime value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : null;

    /// <summary>A fixed-length row key for any id, or a fingerprint of a request (see <see cref="Fingerprint.Sha256Hex"/>).</summary>
    public static string Sha256Hex(string text) => Fingerprint.Sha256Hex(text);
}
