namespace FocalPoints.Application.Ports;

/// <summary>A stored value with the ETag it was read at (as the store wrote it), for optimistic concurrency.</summary>
public sealed record Versioned<T>(T Value, string ETag);
