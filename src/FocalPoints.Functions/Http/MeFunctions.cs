using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FocalPoints.Functions.Http;

/// <summary>HTTP trigger of <c>GET /api/me</c>; delegates to <see cref="MeHandlers"/>.</summary>
public sealed class MeFunctions(MeHandlers handlers)
{
    [Function(nameof(GetMe))]
    public Task<IActionResult> GetMe([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Me.FunctionRoute)] HttpRequest request) =>
        handlers.GetMeAsync(request.HttpContext).AsAction();
}
