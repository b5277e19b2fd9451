using Azure.Data.Tables;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// Stores a JSON document across string properties. A string property holds at most 64 KiB
/// (32K UTF-16 characters); a step's content may be up to 256 KiB, so it is split, never truncated.
/// </summary>
public static class ContentChunks
{
    private const int CharsPerProperty = 30_000;
    private const string PartsProperty = "ContentParts";

    public static void Write(TableEntity entity, string json)
    {
        int parts = Math.Max(1, (json.Length + CharsPerProperty - 1) / CharsPerProperty);
        entity[PartsProperty] = parts;
        for (int i = 0; i < parts; i++)
        {
            int start = i * CharsPerProperty;
            entity[$"Content{i}"] = json.Substring(start, Math.Min(CharsPerProperty, json.Length - start));
        }
    }

    public static string Read(TableEntity entity)
    {
        int parts = entity.GetInt32(PartsProperty) ?? 0;
        return string.Concat(Enumerable.Range(0, parts).Select(i => entity.GetString($"Content{i}")));
    }
}
