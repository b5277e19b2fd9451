using System.Reflection;
using FocalPoints.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoints.Functions.Tests;

/// <summary>
/// Every HTTP function answers through the Functions app's <c>ResultAction</c>, so that is where
/// every API response is marked <c>no-store</c>, as the self-host marks it. The test loads the built
/// app (this project does not reference its assembly: it is a Functions worker).
/// </summary>
public class ResultActionTests
{
    private static IActionResult ResultAction(IResult result) =>
        (IActionResult)Activator.CreateInstance(FunctionsApp.Type("FocalPoints.Functions.Http.ResultAction"), result)!;

    [Theory]
    [InlineData(StatusCodes.Status200OK)]
    [InlineData(StatusCodes.Status401Unauthorized)]
    public async Task Every_function_answer_is_no_store(int status)
    {
        DefaultHttpContext http = FunctionsApp.HttpContext();

        await FunctionsApp.Execute(ResultAction(Results.Json(new { ok = true }, statusCode: status)), http);

        Assert.Equal(status, http.Response.StatusCode);
        Assert.Equal("no-store", http.Response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task A_summary_in_html_is_never_sniffed_and_carries_the_content_security_policy()
    {
        DefaultHttpContext http = FunctionsApp.HttpContext();
        const string Summary = "<!DOCTYPE html><html lang=\"en\"><head><title>Ghana</title><style>h1{color:#1b1b1b}</style></head><body><h1>Ghana</h1></body></html>";

        await FunctionsApp.Execute(ResultAction(Results.Text(Summary, "text/html; charset=utf-8")), http);

        Assert.Equal("nosniff", http.Response.Headers.XContentTypeOptions.ToString());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, http.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("no-referrer", http.Response.Headers["Referrer-Policy"].ToString());
    }

    [Fact]
    public async Task A_storage_outage_is_answered_503_with_retry_after()
    {
        MethodInfo asAction = FunctionsApp.Type("FocalPoints.Functions.Http.ResultActionExtensions")
            .GetMethod("AsAction")!
            .MakeGenericMethod(typeof(IResult));
        DefaultHttpContext http = FunctionsApp.HttpContext();
        Task<IResult> failing = Task.FromException<IResult>(new AggregateException(new Azure.RequestFailedException(0, "storage did not answer")));

        IActionResult action = await (Task<IActionResult>)asAction.Invoke(null, [failing])!;
        await FunctionsApp.Execute(action, http);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("10", http.Response.Headers.RetryAfter.ToString());
    }
}
