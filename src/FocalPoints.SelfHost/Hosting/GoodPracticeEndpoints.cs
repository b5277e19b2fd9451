using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using FocalPoints.Domain.GoodPractice;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>The good-practice library's routes, described for the OpenAPI document as <see cref="ApiEndpoints"/> describes the rest.</summary>
public static class GoodPracticeEndpoints
{
    private const string Tag = "Good practice";

    public static RouteGroupBuilder MapGoodPractice(this RouteGroupBuilder api)
    {
        api.MapGet(GoodPracticeRoutes.Library.Route, (HttpContext http, GoodPracticeHandlers h, string? q, string? restraint, string? riskFactor, string? step, string? regionalGroup, string? language, string? cycleId, string? sessionId, string? featured) => h.ListAsync(http))
            .Describe("ListGoodPractice", Tag, "The network's good-practice library, every cycle: search q, filters restraint, riskFactor, step, regionalGroup, language, cycleId, sessionId, featured=true")
            .ProducesValidationProblem();
        api.MapPost(GoodPracticeRoutes.Library.Route, (HttpContext http, GoodPracticeHandlers h) => h.OfferAsync(http))
            .Describe("OfferGoodPractice", Tag, "A country's focal point offers an item of an approved, shared step as good practice").Found().Body<GoodPracticeInput>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete(GoodPracticeRoutes.Entry.Route, (HttpContext http, string entryId, GoodPracticeHandlers h) => h.WithdrawAsync(http, entryId))
            .Describe("WithdrawGoodPractice", Tag, "The country's focal point withdraws an entry").Found();
        api.MapPut(GoodPracticeRoutes.Featured.Route, (HttpContext http, string entryId, GoodPracticeHandlers h) => h.FeatureAsync(http, entryId))
            .Describe("FeatureGoodPractice", Tag, "A coordinator features an entry or stops featuring it").Found().Body<FeatureInput>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut(GoodPracticeRoutes.Session.Route, (HttpContext http, string entryId, string sessionId, GoodPracticeHandlers h) => h.AttachAsync(http, entryId, sessionId))
            .Describe("AttachGoodPractice", Tag, "A coordinator attaches an entry to a peer-review session").Found().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete(GoodPracticeRoutes.Session.Route, (HttpContext http, string entryId, string sessionId, GoodPracticeHandlers h) => h.DetachAsync(http, entryId, sessionId))
            .Describe("DetachGoodPractice", Tag, "A coordinator detaches an entry from a peer-review session").Found().ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }
}
