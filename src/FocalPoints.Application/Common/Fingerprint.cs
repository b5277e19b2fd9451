using System.Security.Cryptography;
using System.Text;

namespace FocalPoints.Application.Common;

/// <summary>Fixed-length fingerprints of text.</summary>
public static class Fingerprint
{
    /// <summary>
    /// SHA-256 of the text as upper-case hex: a fixed-length key for any id (ids may hold characters
    /// row keys refuse, such as '/', '\', '#', '?'), or a fingerprint of a request.
    /// </summary>
    public static string Sha256Hex(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
