using System.Text.Json;
using FocalPoints.Api.Contracts;
using FocalPoints.Api.Http;
using FocalPoints.Api.Summaries;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Summaries;
using FocalPoints.Domain.Validation;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Workflow;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Handlers;

/// <summary>
/// Peer-review sessions: coordinators schedule them and record recommendations; reviewers and the
/// cohort's focal points read the session and its comparative summary (only shared content);
/// a reviewed country's focal points respond.
/// </summary>
public sealed class PeerReviewHandlers(
    AccessControl access,
    ICycleStore cycles,
    IPeerReviewStore reviews,
    ApprovedStrategies approved,
    TimeProvider time)
{
    /// <summary>
    /// Stores the session and starts its invitations as a durable workflow (the request never waits
    /// for mail). With an <c>Idempotency-Key</c>, a repeated request answers the session it created
    /// and invites nobody twice; the same key with a different body is 422.
    /// </summary>
    public async Task<IResult> ScheduleAsync(HttpContext http, IStrategyWorkflows workflows)
    {
        if (access.RequireCoordinator(http) is IResult denied)
        {
            return denied;
        }

        (string? key, IResult? badKey) = IdempotencyKey.Read(http.Request);
        if (badKey is not null)
        {
            return badKey;
        }

        Parsed<PeerReviewInput> body = await JsonBody.ReadAsync<PeerReviewInput>(http.Request, http.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        NetworkView? view = Domain.Cycles.CycleRules.IsValidCycleId(body.Value!.CycleId) ? await cycles.GetNetworkViewAsync(body.Value.CycleId!, http.RequestAborted) : null;
        var errors = new ValidationErrors();
        if (view is null && body.Value.CycleId is not null)
        {
            errors.Add("$.cycleId", $"There is no cycle {body.Value.CycleId}.");
        }

        DateTime now = time.GetUtcNow().UtcDateTime;
        Dictionary<string, RegionalGroup?> cohortPool = view?.Countries.ToDictionary(c => c.Country, c => c.RegionalGroup, StringComparer.Ordinal) ?? [];
        // With a key the id is the key's, scoped to the coordinator who sent it (two coordinators' keys never meet).
        string sessionId = key is null
            ? "pr-" + Guid.NewGuid().ToString("N")[..12]
            : "pr-" + TableEntityExtensions.Sha256Hex(access.Identify(http).Caller!.Actor + "\n" + key)[..16].ToLowerInvariant();
        PeerReviewSession? session = PeerReviewRules.Validate(body.Value, cohortPool, sessionId, now, errors);
        if (session is null)
        {
            return Problems.Validation(errors);
        }

        PeerReviewSession? stored = key is null ? null : await reviews.GetSessionAsync(sessionId, http.RequestAborted);
        if (stored is not null && !SameRequest(stored, session))
        {
            return Problems.Unprocessable("This Idempotency-Key was used for a different peer review.");
        }

        if (stored is null)
        {
            try
            {
                await reviews.AddSessionAsync(session, http.RequestAborted);
            }
            catch (Azure.RequestFailedException e) when (e.Status == StatusCodes.Status409Conflict && key is not null)
            {
                // The same key at the same moment: the other request stored it; answer what it stored.
                stored = await reviews.GetSessionAsync(sessionId, http.RequestAborted);
                if (stored is null || !SameRequest(stored, session))
                {
                    return Problems.Unprocessable("This Idempotency-Key was used for a different peer review.");
                }
            }
        }

        // Started once per session (the instance id is the session's): a retry after a failed start starts it.
        await workflows.InviteToPeerReviewAsync(sessionId, http.RequestAborted);
        http.Response.Headers.Location = $"/api/peer-reviews/{sessionId}";
        return Results.Json(stored ?? session, Domain.DomainJson.Options, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>The same session but for when it was created.</summary>
    private static bool SameRequest(PeerReviewSession stored, PeerReviewSession again) =>
        JsonSerializer.Serialize(stored with { CreatedUtc = again.CreatedUtc }, Domain.DomainJson.Options) == JsonSerializer.Serialize(again, Domain.DomainJson.Options);

    public async Task<IResult> GetAsync(HttpContext http, string sessionId)
    {
        (PeerReviewSession? session, _, IResult? problem) = await ReadableAsync(http, sessionId);
        if (problem is not null)
        {
            return problem;
        }

        FollowUps outcomes = await reviews.ListSessionOutcomesAsync(sessionId, http.RequestAborted);
        return Reply.Ok(new { session = session!, recommendations = outcomes.Recommendations, responses = outcomes.Responses });
    }

    public async Task<IResult> GetSummaryAsync(HttpContext http, string sessionId)
    {
        (PeerReviewSession? session, SummaryAudience audience, IResult? problem) = await ReadableAsync(http, sessionId);
        if (problem is not null)
        {
            return problem;
        }

        DateOnly today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        NetworkView view = (await cycles.GetNetworkViewAsync(session!.CycleId, http.RequestAborted))!;
        var countries = new List<CountrySummary>();
        foreach (StrategyProgress progress in view.Countries.Where(c => session.Countries.Contains(c.Country)).OrderBy(c => c.Country, StringComparer.Ordinal))
        {
            countries.Add(await SummaryOfAsync(progress, view.Cycle.Definition.Title, today, audience, http.RequestAborted));
        }

        FollowUps outcomes = await reviews.ListSessionOutcomesAsync(sessionId, http.RequestAborted);
        return SummaryHandlers.WantsMarkdown(http)
            ? Results.Text(ComparativeSummary.Markdown(session, countries, outcomes, today, audience), "text/markdown; charset=utf-8")
            : Results.Text(ComparativeSummary.Html(session, countries, outcomes, today, audience), "text/html; charset=utf-8");
    }

    /// <summary>
    /// Every session for coordinators; for anyone else the sessions they take part in (a reviewer,
    /// or a focal point of a cohort country). Newest first.
    /// </summary>
    public async Task<IResult> ListAsync(HttpContext http)
    {
        (Caller? caller, IResult? problem) = access.Identify(http);
        if (problem is not null)
        {
            return problem;
        }

        IReadOnlyList<Member> countries = caller!.IsCoordinator ? [] : await access.CountriesOfAsync(caller, http.RequestAborted);
        IReadOnlyList<PeerReviewSession> sessions = AccessControl.SessionsOf(caller, await reviews.ListSessionsAsync(http.RequestAborted), countries, everyForCoordinators: true);
        return Reply.Ok(new PeerReviewListView(sessions.Select(s => new PeerReviewListItem(s.SessionId, s.Title, s.Date, s.CycleId, s.Countries)).ToArray()));
    }

    /// <summary>
    /// One cohort country's summary in the peer-review edition (only steps shared with the network
    /// or the public), for everyone who may read the session, coordinators included; 404 when the
    /// country is not in the cohort.
    /// </summary>
    public async Task<IResult> GetCountrySummaryAsync(HttpContext http, string sessionId, string iso3)
    {
        (PeerReviewSession? session, _, IResult? problem) = await ReadableAsync(http, sessionId);
        if (problem is not null)
        {
            return problem;
        }

        if (!session!.Countries.Contains(iso3))
        {
            return Problems.NotFound($"{iso3} is not reviewed in session {sessionId}.");
        }

        (Versioned<StrategyProgress>? progress, IResult? missing) = await CountryInCycle.FindAsync(cycles, session.CycleId, iso3, http.RequestAborted);
        if (missing is not null)
        {
            return missing;
        }

        CycleRecord cycle = (await cycles.GetCycleAsync(session.CycleId, http.RequestAborted))!;
        DateOnly today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return SummaryHandlers.Render(http, await SummaryOfAsync(progress!.Value, cycle.Definition.Title, today, SummaryAudience.PeerReviewers, http.RequestAborted));
    }

    public async Task<IResult> RecommendAsync(HttpContext http, string sessionId)
    {
        if (access.RequireCoordinator(http) is IResult denied)
        {
            return denied;
        }

        PeerReviewSession? session = await reviews.GetSessionAsync(sessionId, http.RequestAborted);
        if (session is null)
        {
            return Problems.NotFound($"There is no peer-review session {sessionId}.");
        }

        Parsed<RecommendationInput> body = await JsonBody.ReadAsync<RecommendationInput>(http.Request, http.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var errors = new ValidationErrors();
        PeerReviewRules.ValidateRecommendation(body.Value!, session, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        Recommendation recommendation = await reviews.AddRecommendationAsync(session, body.Value!.Country!, body.Value.Text!.Trim(), body.Value.Status!.Value, body.Value.FollowUpBy!.Value, http.RequestAborted);
        http.Response.Headers.Location = $"/api/peer-reviews/{sessionId}";
        return Results.Json(recommendation, Domain.DomainJson.Options, statusCode: StatusCodes.Status201Created);
    }

    public async Task<IResult> RespondAsync(HttpContext http, string sessionId, string iso3)
    {
        (Caller? caller, IResult? problem) = await access.RequireCountryAsync(http, iso3, coordinatorsToo: false, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }

        PeerReviewSession? session = await reviews.GetSessionAsync(sessionId, http.RequestAborted);
        if (session is null || !session.Countries.Contains(iso3))
        {
            return Problems.NotFound($"{iso3} is not reviewed in session {sessionId}.");
        }

        Parsed<ResponseInput> body = await JsonBody.ReadAsync<ResponseInput>(http.Request, http.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var errors = new ValidationErrors();
        errors.CheckText("$.text", body.Value!.Text, required: true);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var response = new CountryResponse(sessionId, session.CycleId, iso3, body.Value.Text!.Trim(), caller!.Actor, time.GetUtcNow().UtcDateTime);
        await reviews.PutResponseAsync(response, http.RequestAborted);
        return Reply.Ok(response);
    }

    /// <summary>The session if the caller may read it, and the audience their summary is for.</summary>
    private async Task<(PeerReviewSession? Session, SummaryAudience Audience, IResult? Problem)> ReadableAsync(HttpContext http, string sessionId)
    {
        (Caller? caller, IResult? problem) = access.Identify(http);
        if (problem is not null)
        {
            return (null, default, problem);
        }

        PeerReviewSession? session = await reviews.GetSessionAsync(sessionId, http.RequestAborted);
        if (caller!.IsCoordinator)
        {
            return session is null ? (null, default, Problems.NotFound($"There is no peer-review session {sessionId}.")) : (session, SummaryAudience.Internal, null);
        }

        // Everyone else: a reviewer of this session, or a focal point of a country it reviews; else 403, existing or not.
        bool takesPart = session is not null && AccessControl.TakesPart(caller, session, await access.CountriesOfAsync(caller, http.RequestAborted));
        return takesPart ? (session, SummaryAudience.PeerReviewers, null) : (null, default, Problems.Forbidden());
    }

    private async Task<CountrySummary> SummaryOfAsync(StrategyProgress progress, string cycleTitle, DateOnly today, SummaryAudience audience, CancellationToken cancellationToken) =>
        SummaryBuilder.Build(progress.Country, progress.CountryName ?? progress.Country, progress.CycleId, cycleTitle, today, audience,
            await approved.LoadAsync(progress, cancellationToken));
}
