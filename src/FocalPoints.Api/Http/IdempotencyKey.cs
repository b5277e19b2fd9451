using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Http;

/// <summary>The <c>Idempotency-Key</c> header of a request that may be repeated (a submission, a peer-review session).</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";

    /// <summary>The key as sent (<c>null</c> when none was); the use case decides whether it is acceptable.</summary>
    public static string? Read(HttpRequest request) => request.Headers[Header].FirstOrDefault();
}
