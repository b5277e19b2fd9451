using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Domain;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Testing.Hosts;

/// <summary>Plays the people of the network against a running host: a coordinator and each country's focal point.</summary>
public sealed class NetworkScenario(ApiClient api)
{
    public static readonly string Coordinator = Principals.Coordinator();

    /// <summary>A schedule in seconds: reminders 3 s before a 8 s due date, overdue every 2 s, escalation 3 s late.</summary>
    public static object FastSchedule => new
    {
        stepDuration = "PT8S",
        reviewDuration = "PT4S",
        reminderOffsets = new[] { "PT3S" },
        overdueReminderEvery = "PT2S",
        escalateAfter = "PT3S",
    };

    /// <summary>A schedule in which nothing falls due during a test.</summary>
    public static object SlowSchedule => new
    {
        stepDuration = "PT1H",
        reviewDuration = "PT30M",
        reminderOffsets = new[] { "PT10M" },
        overdueReminderEvery = "PT1H",
        escalateAfter = "PT2H",
    };

    public ApiClient Api => api;

    public async Task RegisterAsync(params string[] countries)
    {
        foreach (string iso3 in countries)
        {
            UnMemberStates.TryGet(iso3, out UnMemberState state);
            ApiResponse put = await api.PutAsync($"/api/network/members/{iso3}", new
            {
                name = state.Name,
                regionalGroup = JsonNaming.CamelCase(state.RegionalGroup.ToString()),
                focalPoints = new[] { new { name = $"Focal point of {iso3}", email = Principals.FocalPointEmail(iso3), language = "en", timeZone = "Africa/Accra" } },
            }, Coordinator);
            Ensure(put, HttpStatusCode.OK);
        }

        Ensure(await api.PutAsync("/api/network/coordinators", new
        {
            coordinators = new[] { new { name = "Network coordinator", email = Principals.CoordinatorEmail, language = "en", timeZone = "Europe/Copenhagen" } },
        }, Coordinator), HttpStatusCode.OK);
    }

    public Task<ApiResponse> OpenCycleAsync(string cycleId, string[] countries, object schedule) =>
        api.PostAsync("/api/cycles", new { cycleId, title = $"Cycle {cycleId}", countries, schedule }, Coordinator);

    public async Task<JsonNode> StrategyAsync(string cycleId, string iso3) =>
        Ensure(await api.GetAsync($"/api/cycles/{cycleId}/countries/{iso3}", Coordinator), HttpStatusCode.OK).Json!;

    public async Task<string> StepStatusAsync(string cycleId, string iso3, StrategyStep step) =>
        (string)(await StrategyAsync(cycleId, iso3))["steps"]![(int)step]!["status"]!;

    /// <summary>Waits until the workflow has opened (or reopened) the step for submission.</summary>
    public Task WaitForOpenAsync(string cycleId, string iso3, StrategyStep step) =>
        Eventually.WaitAsync(() => StepStatusAsync(cycleId, iso3, step), s => s is "open" or "returned", TimeSpan.FromSeconds(60), $"{iso3} {step} to open");

    public Task<ApiResponse> SubmitAsync(string cycleId, string iso3, StrategyStep step, object content, string? idempotencyKey = null) =>
        api.PostAsync($"/api/cycles/{cycleId}/countries/{iso3}/steps/{step.ToSlug()}/submission", content, Principals.FocalPoint(Principals.FocalPointEmail(iso3)), idempotencyKey);

    public Task<ApiResponse> ReviewAsync(string cycleId, string iso3, StrategyStep step, ReviewDecision decision, string? comments = null) =>
        api.PostAsync($"/api/cycles/{cycleId}/countries/{iso3}/steps/{step.ToSlug()}/review", new { decision = JsonNaming.CamelCase(decision.ToString()), comments }, Coordinator);

    /// <summary>Submits and approves one step, waiting for the workflow in between.</summary>
    public async Task CompleteStepAsync(string cycleId, string iso3, StrategyStep step, StepContent content)
    {
        await WaitForOpenAsync(cycleId, iso3, step);
        Ensure(await SubmitAsync(cycleId, iso3, step, content), HttpStatusCode.Accepted);
        Ensure(await ReviewAsync(cycleId, iso3, step, ReviewDecision.Approve), HttpStatusCode.Accepted);
    }

    public async Task<JsonArray> OutboxAsync(string cycleId) =>
        (JsonArray)Ensure(await api.GetAsync($"/api/dev/outbox?cycleId={cycleId}", Coordinator), HttpStatusCode.OK).Json!["messages"]!;

    public Task<JsonArray> WaitForOutboxAsync(string cycleId, Func<JsonArray, bool> done, string what, int seconds = 60) =>
        Eventually.WaitAsync(() => OutboxAsync(cycleId), done, TimeSpan.FromSeconds(seconds), what);

    public static bool Has(JsonArray messages, string country, string moment, string? step = null) =>
        messages.Any(m => (string?)m!["country"] == country && (string?)m["moment"] == moment && (step is null || (string?)m["step"] == step));

    public static ApiResponse Ensure(ApiResponse response, HttpStatusCode expected) =>
        response.Status == expected ? response : throw new InvalidOperationException($"Expected {(int)expected}, got {response}");
}
