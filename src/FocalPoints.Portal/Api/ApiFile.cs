namespace FocalPoints.Portal.Api;

/// <summary>A file the API answered: its bytes and its media type (<c>text/html; charset=utf-8</c>, <c>text/csv; charset=utf-8</c>).</summary>
public sealed record ApiFile(byte[] Content, string ContentType);
