using FocalPoints.Api.Http;
using FocalPoints.Application.GoodPractice;
using FocalPoints.Contracts;
using FocalPoints.Domain.GoodPractice;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoints.Api.Handlers;

/// <summary>
/// The network's good-practice library, mapped to the use cases: every signed-in role reads it; a
/// country's focal points offer and withdraw its entries; coordinators feature entries and attach
/// them to peer-review sessions.
/// </summary>
public sealed class GoodPracticeHandlers(
    CallerOptions callers,
    ListGoodPractice list,
    OfferGoodPractice offer,
    WithdrawGoodPractice withdraw,
    FeatureGoodPractice feature,
    AttachGoodPractice attach)
{
    public async Task<Results<Ok<GoodPracticeListView>, ProblemHttpResult>> ListAsync(HttpContext http) =>
        (await list.ExecuteAsync(callers.Read(http), GoodPracticeQuery.Read(name => http.Request.Query[name].FirstOrDefault()), http.RequestAborted))
            .ToResult(entries => TypedResults.Ok(new GoodPracticeListView(entries.Select(GoodPracticeEntryView.Of).ToArray())));

    public async Task<Results<Created<GoodPracticeEntryView>, ProblemHttpResult>> OfferAsync(HttpContext http) =>
        (await offer.ExecuteAsync(callers.Read(http), ct => JsonBody.ReadAsync<GoodPracticeInput>(http.Request, ct), http.RequestAborted))
            .ToResult(entry => TypedResults.Created(GoodPracticeRoutes.Entry.Path(entry.EntryId), GoodPracticeEntryView.Of(entry)));

    public async Task<Results<NoContent, ProblemHttpResult>> WithdrawAsync(HttpContext http, string entryId) =>
        (await withdraw.ExecuteAsync(callers.Read(http), entryId, http.RequestAborted)).ToResult(_ => TypedResults.NoContent());

    public async Task<Results<Ok<GoodPracticeEntryView>, ProblemHttpResult>> FeatureAsync(HttpContext http, string entryId) =>
        (await feature.ExecuteAsync(callers.Read(http), entryId, ct => JsonBody.ReadAsync<FeatureInput>(http.Request, ct), http.RequestAborted))
            .ToResult(entry => TypedResults.Ok(GoodPracticeEntryView.Of(entry)));

    public async Task<Results<Ok<GoodPracticeEntryView>, ProblemHttpResult>> AttachAsync(HttpContext http, string entryId, string sessionId) =>
        (await attach.ExecuteAsync(callers.Read(http), entryId, sessionId, attach: true, http.RequestAborted))
            .ToResult(entry => TypedResults.Ok(GoodPracticeEntryView.Of(entry)));

    public async Task<Results<Ok<GoodPracticeEntryView>, ProblemHttpResult>> DetachAsync(HttpContext http, string entryId, string sessionId) =>
        (await attach.ExecuteAsync(callers.Read(http), entryId, sessionId, attach: false, http.RequestAborted))
            .ToResult(entry => TypedResults.Ok(GoodPracticeEntryView.Of(entry)));
}
