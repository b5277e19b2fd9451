using System.Reflection;
using FocalPoints.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Functions.Tests;

/// <summary>
/// Every HTTP function answers through the Functions app's <c>ResultAction</c>, so that is where
/// every API response is marked <c>no-store</c>, as the self-host marks it. The test loads the built
/// app (this project does not reference its assembly: it is a Functions worker).
/// </summary>
public class ResultActionTests
{
    private static IActionResult ResultAction(IResult result)
    {
        string directory = typeof(ResultActionTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "FunctionsOutputDirectory").Value!;
        Assembly functions = Assembly.LoadFrom(Path.Combine(directory, "FocalPoints.Functions.dll"));
        Type type = functions.GetType("FocalPoints.Functions.Http.ResultAction", throwOnError: true)!;
        return (IActionResult)Activator.CreateInstance(type, result)!;
    }

    [Theory]
    [InlineData(StatusCodes.Status200OK)]
    [InlineData(StatusCodes.Status401Unauthorized)]
    public async Task Every_function_answer_is_no_store(int status)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();

        await ResultAction(Results.Json(new { ok = true }, statusCode: status)).ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));

        Assert.Equal(status, http.Response.StatusCode);
        Assert.Equal("no-store", http.Response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task A_summary_in_html_is_never_sniffed_and_carries_the_content_security_policy()
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        const string Summary = "<!DOCTYPE html><html lang=\"en\"><head><title>Ghana</title><style>h1{color:#1b1b1b}</style></head><body><h1>Ghana</h1></body></html>";

        await ResultAction(Results.Text(Summary, "text/html; charset=utf-8")).ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));

        Assert.Equal("nosniff", http.Response.Headers.XContentTypeOptions.ToString());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, http.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("no-referrer", http.Response.Headers["Referrer-Policy"].ToString());
    }

    [Fact]
    public async Task A_storage_outage_is_answered_503_with_retry_after()
    {
        string directory = typeof(ResultActionTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "FunctionsOutputDirectory").Value!;
        MethodInfo asAction = Assembly.LoadFrom(Path.Combine(directory, "FocalPoints.Functions.dll"))
            .GetType("FocalPoints.Functions.Http.ResultActionExtensions", throwOnError: true)!
            .GetMethod("AsAction")!
            .MakeGenericMethod(typeof(IResult));
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        Task<IResult> failing = Task.FromException<IResult>(new AggregateException(new Azure.RequestFailedException(0, "storage did not answer")));

        IActionResult action = await (Task<IActionResult>)asAction.Invoke(null, [failing])!;
        await action.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("10", http.Response.Headers.RetryAfter.ToString());
    }
}
