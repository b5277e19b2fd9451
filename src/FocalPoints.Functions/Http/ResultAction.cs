using FocalPoints.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoints.Functions.Http;

/// <summary>
/// Runs a shared handler's <see cref="IResult"/> as the <see cref="IActionResult"/> the Functions
/// ASP.NET Core integration expects: every HTTP function answers through it, so it is where every
/// API response gets <c>Cache-Control: no-store</c> and the self-host's security headers (the
/// Content Security Policy, <c>nosniff</c>, no referrer; <see cref="SecurityHeaders"/>), which the
/// HTML summaries need should a browser open one.
/// </summary>
public sealed class ResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ApiCaching.Forbid(context.HttpContext.Response);
        SecurityHeaders.Secure(context.HttpContext.Response);
        return result.ExecuteAsync(context.HttpContext);
    }
}

public static class ResultActionExtensions
{
    /// <summary>The handler's answer, or 503 with <c>Retry-After</c> when storage is out of reach (<see cref="StorageOutage"/>).</summary>
    public static async Task<IActionResult> AsAction<TResult>(this Task<TResult> result)
        where TResult : IResult
    {
        try
        {
            return new ResultAction(await result);
        }
        catch (Exception e) when (StorageOutage.Is(e))
        {
            return new ResultAction(StorageOutage.Problem());
        }
    }
}
