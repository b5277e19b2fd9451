using FocalPoints.Api.Contracts;
using FocalPoints.Api.Http;
using FocalPoints.Domain.Network;
using FocalPoints.Infrastructure.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace FocalPoints.Api.Handlers;

/// <summary>Who is calling: their roles, the countries they are a focal point of and the peer reviews they take part in.</summary>
public sealed class MeHandlers(AccessControl access, IPeerReviewStore reviews, IHostEnvironment environment)
{
    public async Task<IResult> GetMeAsync(HttpContext http)
    {
        (Caller? caller, IResult? problem) = access.Identify(http);
        if (problem is not null)
        {
            return problem;
        }

        IReadOnlyList<Member> countries = await access.CountriesOfAsync(caller!, http.RequestAborted);
        // Only the sessions the caller takes part in, coordinators too: this is their own work, not the network's.
        bool mayTakePart = countries.Count > 0 || caller!.RoleNames.Contains(Roles.PeerReviewer) || caller.RoleNames.Contains(Roles.FocalPoint);
        IReadOnlyList<Domain.PeerReviews.PeerReviewSession> sessions = mayTakePart
            ? AccessControl.SessionsOf(caller!, await reviews.ListSessionsAsync(http.RequestAborted), countries, everyForCoordinators: false)
            : [];
        return Reply.Ok(new MeView(
            caller!.Email,
            caller.RoleNames.Order(StringComparer.Ordinal).ToArray(),
            countries.Select(m => new MyCountryView(m.Iso3, m.Name)).ToArray(),
            sessions.Select(s => new MyPeerReviewView(s.SessionId, s.Title, s.Date)).ToArray(),
            OutboxHandlers.IsServed(environment)));
    }
}
