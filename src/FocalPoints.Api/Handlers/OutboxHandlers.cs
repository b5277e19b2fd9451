using FocalPoints.Api.Contracts;
using FocalPoints.Api.Http;
using FocalPoints.Application.Notifications;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace FocalPoints.Api.Handlers;

/// <summary>The local outbox, for coordinators in Development.</summary>
public sealed class OutboxHandlers(CallerOptions callers, ReadOutbox readOutbox, IHostEnvironment environment)
{
    /// <summary>Whether the outbox answers in this environment (both hosts map the route; it is 404 outside Development).</summary>
    public static bool IsServed(IHostEnvironment environment) => environment.IsDevelopment();

    public async Task<IResult> ListAsync(HttpContext http)
    {
        if (!IsServed(environment))
        {
            return Problems.NotFound("The outbox is only served in Development.");
        }

        string? cycleId = http.Request.Query["cycleId"].FirstOrDefault();

        // A browser asks for HTML and gets the page; a program gets the JSON of the API contract.
        bool page = http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        return (await readOutbox.ExecuteAsync(callers.Read(http), cycleId, http.RequestAborted)).ToResult(messages => page
            ? Results.Content(OutboxPage.Render(messages, cycleId), "text/html; charset=utf-8")
            : Reply.Ok(new OutboxView(messages)));
    }
}
