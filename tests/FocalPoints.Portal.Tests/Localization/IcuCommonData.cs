using System.Buffers.Binary;
using System.Text;

namespace FocalPoints.Portal.Tests.Localization;

/// <summary>
/// An ICU common data file (<c>icudt*.dat</c>) read as ICU reads it: a header, then a table of contents of
/// <c>(name offset, data offset)</c> pairs relative to the table, each name <c>icudt68l/coll/fr.res</c>
/// (the package, then the item), each item's bytes up to the next item's (ICU's <c>ucmndata.h</c>).
/// </summary>
internal sealed record IcuCommonData(string DataFormat, IReadOnlyDictionary<string, byte[]> Items)
{
    /// <summary>The package every item's name starts with: <c>icudt</c>, ICU's major version, the byte order (<c>icudt68l</c>).</summary>
    public string Package => Items.Keys.Select(name => name[..name.IndexOf('/', StringComparison.Ordinal)]).Distinct().Single();

    /// <summary>The items' names without the package: <c>coll/fr.res</c>.</summary>
    public IEnumerable<string> Names => Items.Keys.Select(name => name[(name.IndexOf('/', StringComparison.Ordinal) + 1)..]);

    public byte[] Item(string name) => Items[$"{Package}/{name}"];

    public bool Has(string name) => Items.ContainsKey($"{Package}/{name}");

    public static IcuCommonData Read(string path)
    {
        byte[] file = File.ReadAllBytes(path);
        int headerSize = BinaryPrimitives.ReadUInt16LittleEndian(file);
        if (file[2] != 0xda || file[3] != 0x27)
        {
            throw new InvalidDataException($"{path} is not ICU data (no 0xda27 magic).");
        }

        // UDataInfo follows the 4 bytes of the header: size, reserved, endianness, charset, UChar size, reserved, then the format.
        string format = Encoding.ASCII.GetString(file, 4 + 8, 4);
        ReadOnlySpan<byte> toc = file.AsSpan(headerSize);
        int count = (int)BinaryPrimitives.ReadUInt32LittleEndian(toc);
        var items = new Dictionary<string, byte[]>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            int nameOffset = (int)BinaryPrimitives.ReadUInt32LittleEndian(toc[(4 + (8 * i))..]);
            int dataOffset = (int)BinaryPrimitives.ReadUInt32LittleEndian(toc[(8 + (8 * i))..]);
            int end = i + 1 < count ? (int)BinaryPrimitives.ReadUInt32LittleEndian(toc[(8 + (8 * (i + 1)))..]) : toc.Length;
            string name = Encoding.ASCII.GetString(toc[nameOffset..].Slice(0, toc[nameOffset..].IndexOf((byte)0)));
            items[name] = toc[dataOffset..end].ToArray();
        }

        return new IcuCommonData(format, items);
    }
}
