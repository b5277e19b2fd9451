using FocalPoints.Api.Http;
using FocalPoints.Api.Summaries;
using FocalPoints.Application.PeerReviews;
using FocalPoints.Application.Ports;
using FocalPoints.Contracts;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Summaries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoints.Api.Handlers;

/// <summary>
/// Peer-review sessions, mapped to the use cases: coordinators schedule them and record
/// recommendations; reviewers and the cohort's focal points read the session and its comparative
/// summary (only shared content); a reviewed country's focal points respond.
/// </summary>
public sealed class PeerReviewHandlers(
    CallerOptions callers,
    SchedulePeerReview schedule,
    ListPeerReviews list,
    ReadPeerReview read,
    ReadComparativeSummary readSummary,
    ReadCohortCountrySummary readCountrySummary,
    RecordRecommendation recommend,
    RespondToPeerReview respond)
{
    /// <summary>Stores the session and starts its invitations (the request never waits for mail); <c>Idempotency-Key</c> makes it repeatable.</summary>
    public async Task<Results<Created<PeerReviewSession>, ProblemHttpResult>> ScheduleAsync(HttpContext http, IStrategyWorkflows workflows) =>
        (await schedule.ExecuteAsync(
            new SchedulePeerReviewCommand(callers.Read(http), IdempotencyKey.Read(http.Request), ct => JsonBody.ReadAsync<PeerReviewInput>(http.Request, ct)),
            workflows,
            http.RequestAborted))
            .ToResult(session => TypedResults.Created(ApiRoutes.PeerReview.Path(session.SessionId), session));

    public async Task<Results<Ok<PeerReviewView>, ProblemHttpResult>> GetAsync(HttpContext http, string sessionId) =>
        (await read.ExecuteAsync(callers.Read(http), sessionId, http.RequestAborted))
            .ToResult(s => TypedResults.Ok(new PeerReviewView(s.Session, s.FollowUps.Recommendations, s.FollowUps.Responses)));

    /// <summary>The comparative summary, in the reader's language: the shared edition unless a coordinator asks for <c>?edition=internal</c>.</summary>
    public async Task<Results<ContentHttpResult, ProblemHttpResult>> GetSummaryAsync(HttpContext http, string sessionId) =>
        (await readSummary.ExecuteAsync(callers.Read(http), sessionId, Edition(http), http.RequestAborted)).ToResult(s => SummaryHandlers.WantsMarkdown(http)
            ? TypedResults.Text(ComparativeSummary.Markdown(s.Session, s.Countries, s.FollowUps, s.Today, s.Audience, ReaderLanguage.Of(http.Request)), "text/markdown; charset=utf-8")
            : TypedResults.Text(ComparativeSummary.Html(s.Session, s.Countries, s.FollowUps, s.Today, s.Audience, ReaderLanguage.Of(http.Request)), "text/html; charset=utf-8"));

    /// <summary>Every session for coordinators; for anyone else the sessions they take part in. Newest first.</summary>
    public async Task<Results<Ok<PeerReviewListView>, ProblemHttpResult>> ListAsync(HttpContext http) =>
        (await list.ExecuteAsync(callers.Read(http), http.RequestAborted))
            .ToResult(sessions => TypedResults.Ok(new PeerReviewListView(sessions.Select(s => new PeerReviewListItem(s.SessionId, s.Title, s.Date, s.CycleId, s.Countries)).ToArray())));

    /// <summary>One cohort country's summary in the peer-review edition, for everyone who may read the session.</summary>
    public async Task<Results<ContentHttpResult, ProblemHttpResult>> GetCountrySummaryAsync(HttpContext http, string sessionId, string iso3) =>
        (await readCountrySummary.ExecuteAsync(callers.Read(http), sessionId, iso3, http.RequestAborted)).ToResult(summary => SummaryHandlers.Render(http, summary));

    public async Task<Results<Created<Recommendation>, ProblemHttpResult>> RecommendAsync(HttpContext http, string sessionId) =>
        (await recommend.ExecuteAsync(callers.Read(http), sessionId, ct => JsonBody.ReadAsync<RecommendationInput>(http.Request, ct), http.RequestAborted))
            .ToResult(recommendation => TypedResults.Created(ApiRoutes.PeerReview.Path(sessionId), recommendation));

    public async Task<Results<Ok<CountryResponseView>, ProblemHttpResult>> RespondAsync(HttpContext http, string sessionId, string iso3) =>
        (await respond.ExecuteAsync(callers.Read(http), sessionId, iso3, ct => JsonBody.ReadAsync<ResponseInput>(http.Request, ct), http.RequestAborted))
            .ToResult(response => TypedResults.Ok(CountryResponseView.Of(response, namesActor: true)));

    private static SummaryAudience Edition(HttpContext http) =>
        string.Equals(http.Request.Query["edition"].FirstOrDefault(), "internal", StringComparison.OrdinalIgnoreCase) ? SummaryAudience.Internal : SummaryAudience.PeerReviewers;
}
