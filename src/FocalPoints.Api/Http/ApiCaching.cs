using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Http;

/// <summary>
/// Every API response is confidential or personal: <c>Cache-Control: no-store</c> keeps it out of
/// the browser's disk cache (and any shared cache). Both hosts send it on every <c>/api</c> response.
/// </summary>
public static class ApiCaching
{
    public const string NoStore = "no-store";

    /// <summary>Marks the response as never to be stored; call before it starts.</summary>
    public static void Forbid(HttpResponse response) => response.Headers.CacheControl = NoStore;
}
