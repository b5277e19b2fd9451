using FocalPoints.Api.Handlers;
using FocalPoints.Api.Http;
using FocalPoints.Application.Ports;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>The self-host's routes: the same paths as the Functions app, on the same handlers.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapFocalPointsApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api");

        // A storage outage is answered 503 with Retry-After, as the Functions app answers it.
        api.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (Exception e) when (StorageOutage.Is(e) && !context.HttpContext.RequestAborted.IsCancellationRequested)
            {
                return StorageOutage.Problem();
            }
        });

        api.MapGet("/me", (HttpContext http, MeHandlers h) => h.GetMeAsync(http));

        api.MapPut("/network/members/{iso3}", (HttpContext http, string iso3, DirectoryHandlers h) => h.PutMemberAsync(http, iso3));
        api.MapGet("/network/members", (HttpContext http, DirectoryHandlers h) => h.ListMembersAsync(http));
        api.MapGet("/network/members/{iso3}", (HttpContext http, string iso3, DirectoryHandlers h) => h.GetMemberAsync(http, iso3));
        api.MapPut("/network/coordinators", (HttpContext http, DirectoryHandlers h) => h.PutCoordinatorsAsync(http));
        api.MapGet("/network/coordinators", (HttpContext http, DirectoryHandlers h) => h.GetCoordinatorsAsync(http));

        api.MapGet("/cycles", (HttpContext http, CycleHandlers h) => h.ListCyclesAsync(http));
        api.MapPost("/cycles", (HttpContext http, CycleHandlers h, IStrategyWorkflows w) => h.OpenCycleAsync(http, w));
        api.MapGet("/cycles/{cycleId}", (HttpContext http, string cycleId, ProgressHandlers h) => h.GetCycleAsync(http, cycleId));
        api.MapGet("/cycles/{cycleId}/progress.csv", (HttpContext http, string cycleId, ProgressHandlers h) => h.GetCsvAsync(http, cycleId));
        api.MapGet("/cycles/{cycleId}/countries/{iso3}/timeline", (HttpContext http, string cycleId, string iso3, ProgressHandlers h) => h.GetTimelineAsync(http, cycleId, iso3));
        api.MapDelete("/cycles/{cycleId}/countries/{iso3}", (HttpContext http, string cycleId, string iso3, CycleHandlers h, IStrategyWorkflows w) => h.CancelCountryAsync(http, cycleId, iso3, w));

        api.MapGet("/cycles/{cycleId}/countries/{iso3}", (HttpContext http, string cycleId, string iso3, StrategyHandlers h) => h.GetStrategyAsync(http, cycleId, iso3));
        api.MapGet("/cycles/{cycleId}/countries/{iso3}/steps/{step}", (HttpContext http, string cycleId, string iso3, string step, StrategyHandlers h) => h.GetStepAsync(http, cycleId, iso3, step));
        api.MapGet("/cycles/{cycleId}/countries/{iso3}/steps/{step}/versions/{version}", (HttpContext http, string cycleId, string iso3, string step, string version, StrategyHandlers h) => h.GetVersionAsync(http, cycleId, iso3, step, version));
        api.MapPut("/cycles/{cycleId}/countries/{iso3}/steps/{step}/draft", (HttpContext http, string cycleId, string iso3, string step, StrategyHandlers h) => h.PutDraftAsync(http, cycleId, iso3, step));
        api.MapPost("/cycles/{cycleId}/countries/{iso3}/steps/{step}/submission", (HttpContext http, string cycleId, string iso3, string step, StrategyHandlers h, IStrategyWorkflows w) => h.SubmitAsync(http, cycleId, iso3, step, w));
        api.MapPost("/cycles/{cycleId}/countries/{iso3}/steps/{step}/review", (HttpContext http, string cycleId, string iso3, string step, StrategyHandlers h, IStrategyWorkflows w) => h.ReviewAsync(http, cycleId, iso3, step, w));

        api.MapGet("/cycles/{cycleId}/countries/{iso3}/summary", (HttpContext http, string cycleId, string iso3, SummaryHandlers h) => h.GetCountrySummaryAsync(http, cycleId, iso3));

        api.MapGet("/peer-reviews", (HttpContext http, PeerReviewHandlers h) => h.ListAsync(http));
        api.MapPost("/peer-reviews", (HttpContext http, PeerReviewHandlers h, IStrategyWorkflows w) => h.ScheduleAsync(http, w));
        api.MapGet("/peer-reviews/{sessionId}", (HttpContext http, string sessionId, PeerReviewHandlers h) => h.GetAsync(http, sessionId));
        api.MapGet("/peer-reviews/{sessionId}/summary", (HttpContext http, string sessionId, PeerReviewHandlers h) => h.GetSummaryAsync(http, sessionId));
        api.MapGet("/peer-reviews/{sessionId}/countries/{iso3}/summary", (HttpContext http, string sessionId, string iso3, PeerReviewHandlers h) => h.GetCountrySummaryAsync(http, sessionId, iso3));
        api.MapPost("/peer-reviews/{sessionId}/recommendations", (HttpContext http, string sessionId, PeerReviewHandlers h) => h.RecommendAsync(http, sessionId));
        api.MapPut("/peer-reviews/{sessionId}/responses/{iso3}", (HttpContext http, string sessionId, string iso3, PeerReviewHandlers h) => h.RespondAsync(http, sessionId, iso3));

        api.MapGet("/dev/outbox", (HttpContext http, OutboxHandlers h) => h.ListAsync(http));
        return app;
    }
}
