using Azure.Data.Tables;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// The size Azure Table Storage counts for an entity, and its limits, checked before every write of
/// free text, because Azurite does not enforce them and Azure refuses the write (a 400 that would
/// reach the user as a 500). Rules (learn.microsoft.com, "Understanding the Table service data
/// model" and "How the size of an entity is calculated"): 4 bytes + 2 per character of PartitionKey
/// and RowKey, and per property 8 bytes + 2 per character of its name + its value: a string 4 + 2 per
/// UTF-16 character, binary 4 + its bytes, DateTime, Int64 and double 8, Guid 16, Int32 4, bool 1.
/// </summary>
public static class EntitySize
{
    /// <summary>At most 1 MiB of data in an entity.</summary>
    public const int MaxEntityBytes = 1024 * 1024;

    /// <summary>At most 64 KiB in one binary property (and 32 K UTF-16 characters in a string).</summary>
    public const int MaxPropertyBytes = 64 * 1024;

    /// <summary>255 properties, of which PartitionKey, RowKey and Timestamp are three.</summary>
    public const int MaxCustomProperties = 252;

    public static long Of(TableEntity entity)
    {
        long size = 4 + (2L * (entity.PartitionKey.Length + entity.RowKey.Length));
        foreach ((string name, object? value) in Custom(entity))
        {
            size += 8 + (2L * name.Length) + ValueSize(value);
        }

        return size;
    }

    /// <summary>The entity, or <see cref="EntityTooLargeException"/> when Azure would refuse it.</summary>
    public static TableEntity Checked(TableEntity entity)
    {
        KeyValuePair<string, object?>[] custom = Custom(entity).ToArray();
        if (custom.Length > MaxCustomProperties)
        {
            throw new EntityTooLargeException($"{custom.Length} properties, more than {MaxCustomProperties}.");
        }

        if (custom.FirstOrDefault(p => ValueSize(p.Value) - 4 > MaxPropertyBytes) is { Key: not null } big)
        {
            throw new EntityTooLargeException($"Property {big.Key} holds more than {MaxPropertyBytes} bytes.");
        }

        long size = Of(entity);
        return size <= MaxEntityBytes ? entity : throw new EntityTooLargeException($"{size} bytes, more than {MaxEntityBytes}.");
    }

    private static IEnumerable<KeyValuePair<string, object?>> Custom(TableEntity entity) =>
        entity.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag") && p.Value is not null);

    private static long ValueSize(object? value) => value switch
    {
        string s => 4 + (2L * s.Length),
        byte[] b => 4 + b.Length,
        BinaryData d => 4 + d.ToMemory().Length,
        DateTime or DateTimeOffset or long or double => 8,
        Guid => 16,
        int => 4,
        bool => 1,
        _ => throw new ArgumentException($"A property of type {value?.GetType().Name} has no size rule."),
    };
}

/// <summary>An entity Azure Table Storage would refuse: over 1 MiB, a property over 64 KiB, or too many properties.</summary>
public sealed class EntityTooLargeException(string message) : InvalidOperationException($"The entity is too large for Table Storage: {message}");
