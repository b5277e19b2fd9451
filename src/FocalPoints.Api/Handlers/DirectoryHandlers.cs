using FocalPoints.Api.Contracts;
using FocalPoints.Api.Http;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Validation;
using FocalPoints.Infrastructure.Storage;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Handlers;

/// <summary>The network directory: members and coordinators.</summary>
public sealed class DirectoryHandlers(AccessControl access, IDirectoryStore directory)
{
    public async Task<IResult> PutMemberAsync(HttpContext http, string iso3)
    {
        if (access.RequireCoordinator(http) is IResult denied)
        {
            return denied;
        }

        Parsed<MemberInput> body = await JsonBody.ReadAsync<MemberInput>(http.Request, http.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var errors = new ValidationErrors();
        Member? member = DirectoryRules.ValidateMember(iso3, body.Value!, errors);
        if (member is null)
        {
            return Problems.Validation(errors);
        }

        await directory.PutMemberAsync(member, http.RequestAborted);
        return Reply.Ok(member);
    }

    public async Task<IResult> ListMembersAsync(HttpContext http)
    {
        (Caller? caller, IResult? problem) = access.Identify(http);
        if (problem is not null)
        {
            return problem;
        }

        IReadOnlyList<Member> members = await directory.ListMembersAsync(http.RequestAborted);
        Member[] visible = caller!.IsCoordinator
            ? [.. members]
            : [.. members.Where(m => caller.IsFocalPoint && m.HasFocalPoint(caller.Email!))];
        return Reply.Ok(new MembersView(visible));
    }

    public async Task<IResult> GetMemberAsync(HttpContext http, string iso3)
    {
        (_, IResult? problem) = await access.RequireCountryAsync(http, iso3, coordinatorsToo: true, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }

        Member? member = await directory.GetMemberAsync(iso3, http.RequestAborted);
        return member is null ? Problems.NotFound($"{iso3} is not in the network directory.") : Reply.Ok(member);
    }

    public async Task<IResult> PutCoordinatorsAsync(HttpContext http)
    {
        if (access.RequireCoordinator(http) is IResult denied)
        {
            return denied;
        }

        Parsed<CoordinatorsInput> body = await JsonBody.ReadAsync<CoordinatorsInput>(http.Request, http.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var errors = new ValidationErrors();
        IReadOnlyList<Contact>? coordinators = DirectoryRules.ValidateCoordinators(body.Value!, errors);
        if (coordinators is null)
        {
            return Problems.Validation(errors);
        }

        await directory.PutCoordinatorsAsync(coordinators, http.RequestAborted);
        return Reply.Ok(new CoordinatorsView(coordinators));
    }

    public async Task<IResult> GetCoordinatorsAsync(HttpContext http)
    {
        if (access.RequireCoordinator(http) is IResult denied)
        {
            return denied;
        }

        return Reply.Ok(new CoordinatorsView(await directory.GetCoordinatorsAsync(http.RequestAborted)));
    }
}
