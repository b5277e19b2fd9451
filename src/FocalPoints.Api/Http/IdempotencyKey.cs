using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Http;

/// <summary>The <c>Idempotency-Key</c> header of a request that may be repeated (a submission, a peer-review session).</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";

    /// <summary>The key (<c>null</c> when none was sent), or a 400 problem when it is empty or longer than 200 characters.</summary>
    public static (string? Key, IResult? Problem) Read(HttpRequest request)
    {
        string? key = request.Headers[Header].FirstOrDefault();
        return key is { Length: 0 or > 200 }
            ? (null, Problems.BadRequest("An Idempotency-Key has 1 to 200 characters."))
            : (key, null);
    }
}
