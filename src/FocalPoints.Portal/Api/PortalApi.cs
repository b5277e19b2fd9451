using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FocalPoints.Contracts;
using FocalPoints.Domain;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Insights;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Portal.Api;

/// <summary>
/// The portal's one client of the API (<c>/api</c> on the portal's origin, or on the API's own
/// origin with a bearer token: <see cref="Auth.SignInRegistration"/>). Every call answers an
/// <see cref="ApiResult{T}"/>: the value, or the RFC 9457 problem the server sent, so pages show
/// the server's errors at their fields instead of throwing. One method per endpoint, its path built by
/// the shared contract's <see cref="ApiRoutes"/> and its answer one of the contract's views.
/// </summary>
public sealed partial class PortalApi(HttpClient http)
{
    /// <summary>The API's JSON rules (camelCase, enums as camelCase strings), the same options the server uses, for what the portal sends.</summary>
    public static JsonSerializerOptions Json => DomainJson.Options;

    /// <summary>For what the portal reads: the same rules, but fields a newer server adds are skipped, not refused.</summary>
    public static JsonSerializerOptions ReadJson { get; } = new(DomainJson.Options) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip };

    /// <summary>
    /// Raised when the server answers 401 to any call: the session has expired (or nobody is
    /// signed in), and the layout asks the person to sign in again.
    /// </summary>
    public event Action? SignedOut;

    public Task<ApiResult<MeView>> GetMeAsync(CancellationToken cancellationToken = default) =>
        GetAsync<MeView>(ApiRoutes.Me.Path(), cancellationToken);

    public Task<ApiResult<MembersView>> ListMembersAsync(CancellationToken cancellationToken = default) =>
        GetAsync<MembersView>(ApiRoutes.Members.Path(), cancellationToken);

    public Task<ApiResult<Member>> GetMemberAsync(string iso3, CancellationToken cancellationToken = default) =>
        GetAsync<Member>(ApiRoutes.Member.Path(iso3), cancellationToken);

    public Task<ApiResult<Member>> PutMemberAsync(string iso3, MemberInput member, CancellationToken cancellationToken = default) =>
        SendAsync<Member>(HttpMethod.Put, ApiRoutes.Member.Path(iso3), member, null, cancellationToken);

    public Task<ApiResult<CoordinatorsView>> GetCoordinatorsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<CoordinatorsView>(ApiRoutes.Coordinators.Path(), cancellationToken);

    public Task<ApiResult<CoordinatorsView>> PutCoordinatorsAsync(CoordinatorsInput coordinators, CancellationToken cancellationToken = default) =>
        SendAsync<CoordinatorsView>(HttpMethod.Put, ApiRoutes.Coordinators.Path(), coordinators, null, cancellationToken);

    public Task<ApiResult<CycleListView>> ListCyclesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<CycleListView>(ApiRoutes.Cycles.Path(), cancellationToken);

    public Task<ApiResult<OpenedCycleView>> OpenCycleAsync(CycleInput cycle, CancellationToken cancellationToken = default) =>
        SendAsync<OpenedCycleView>(HttpMethod.Post, ApiRoutes.Cycles.Path(), cycle, null, cancellationToken);

    /// <summary>The network view of a cycle, with the countries that pass <paramref name="filter"/>.</summary>
    public Task<ApiResult<CycleView>> GetCycleAsync(string cycleId, ProgressFilter? filter = null, CancellationToken cancellationToken = default) =>
        GetAsync<CycleView>(ApiRoutes.Cycle.Path(cycleId, filter), cancellationToken);

    /// <summary>A cycle's network insights: every regional group for coordinators, the network's figures for focal points.</summary>
    public Task<ApiResult<NetworkInsights>> GetInsightsAsync(string cycleId, CancellationToken cancellationToken = default) =>
        GetAsync<NetworkInsights>(ApiRoutes.Insights.Path(cycleId), cancellationToken);

    public Task<ApiResult<TimelineView>> GetTimelineAsync(string cycleId, string iso3, CancellationToken cancellationToken = default) =>
        GetAsync<TimelineView>(ApiRoutes.Timeline.Path(cycleId, iso3), cancellationToken);

    public Task<ApiResult<CancelledCountryView>> CancelCountryAsync(string cycleId, string iso3, CancellationToken cancellationToken = default) =>
        SendAsync<CancelledCountryView>(HttpMethod.Delete, ApiRoutes.Strategy.Path(cycleId, iso3), null, null, cancellationToken);

    public Task<ApiResult<StrategyView>> GetStrategyAsync(string cycleId, string iso3, CancellationToken cancellationToken = default) =>
        GetAsync<StrategyView>(ApiRoutes.Strategy.Path(cycleId, iso3), cancellationToken);

    /// <summary>The country against its previous cycle, with its early warnings (coordinators and the country's focal points).</summary>
    public Task<ApiResult<Domain.Comparisons.CycleComparison>> GetComparisonAsync(string cycleId, string iso3, CancellationToken cancellationToken = default) =>
        GetAsync<Domain.Comparisons.CycleComparison>(ApiRoutes.Comparison.Path(cycleId, iso3), cancellationToken);

    public Task<ApiResult<StepDocumentsView>> GetStepAsync(string cycleId, string iso3, StrategyStep step, CancellationToken cancellationToken = default) =>
        GetAsync<StepDocumentsView>(ApiRoutes.Step.Path(cycleId, iso3, step), cancellationToken);

    public Task<ApiResult<SubmittedView>> GetStepVersionAsync(string cycleId, string iso3, StrategyStep step, int version, CancellationToken cancellationToken = default) =>
        GetAsync<SubmittedView>(ApiRoutes.StepVersion.Path(cycleId, iso3, step, version), cancellationToken);

    /// <summary>Saves a draft; the answer is the draft as stored.</summary>
    public Task<ApiResult<JsonElement>> SaveDraftAsync(string cycleId, string iso3, StrategyStep step, StepContent content, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement>(HttpMethod.Put, ApiRoutes.Draft.Path(cycleId, iso3, step), content, null, cancellationToken);

    /// <summary>Submits a step; the same <paramref name="idempotencyKey"/> makes a retry land once.</summary>
    public Task<ApiResult<StepVersion>> SubmitStepAsync(string cycleId, string iso3, StrategyStep step, StepContent content, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<StepVersion>(HttpMethod.Post, ApiRoutes.Submission.Path(cycleId, iso3, step), content, idempotencyKey, cancellationToken);

    public Task<ApiResult<StepVersion>> ReviewStepAsync(string cycleId, string iso3, StrategyStep step, ReviewInput review, CancellationToken cancellationToken = default) =>
        SendAsync<StepVersion>(HttpMethod.Post, ApiRoutes.Review.Path(cycleId, iso3, step), review, null, cancellationToken);

    public Task<ApiResult<PeerReviewListView>> ListPeerReviewsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<PeerReviewListView>(ApiRoutes.PeerReviews.Path(), cancellationToken);

    /// <summary>Schedules a session; the same <paramref name="idempotencyKey"/> makes a retry land once.</summary>
    public Task<ApiResult<PeerReviewSession>> SchedulePeerReviewAsync(PeerReviewInput session, string? idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<PeerReviewSession>(HttpMethod.Post, ApiRoutes.PeerReviews.Path(), session, idempotencyKey, cancellationToken);

    public Task<ApiResult<PeerReviewView>> GetPeerReviewAsync(string sessionId, CancellationToken cancellationToken = default) =>
        GetAsync<PeerReviewView>(ApiRoutes.PeerReview.Path(sessionId), cancellationToken);

    public Task<ApiResult<Recommendation>> RecommendAsync(string sessionId, RecommendationInput recommendation, CancellationToken cancellationToken = default) =>
        SendAsync<Recommendation>(HttpMethod.Post, ApiRoutes.Recommendations.Path(sessionId), recommendation, null, cancellationToken);

    public Task<ApiResult<CountryResponseView>> RespondAsync(string sessionId, string iso3, ResponseInput response, CancellationToken cancellationToken = default) =>
        SendAsync<CountryResponseView>(HttpMethod.Put, ApiRoutes.Response.Path(sessionId, iso3), response, null, cancellationToken);

    /// <summary>The reviewed country's declaration of how far <paramref name="recommendation"/> is implemented.</summary>
    public Task<ApiResult<Recommendation>> DeclareProgressAsync(Recommendation recommendation, ProgressInput progress, CancellationToken cancellationToken = default) =>
        SendAsync<Recommendation>(HttpMethod.Put, ApiRoutes.RecommendationProgress.Path(recommendation.SessionId, recommendation.Country, recommendation.Number), progress, null, cancellationToken);

    public async Task<AuthMe> GetAuthMeAsync(CancellationToken cancellationToken = default)
    {
        ApiResult<AuthMe> result = await GetAsync<AuthMe>("/.auth/me", cancellationToken);
        return result.Value ?? new AuthMe(null);
    }

    private async Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        try
        {
            using HttpRequestMessage request = Request(HttpMethod.Get, path);
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
            return await ReadAsync<T>(response, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return new ApiResult<T>(default, Problem.Network(e.Message));
        }
    }

    /// <summary>Text as the server renders it (summaries as HTML or Markdown), at a path of <see cref="ApiRoutes"/>.</summary>
    public Task<ApiResult<string>> GetTextAsync(string path, CancellationToken cancellationToken = default) =>
        GetContentAsync(path, (content, ct) => content.ReadAsStringAsync(ct), cancellationToken);

    /// <summary>
    /// A file as the server sends it (a printable summary, the network's CSV), read through this
    /// client so that it carries the bearer token when the API is on another origin; the portal then
    /// shows or saves it from memory. <paramref name="path"/>: a path of <see cref="ApiRoutes"/>.
    /// </summary>
    public Task<ApiResult<ApiFile>> GetFileAsync(string path, CancellationToken cancellationToken = default) =>
        GetContentAsync(
            path,
            async (content, ct) => new ApiFile(await content.ReadAsByteArrayAsync(ct), content.Headers.ContentType?.ToString() ?? "application/octet-stream"),
            cancellationToken);

    /// <summary>A GET whose successful body is not JSON: read by <paramref name="read"/>; otherwise the server's problem.</summary>
    private async Task<ApiResult<T>> GetContentAsync<T>(string path, Func<HttpContent, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            using HttpRequestMessage request = Request(HttpMethod.Get, path);
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? new ApiResult<T>(await read(response.Content, cancellationToken), null)
                : new ApiResult<T>(default, await ReadProblemAsync(response, cancellationToken));
        }
        catch (HttpRequestException e)
        {
            return new ApiResult<T>(default, Problem.Network(e.Message));
        }
    }

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using HttpRequestMessage request = Request(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        try
        {
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
            return await ReadAsync<T>(response, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return new ApiResult<T>(default, Problem.Network(e.Message));
        }
    }

    private async Task<ApiResult<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return new ApiResult<T>(default, await ReadProblemAsync(response, cancellationToken));
        }

        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return new ApiResult<T>(default, null);
        }

        T? value = await response.Content.ReadFromJsonAsync<T>(ReadJson, cancellationToken);
        return new ApiResult<T>(value, null);
    }

    private async Task<Problem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            SignedOut?.Invoke();
        }

        try
        {
            Problem? problem = await response.Content.ReadFromJsonAsync<Problem>(ReadJson, cancellationToken);
            if (problem is not null)
            {
                return problem with { Status = (int)response.StatusCode };
            }
        }
        catch (JsonException)
        {
            // Not a problem document (a proxy's page, say): the status code is all there is.
        }

        return new Problem((int)response.StatusCode, response.ReasonPhrase, null, null);
    }

    /// <summary>
    /// A request in the person's language: <c>Accept-Language</c> is the portal's UI language (the one the
    /// person chose, not only the browser's), so what the API writes — summaries — reads as the portal does.
    /// </summary>
    private static HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, Relative(path));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.Name));
        return request;
    }

    /// <summary>
    /// The contract's paths are absolute (<c>/api/...</c>); the client's base address is the portal's
    /// origin or the API's own (<see cref="Auth.OidcSettings"/>), which may carry a path of its own and
    /// ends with a slash: the call is relative to it.
    /// </summary>
    private static string Relative(string path) => path.TrimStart('/');
}
