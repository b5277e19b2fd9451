using FocalPoints.Domain.Network;
using FocalPoints.Infrastructure.Storage;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Http;

/// <summary>
/// The authorization rules of the API: coordinators everywhere; a focal point only for the
/// countries whose directory entry lists their e-mail. No principal is 401; a known principal
/// without the right is 403, with no hint whether the resource exists for another country.
/// </summary>
public sealed class AccessControl(CallerOptions callers, IDirectoryStore directory)
{
    /// <summary>The caller, or the 401 problem.</summary>
    public (Caller? Caller, IResult? Problem) Identify(HttpContext http)
    {
        Caller? caller = callers.Read(http);
        return caller is null ? (null, Problems.Unauthorized()) : (caller, null);
    }

    public IResult? RequireCoordinator(HttpContext http)
    {
        (Caller? caller, IResult? problem) = Identify(http);
        return problem ?? (caller!.IsCoordinator ? null : Problems.Forbidden());
    }

    /// <summary>Coordinators (when <paramref name="coordinatorsToo"/>) and the country's own focal points.</summary>
    public async Task<(Caller? Caller, IResult? Problem)> RequireCountryAsync(HttpContext http, string iso3, bool coordinatorsToo, CancellationToken cancellationToken)
    {
        (Caller? caller, IResult? problem) = Identify(http);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (coordinatorsToo && caller!.IsCoordinator)
        {
            return (caller, null);
        }

        if (caller!.IsFocalPoint && UnMemberStates.IsMember(iso3))
        {
            Member? member = await directory.GetMemberAsync(iso3, cancellationToken);
            if (member?.HasFocalPoint(caller.Email!) == true)
            {
                return (caller, null);
            }
        }

        return (null, Problems.Forbidden());
    }
}
