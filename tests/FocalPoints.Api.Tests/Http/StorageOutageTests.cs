using System.Text.Json;
using Azure;
using FocalPoints.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Api.Tests.Http;

public class StorageOutageTests
{
    public static TheoryData<Exception, bool> Exceptions => new()
    {
        { new RequestFailedException(0, "no response"), true },
        { new RequestFailedException(503, "server busy"), true },
        { new RequestFailedException(500, "internal"), true },
        { new RequestFailedException(408, "timeout"), true },
        { new AggregateException(new TaskCanceledException(), new RequestFailedException(0, "reset")), true },
        { new HttpRequestException("connection refused"), true },
        { new TaskCanceledException("network timeout"), true },
        { new RequestFailedException(404, "not found"), false },
        { new RequestFailedException(409, "conflict"), false },
        { new RequestFailedException(412, "precondition"), false },
        { new AggregateException(new TaskCanceledException(), new InvalidOperationException("a bug")), false },
        { new InvalidOperationException("a bug"), false },
        { new JsonException("bad stored JSON"), false },
        { new BadHttpRequestException("Unexpected end of request content."), false },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void An_outage_is_told_from_a_refusal_or_a_bug(Exception exception, bool outage) =>
        Assert.Equal(outage, StorageOutage.Is(exception));

    [Fact]
    public async Task The_answer_is_a_503_problem_with_retry_after()
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();

        await StorageOutage.Problem().ExecuteAsync(http);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("10", http.Response.Headers.RetryAfter.ToString());
        Assert.Equal("application/problem+json", http.Response.ContentType);
        http.Response.Body.Position = 0;
        JsonElement problem = (await JsonDocument.ParseAsync(http.Response.Body)).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("Storage unavailable", problem.GetProperty("title").GetString());
    }
}
