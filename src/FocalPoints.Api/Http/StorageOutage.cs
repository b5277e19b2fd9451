using System.Net.Sockets;
using Azure;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Http;

/// <summary>
/// A request that storage could not serve in time (Table Storage unreachable, timing out or
/// answering 5xx after the SDK's bounded retries, see <c>StorageClientPolicy</c>) is answered
/// 503 with <c>Retry-After</c> in both hosts, instead of holding the caller for as long as the
/// outage lasts. Nothing was changed unless the write reached storage; an <c>Idempotency-Key</c>
/// retry lands once either way.
/// </summary>
public static class StorageOutage
{
    /// <summary>The seconds a client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 10;

    /// <summary>Whether <paramref name="exception"/> says storage is out of reach (not that the request was wrong).</summary>
    public static bool Is(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or StatusCodes.Status408RequestTimeout or StatusCodes.Status429TooManyRequests or >= 500,
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(Is),

        // Kestrel's verdict on the client's own body (truncated, malformed chunks, too slow) is an IOException too.
        BadHttpRequestException => false,
        HttpRequestException or SocketException or IOException or TimeoutException => true,

        // The SDK's network timeout cancels the attempt; the caller's own abort is not an outage.
        OperationCanceledException => true,
        _ => false,
    };

    /// <summary>The 503 problem with <c>Retry-After</c>.</summary>
    public static IResult Problem() => new Unavailable();

    private sealed class Unavailable : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Storage unavailable",
                detail: $"The data store did not answer in time. Nothing was lost: try again in {RetryAfterSeconds} seconds (a retry with the same Idempotency-Key is applied once).")
                .ExecuteAsync(httpContext);
        }
    }
}
