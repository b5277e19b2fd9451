using FocalPoints.Api.Http;
using FocalPoints.Application.Network;
using FocalPoints.Contracts;
using FocalPoints.Domain.Network;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoints.Api.Handlers;

/// <summary>The network directory: members and coordinators, mapped to the use cases.</summary>
public sealed class DirectoryHandlers(CallerOptions callers, ReadDirectory read, ChangeDirectory change)
{
    public async Task<Results<Ok<Member>, ProblemHttpResult>> PutMemberAsync(HttpContext http, string iso3) =>
        (await change.SaveMemberAsync(callers.Read(http), iso3, ct => JsonBody.ReadAsync<MemberInput>(http.Request, ct), http.RequestAborted)).ToResult(TypedResults.Ok);

    public async Task<Results<Ok<MembersView>, ProblemHttpResult>> ListMembersAsync(HttpContext http) =>
        (await read.MembersAsync(callers.Read(http), http.RequestAborted)).ToResult(members => TypedResults.Ok(new MembersView(members)));

    public async Task<Results<Ok<Member>, ProblemHttpResult>> GetMemberAsync(HttpContext http, string iso3) =>
        (await read.MemberAsync(callers.Read(http), iso3, http.RequestAborted)).ToResult(TypedResults.Ok);

    public async Task<Results<Ok<CoordinatorsView>, ProblemHttpResult>> PutCoordinatorsAsync(HttpContext http) =>
        (await change.SaveCoordinatorsAsync(callers.Read(http), ct => JsonBody.ReadAsync<CoordinatorsInput>(http.Request, ct), http.RequestAborted))
            .ToResult(coordinators => TypedResults.Ok(new CoordinatorsView(coordinators)));

    public async Task<Results<Ok<CoordinatorsView>, ProblemHttpResult>> GetCoordinatorsAsync(HttpContext http) =>
        (await read.CoordinatorsAsync(callers.Read(http), http.RequestAborted)).ToResult(coordinators => TypedResults.Ok(new CoordinatorsView(coordinators)));
}
