using FocalPoints.Contracts;
using FocalPoints.Domain.GoodPractice;

namespace FocalPoints.Portal.Api;

/// <summary>The good-practice library's endpoints (<see cref="GoodPracticeRoutes"/>).</summary>
public sealed partial class PortalApi
{
    public Task<ApiResult<GoodPracticeListView>> ListGoodPracticeAsync(GoodPracticeQueryValues? query = null, CancellationToken cancellationToken = default) =>
        GetAsync<GoodPracticeListView>(GoodPracticeRoutes.Library.Path(query), cancellationToken);

    public Task<ApiResult<GoodPracticeEntryView>> OfferGoodPracticeAsync(GoodPracticeInput offer, CancellationToken cancellationToken = default) =>
        SendAsync<GoodPracticeEntryView>(HttpMethod.Post, GoodPracticeRoutes.Library.Path(), offer, null, cancellationToken);

    public Task<ApiResult<GoodPracticeEntryView>> WithdrawGoodPracticeAsync(string entryId, CancellationToken cancellationToken = default) =>
        SendAsync<GoodPracticeEntryView>(HttpMethod.Delete, GoodPracticeRoutes.Entry.Path(entryId), null, null, cancellationToken);

    public Task<ApiResult<GoodPracticeEntryView>> FeatureGoodPracticeAsync(string entryId, bool featured, CancellationToken cancellationToken = default) =>
        SendAsync<GoodPracticeEntryView>(HttpMethod.Put, GoodPracticeRoutes.Featured.Path(entryId), new FeatureInput(featured), null, cancellationToken);

    public Task<ApiResult<GoodPracticeEntryView>> AttachGoodPracticeAsync(string entryId, string sessionId, CancellationToken cancellationToken = default) =>
        SendAsync<GoodPracticeEntryView>(HttpMethod.Put, GoodPracticeRoutes.Session.Path(entryId, sessionId), null, null, cancellationToken);

    public Task<ApiResult<GoodPracticeEntryView>> DetachGoodPracticeAsync(string entryId, string sessionId, CancellationToken cancellationToken = default) =>
        SendAsync<GoodPracticeEntryView>(HttpMethod.Delete, GoodPracticeRoutes.Session.Path(entryId, sessionId), null, null, cancellationToken);
}
