namespace FocalPoints.Api.Http;

/// <summary>
/// The API's OpenAPI document as committed (<c>docs/openapi.json</c>, embedded in this assembly): the
/// self-host generates it from its endpoints and a test keeps the committed file equal to what it
/// generates; the Functions app, which has no endpoints to generate it from, serves these bytes.
/// </summary>
public static class CommittedApiDocument
{
    /// <summary>The resource's name, as the project file gives it.</summary>
    public const string ResourceName = "FocalPoints.openapi.json";

    private static readonly Lazy<byte[]> Bytes = new(Read);

    /// <summary>The document's UTF-8 bytes, exactly as committed.</summary>
    public static ReadOnlyMemory<byte> Utf8 => Bytes.Value;

    private static byte[] Read()
    {
        using Stream stream = typeof(CommittedApiDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly does not embed {ResourceName}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
