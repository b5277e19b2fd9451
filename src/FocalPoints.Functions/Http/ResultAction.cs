using FocalPoints.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoints.Functions.Http;

/// <summary>
/// Runs a shared handler's <see cref="IResult"/> as the <see cref="IActionResult"/> the Functions
/// ASP.NET Core integration expects: every HTTP function answers through it, so it is where every
/// API response gets <c>Cache-Control: no-store</c> (as the self-host's security headers give it).
/// </summary>
public sealed class ResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ApiCaching.Forbid(context.HttpContext.Response);
        return result.ExecuteAsync(context.HttpContext);
    }
}

public static class ResultActionExtensions
{
    public static async Task<IActionResult> AsAction(this Task<IResult> result) => new ResultAction(await result);
}
