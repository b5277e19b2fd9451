using System.Text.Json;
using FocalPoints.Api.Handlers;
using FocalPoints.Api.Http;
using FocalPoints.Application.Ports;
using FocalPoints.Contracts;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// The self-host's routes: the same paths as the Functions app (<see cref="ApiRoutes"/>), on the same
/// handlers. Each endpoint is named and described for the OpenAPI document: its answers come from the
/// handlers' typed results; bodies, query parameters and problems are declared here, because the
/// handlers read them from the request themselves. Query parameters and headers the handlers read are
/// declared as unused lambda parameters, so the document names them.
/// </summary>
public static class ApiEndpoints
{
    private const string Json = "application/json";

    public static IEndpointRouteBuilder MapFocalPointsApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup(ApiRoutes.Prefix)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

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

        api.MapGet(ApiRoutes.Me.Route, (HttpContext http, MeHandlers h) => h.GetMeAsync(http))
            .Describe("GetMe", "Me", "Who is calling: roles, own countries and peer reviews");

        const string Directory = "Network directory";
        api.MapPut(ApiRoutes.Member.Route, (HttpContext http, string iso3, DirectoryHandlers h) => h.PutMemberAsync(http, iso3))
            .Describe("PutMember", Directory, "Registers or replaces a member of the network").Body<MemberInput>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet(ApiRoutes.Members.Route, (HttpContext http, DirectoryHandlers h) => h.ListMembersAsync(http))
            .Describe("ListMembers", Directory, "The network's members");
        api.MapGet(ApiRoutes.Member.Route, (HttpContext http, string iso3, DirectoryHandlers h) => h.GetMemberAsync(http, iso3))
            .Describe("GetMember", Directory, "One member of the network").Found();
        api.MapPut(ApiRoutes.Coordinators.Route, (HttpContext http, DirectoryHandlers h) => h.PutCoordinatorsAsync(http))
            .Describe("PutCoordinators", Directory, "Replaces the network's coordinators").Body<CoordinatorsInput>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet(ApiRoutes.Coordinators.Route, (HttpContext http, DirectoryHandlers h) => h.GetCoordinatorsAsync(http))
            .Describe("GetCoordinators", Directory, "The network's coordinators");

        const string Cycles = "Cycles";
        api.MapGet(ApiRoutes.Cycles.Route, (HttpContext http, CycleHandlers h) => h.ListCyclesAsync(http))
            .Describe("ListCycles", Cycles, "The cycles the caller works on, newest first");
        api.MapPost(ApiRoutes.Cycles.Route, (HttpContext http, CycleHandlers h, IStrategyWorkflows w) => h.OpenCycleAsync(http, w))
            .Describe("OpenCycle", Cycles, "Opens a cycle: one workflow per country (repeating the same request is harmless)").Body<CycleInput>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet(ApiRoutes.Cycle.Route, (HttpContext http, string cycleId, ProgressHandlers h, string? regionalGroup, string? status, string? overdue) => h.GetCycleAsync(http, cycleId))
            .Describe("GetCycle", Cycles, "The network view of a cycle, filtered by regionalGroup, status and overdue=true").Found().ProducesValidationProblem();
        api.MapGet(ApiRoutes.ProgressCsv.Route, (HttpContext http, string cycleId, ProgressHandlers h, string? regionalGroup, string? status, string? overdue) => h.GetCsvAsync(http, cycleId))
            .Describe("GetProgressCsv", Cycles, "The network view as CSV, with the same filters").Found().ProducesValidationProblem()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        api.MapGet(ApiRoutes.Timeline.Route, (HttpContext http, string cycleId, string iso3, ProgressHandlers h) => h.GetTimelineAsync(http, cycleId, iso3))
            .Describe("GetTimeline", Cycles, "A country's timeline, oldest first").Found();
        api.MapDelete(ApiRoutes.Strategy.Route, (HttpContext http, string cycleId, string iso3, CycleHandlers h, IStrategyWorkflows w) => h.CancelCountryAsync(http, cycleId, iso3, w))
            .Describe("CancelCountry", Cycles, "Cancels a country's workflow").Found().ProducesProblem(StatusCodes.Status409Conflict);

        const string Strategies = "Strategies";
        api.MapGet(ApiRoutes.Strategy.Route, (HttpContext http, string cycleId, string iso3, StrategyHandlers h) => h.GetStrategyAsync(http, cycleId, iso3))
            .Describe("GetStrategy", Strategies, "A country's strategy, with the follow-ups of earlier peer reviews").Found();
        api.MapGet(ApiRoutes.Step.Route, (HttpContext http, string cycleId, string iso3, string step, StrategyHandlers h) => h.GetStepAsync(http, cycleId, iso3, step))
            .Describe("GetStep", Strategies, "A step's latest submission and its draft").Found();
        api.MapGet(ApiRoutes.StepVersion.Route, (HttpContext http, string cycleId, string iso3, string step, string version, StrategyHandlers h) => h.GetVersionAsync(http, cycleId, iso3, step, version))
            .Describe("GetStepVersion", Strategies, "One submitted version of a step").Found();
        api.MapPut(ApiRoutes.Draft.Route, (HttpContext http, string cycleId, string iso3, string step, StrategyHandlers h) => h.PutDraftAsync(http, cycleId, iso3, step))
            .Describe("PutDraft", Strategies, "Saves a step's draft (the step's content; may be incomplete)").Found().Body<JsonElement>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost(ApiRoutes.Submission.Route, (HttpContext http, string cycleId, string iso3, string step, StrategyHandlers h, IStrategyWorkflows w, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey) => h.SubmitAsync(http, cycleId, iso3, step, w))
            .Describe("SubmitStep", Strategies, "Submits a step's content for review").Found().Body<JsonElement>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost(ApiRoutes.Review.Route, (HttpContext http, string cycleId, string iso3, string step, StrategyHandlers h, IStrategyWorkflows w) => h.ReviewAsync(http, cycleId, iso3, step, w))
            .Describe("ReviewStep", Strategies, "Approves or returns a submitted step").Found().Body<ReviewInput>().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet(ApiRoutes.CountrySummary.Route, (HttpContext http, string cycleId, string iso3, SummaryHandlers h, string? format) => h.GetCountrySummaryAsync(http, cycleId, iso3))
            .Describe("GetCountrySummary", Strategies, "A country's summary: HTML, or Markdown with format=markdown").Found().Document();
        api.MapGet(ApiRoutes.Comparison.Route, (HttpContext http, string cycleId, string iso3, ComparisonHandlers h) => h.GetComparisonAsync(http, cycleId, iso3))
            .Describe("GetCycleComparison", Strategies, "A country against its previous cycle, with its early warnings (coordinators and the country's focal points)").Found();

        const string Insights = "Insights";
        api.MapGet(ApiRoutes.Insights.Route, (HttpContext http, string cycleId, InsightHandlers h) => h.GetInsightsAsync(http, cycleId))
            .Describe("GetInsights", Insights, "A cycle's network insights: counts that name no country, each on at least five countries or withheld (coordinators: every regional group; focal points: the network)").Found();
        api.MapGet(ApiRoutes.InsightsCsv.Route, (HttpContext http, string cycleId, InsightHandlers h) => h.GetCsvAsync(http, cycleId))
            .Describe("GetInsightsCsv", Insights, "The network insights as CSV, one figure a line").Found()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        api.MapGet(ApiRoutes.InsightsReport.Route, (HttpContext http, string cycleId, InsightHandlers h) => h.GetReportAsync(http, cycleId))
            .Describe("GetInsightsReport", Insights, "The network insights as a printable HTML report in the reader's language").Found()
            .Produces<string>(StatusCodes.Status200OK, "text/html");

        const string PeerReviews = "Peer reviews";
        api.MapGet(ApiRoutes.PeerReviews.Route, (HttpContext http, PeerReviewHandlers h) => h.ListAsync(http))
            .Describe("ListPeerReviews", PeerReviews, "The peer-review sessions the caller may read, newest first");
        api.MapPost(ApiRoutes.PeerReviews.Route, (HttpContext http, PeerReviewHandlers h, IStrategyWorkflows w, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey) => h.ScheduleAsync(http, w))
            .Describe("SchedulePeerReview", PeerReviews, "Schedules a peer-review session and invites its reviewers").Body<PeerReviewInput>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet(ApiRoutes.PeerReview.Route, (HttpContext http, string sessionId, PeerReviewHandlers h) => h.GetAsync(http, sessionId))
            .Describe("GetPeerReview", PeerReviews, "A session with its recommendations and responses").Found();
        api.MapGet(ApiRoutes.PeerReviewSummary.Route, (HttpContext http, string sessionId, PeerReviewHandlers h, string? edition, string? format) => h.GetSummaryAsync(http, sessionId))
            .Describe("GetPeerReviewSummary", PeerReviews, "The comparative summary: the shared edition, or edition=internal for coordinators").Found().Document();
        api.MapGet(ApiRoutes.PeerReviewCountrySummary.Route, (HttpContext http, string sessionId, string iso3, PeerReviewHandlers h, string? format) => h.GetCountrySummaryAsync(http, sessionId, iso3))
            .Describe("GetPeerReviewCountrySummary", PeerReviews, "One cohort country's summary, peer-review edition").Found().Document();
        api.MapPost(ApiRoutes.Recommendations.Route, (HttpContext http, string sessionId, PeerReviewHandlers h) => h.RecommendAsync(http, sessionId))
            .Describe("RecordRecommendation", PeerReviews, "Records a recommendation to a reviewed country").Found().Body<RecommendationInput>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut(ApiRoutes.Response.Route, (HttpContext http, string sessionId, string iso3, PeerReviewHandlers h) => h.RespondAsync(http, sessionId, iso3))
            .Describe("PutPeerReviewResponse", PeerReviews, "A reviewed country's response").Found().Body<ResponseInput>().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGoodPractice();
        api.MapCountryRecord();
        api.MapRecommendationProgress();

        api.MapGet(ApiRoutes.Outbox.Route, (HttpContext http, OutboxHandlers h, string? cycleId) => h.ListAsync(http))
            .Describe("GetOutbox", "Development", "The messages sent or kept (Development only: 404 elsewhere); HTML for a browser").Found()
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        return app;
    }

    internal static RouteHandlerBuilder Describe(this RouteHandlerBuilder endpoint, string name, string tag, string summary) =>
        endpoint.WithName(name).WithTags(tag).WithSummary(summary);

    /// <summary>A JSON body, which the handler reads itself: 400 with errors when it is not valid, 413 when too large, 415 when not JSON.</summary>
    internal static RouteHandlerBuilder Body<TBody>(this RouteHandlerBuilder endpoint)
        where TBody : notnull =>
        endpoint.Accepts<TBody>(Json)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    internal static RouteHandlerBuilder Found(this RouteHandlerBuilder endpoint) => endpoint.ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A summary: HTML by default, Markdown when asked for.</summary>
    private static RouteHandlerBuilder Document(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces<string>(StatusCodes.Status200OK, "text/html", "text/markdown");
}
