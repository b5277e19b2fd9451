using FocalPoints.Api.Handlers;
using FocalPoints.Api.Http;
using FocalPoints.Application.Ports;
using FocalPoints.Contracts;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>The self-host's routes: the same paths as the Functions app, on the same handlers.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapFocalPointsApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup(ApiRoutes.Prefix);

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

        api.MapGet(ApiRoutes.Me.Route, (HttpContext http, MeHandlers h) => h.GetMeAsync(http));

        api.MapPut(ApiRoutes.Member.Route, (HttpContext http, string iso3, DirectoryHandlers h) => h.PutMemberAsync(http, iso3));
        api.MapGet(ApiRoutes.Members.Route, (HttpContext http, DirectoryHandlers h) => h.ListMembersAsync(http));
        api.MapGet(ApiRoutes.Member.Route, (HttpContext http, string iso3, DirectoryHandlers h) => h.GetMemberAsync(http, iso3));
        api.MapPut(ApiRoutes.Coordinators.Route, (HttpContext http, DirectoryHandlers h) => h.PutCoordinatorsAsync(http));
        api.MapGet(ApiRoutes.Coordinators.Route, (HttpContext http, DirectoryHandlers h) => h.GetCoordinatorsAsync(http));

        api.MapGet(ApiRoutes.Cycles.Route, (HttpContext http, CycleHandlers h) => h.ListCyclesAsync(http));
        api.MapPost(ApiRoutes.Cycles.Route, (HttpContext http, CycleHandlers h, IStrategyWorkflows w) => h.OpenCycleAsync(http, w));
        api.MapGet(ApiRoutes.Cycle.Route, (HttpContext http, string cycleId, ProgressHandlers h) => h.GetCycleAsync(http, cycleId));
        api.MapGet(ApiRoutes.ProgressCsv.Route, (HttpContext http, string cycleId, ProgressHandlers h) => h.GetCsvAsync(http, cycleId));
        api.MapGet(ApiRoutes.Timeline.Route, (HttpContext http, string cycleId, string iso3, ProgressHandlers h) => h.GetTimelineAsync(http, cycleId, iso3));
        api.MapDelete(ApiRoutes.Strategy.Route, (HttpContext http, string cycleId, string iso3, CycleHandlers h, IStrategyWorkflows w) => h.CancelCountryAsync(http, cycleId, iso3, w));

        api.MapGet(ApiRoutes.Strategy.Route, (HttpContext http, string cycleId, string iso3, StrategyHandlers h) => h.GetStrategyAsync(http, cycleId, iso3));
        api.MapGet(ApiRoutes.Step.Route, (HttpContext http, string cycleId, string iso3, string step, StrategyHandlers h) => h.GetStepAsync(http, cycleId, iso3, step));
        api.MapGet(ApiRoutes.StepVersion.Route, (HttpContext http, string cycleId, string iso3, string step, string version, StrategyHandlers h) => h.GetVersionAsync(http, cycleId, iso3, step, version));
        api.MapPut(ApiRoutes.Draft.Route, (HttpContext http, string cycleId, string iso3, string step, StrategyHandlers h) => h.PutDraftAsync(http, cycleId, iso3, step));
        api.MapPost(ApiRoutes.Submission.Route, (HttpContext http, string cycleId, string iso3, string step, StrategyHandlers h, IStrategyWorkflows w) => h.SubmitAsync(http, cycleId, iso3, step, w));
        api.MapPost(ApiRoutes.Review.Route, (HttpContext http, string cycleId, string iso3, string step, StrategyHandlers h, IStrategyWorkflows w) => h.ReviewAsync(http, cycleId, iso3, step, w));

        api.MapGet(ApiRoutes.CountrySummary.Route, (HttpContext http, string cycleId, string iso3, SummaryHandlers h) => h.GetCountrySummaryAsync(http, cycleId, iso3));

        api.MapGet(ApiRoutes.PeerReviews.Route, (HttpContext http, PeerReviewHandlers h) => h.ListAsync(http));
        api.MapPost(ApiRoutes.PeerReviews.Route, (HttpContext http, PeerReviewHandlers h, IStrategyWorkflows w) => h.ScheduleAsync(http, w));
        api.MapGet(ApiRoutes.PeerReview.Route, (HttpContext http, string sessionId, PeerReviewHandlers h) => h.GetAsync(http, sessionId));
        api.MapGet(ApiRoutes.PeerReviewSummary.Route, (HttpContext http, string sessionId, PeerReviewHandlers h) => h.GetSummaryAsync(http, sessionId));
        api.MapGet(ApiRoutes.PeerReviewCountrySummary.Route, (HttpContext http, string sessionId, string iso3, PeerReviewHandlers h) => h.GetCountrySummaryAsync(http, sessionId, iso3));
        api.MapPost(ApiRoutes.Recommendations.Route, (HttpContext http, string sessionId, PeerReviewHandlers h) => h.RecommendAsync(http, sessionId));
        api.MapPut(ApiRoutes.Response.Route, (HttpContext http, string sessionId, string iso3, PeerReviewHandlers h) => h.RespondAsync(http, sessionId, iso3));

        api.MapGet(ApiRoutes.Outbox.Route, (HttpContext http, OutboxHandlers h) => h.ListAsync(http));
        return app;
    }
}
