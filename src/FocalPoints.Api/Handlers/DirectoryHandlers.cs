using FocalPoints.Api.Contracts;
using FocalPoints.Api.Http;
using FocalPoints.Application.Network;
using FocalPoints.Domain.Network;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Handlers;

/// <summary>The network directory: members and coordinators, mapped to the use cases.</summary>
public sealed class DirectoryHandlers(CallerOptions callers, ReadDirectory read, ChangeDirectory change)
{
    public async Task<IResult> PutMemberAsync(HttpContext http, string iso3) =>
        (await change.SaveMemberAsync(callers.Read(http), iso3, ct => JsonBody.ReadAsync<MemberInput>(http.Request, ct), http.RequestAborted)).ToResult(Reply.Ok);

    public async Task<IResult> ListMembersAsync(HttpContext http) =>
        (await read.MembersAsync(callers.Read(http), http.RequestAborted)).ToResult(members => Reply.Ok(new MembersView(members)));

    public async Task<IResult> GetMemberAsync(HttpContext http, string iso3) =>
        (await read.MemberAsync(callers.Read(http), iso3, http.RequestAborted)).ToResult(Reply.Ok);

    public async Task<IResult> PutCoordinatorsAsync(HttpContext http) =>
        (await change.SaveCoordinatorsAsync(callers.Read(http), ct => JsonBody.ReadAsync<CoordinatorsInput>(http.Request, ct), http.RequestAborted))
            .ToResult(coordinators => Reply.Ok(new CoordinatorsView(coordinators)));

    public async Task<IResult> GetCoordinatorsAsync(HttpContext http) =>
        (await read.CoordinatorsAsync(callers.Read(http), http.RequestAborted)).ToResult(coordinators => Reply.Ok(new CoordinatorsView(coordinators)));
}
