using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FocalPoints.Functions.Http;

/// <summary>HTTP triggers of the network directory; each delegates to <see cref="DirectoryHandlers"/>.</summary>
public sealed class DirectoryFunctions(DirectoryHandlers handlers)
{
    [Function(nameof(PutMember))]
    public Task<IActionResult> PutMember([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.Member.FunctionRoute)] HttpRequest request, string iso3) =>
        handlers.PutMemberAsync(request.HttpContext, iso3).AsAction();

    [Function(nameof(ListMembers))]
    public Task<IActionResult> ListMembers([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Members.FunctionRoute)] HttpRequest request) =>
        handlers.ListMembersAsync(request.HttpContext).AsAction();

    [Function(nameof(GetMember))]
    public Task<IActionResult> GetMember([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Member.FunctionRoute)] HttpRequest request, string iso3) =>
        handlers.GetMemberAsync(request.HttpContext, iso3).AsAction();

    [Function(nameof(PutCoordinators))]
    public Task<IActionResult> PutCoordinators([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.Coordinators.FunctionRoute)] HttpRequest request) =>
        handlers.PutCoordinatorsAsync(request.HttpContext).AsAction();

    [Function(nameof(GetCoordinators))]
    public Task<IActionResult> GetCoordinators([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Coordinators.FunctionRoute)] HttpRequest request) =>
        handlers.GetCoordinatorsAsync(request.HttpContext).AsAction();
}
