using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FocalPoints.Functions.Http;

/// <summary>The local outbox (Development only); delegates to <see cref="OutboxHandlers"/>.</summary>
public sealed class OutboxFunctions(OutboxHandlers handlers)
{
    [Function(nameof(GetOutbox))]
    public Task<IActionResult> GetOutbox([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Outbox.FunctionRoute)] HttpRequest request) =>
        handlers.ListAsync(request.HttpContext).AsAction();
}
