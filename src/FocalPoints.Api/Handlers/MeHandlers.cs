using FocalPoints.Api.Http;
using FocalPoints.Application.Access;
using FocalPoints.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Hosting;

namespace FocalPoints.Api.Handlers;

/// <summary>Who is calling: their roles, the countries they are a focal point of and the peer reviews they take part in.</summary>
public sealed class MeHandlers(CallerOptions callers, ReadMyWork readMyWork, IHostEnvironment environment)
{
    public async Task<Results<Ok<MeView>, ProblemHttpResult>> GetMeAsync(HttpContext http) =>
        (await readMyWork.ExecuteAsync(callers.Read(http), http.RequestAborted)).ToResult(work => TypedResults.Ok(new MeView(
            work.Caller.Email,
            work.Caller.RoleNames.Order(StringComparer.Ordinal).ToArray(),
            work.Countries.Select(m => new MyCountryView(m.Iso3, m.Name)).ToArray(),
            work.PeerReviews.Select(s => new MyPeerReviewView(s.SessionId, s.Title, s.Date)).ToArray(),
            OutboxHandlers.IsServed(environment))));
}
