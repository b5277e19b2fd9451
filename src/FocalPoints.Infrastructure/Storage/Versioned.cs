using Azure;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>A stored value with the ETag it was read at, for optimistic concurrency.</summary>
public sealed record Versioned<T>(T Value, ETag ETag);
