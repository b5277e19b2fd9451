using FocalPoints.Api.Http;
using FocalPoints.Application.Notifications;
using FocalPoints.Application.Outcomes;
using FocalPoints.Contracts;
using FocalPoints.Domain.Notifications;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Hosting;

namespace FocalPoints.Api.Handlers;

/// <summary>The local outbox, for coordinators in Development.</summary>
public sealed class OutboxHandlers(CallerOptions callers, ReadOutbox readOutbox, IHostEnvironment environment)
{
    /// <summary>Whether the outbox answers in this environment (both hosts map the route; it is 404 outside Development).</summary>
    public static bool IsServed(IHostEnvironment environment) => environment.IsDevelopment();

    public async Task<Results<Ok<OutboxView>, ContentHttpResult, ProblemHttpResult>> ListAsync(HttpContext http)
    {
        if (!IsServed(environment))
        {
            return Problems.NotFound("The outbox is only served in Development.");
        }

        string? cycleId = http.Request.Query["cycleId"].FirstOrDefault();

        // A browser asks for HTML and gets the page; a program gets the JSON of the API contract.
        bool page = http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        Outcome<OutboxMessage[]> outcome = await readOutbox.ExecuteAsync(callers.Read(http), cycleId, http.RequestAborted);
        if (outcome.Failure is { } failure)
        {
            return failure.ToProblem();
        }

        return page
            ? TypedResults.Content(OutboxPage.Render(outcome.Value, cycleId), "text/html; charset=utf-8")
            : TypedResults.Ok(new OutboxView(outcome.Value));
    }
}
