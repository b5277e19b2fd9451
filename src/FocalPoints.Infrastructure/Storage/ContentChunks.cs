using System.IO.Compression;
using System.Text;
using Azure.Data.Tables;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// Stores a JSON document in an entity compactly: its UTF-8 bytes, Brotli-compressed, split across
/// binary properties of at most 64 KiB. A step's content may be 256 KiB; its canonical JSON writes a
/// character outside the Basic Multilingual Plane as a 12-byte escape pair, so as UTF-16 strings it
/// could reach 1.5 MiB, over the 1 MiB an entity holds. Compressed UTF-8 stays far below (tested at
/// the limit by <see cref="EntitySize"/>), and the document is never truncated. Rows written by the
/// first release (UTF-16 string parts) are still read.
/// </summary>
public static class ContentChunks
{
    private const string PartsProperty = "ContentBrotliParts";
    private const string PartPrefix = "ContentBrotli";

    // Brotli quality 5 compresses JSON and escape pairs well at a small fraction of the time of 11.
    private const int Quality = 5;
    private const int Window = 22;

    public static void Write(TableEntity entity, string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        byte[] buffer = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        if (!BrotliEncoder.TryCompress(utf8, buffer, out int length, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress the content into its maximum compressed length.");
        }

        int parts = Math.Max(1, (length + EntitySize.MaxPropertyBytes - 1) / EntitySize.MaxPropertyBytes);
        entity[PartsProperty] = parts;
        for (int i = 0; i < parts; i++)
        {
            int start = i * EntitySize.MaxPropertyBytes;
            entity[$"{PartPrefix}{i}"] = buffer.AsSpan(start, Math.Min(EntitySize.MaxPropertyBytes, length - start)).ToArray();
        }
    }

    public static string Read(TableEntity entity)
    {
        if (entity.GetInt32(PartsProperty) is not int parts)
        {
            return LegacyStringParts.Read(entity);
        }

        using var compressed = new MemoryStream();
        for (int i = 0; i < parts; i++)
        {
            compressed.Write(entity.GetBinary($"{PartPrefix}{i}"));
        }

        compressed.Position = 0;
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The first release's format: the JSON split across string properties of 30,000 characters.</summary>
    private static class LegacyStringParts
    {
        public static string Read(TableEntity entity)
        {
            int parts = entity.GetInt32("ContentParts") ?? 0;
            return string.Concat(Enumerable.Range(0, parts).Select(i => entity.GetString($"Content{i}")));
        }
    }
}
