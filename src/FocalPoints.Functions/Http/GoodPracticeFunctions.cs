using FocalPoints.Api.Handlers;
using FocalPoints.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FocalPoints.Functions.Http;

/// <summary>HTTP triggers of the good-practice library; each delegates to <see cref="GoodPracticeHandlers"/>.</summary>
public sealed class GoodPracticeFunctions(GoodPracticeHandlers handlers)
{
    [Function(nameof(ListGoodPractice))]
    public Task<IActionResult> ListGoodPractice([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = GoodPracticeRoutes.Library.FunctionRoute)] HttpRequest request) =>
        handlers.ListAsync(request.HttpContext).AsAction();

    [Function(nameof(OfferGoodPractice))]
    public Task<IActionResult> OfferGoodPractice([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = GoodPracticeRoutes.Library.FunctionRoute)] HttpRequest request) =>
        handlers.OfferAsync(request.HttpContext).AsAction();

    [Function(nameof(WithdrawGoodPractice))]
    public Task<IActionResult> WithdrawGoodPractice([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = GoodPracticeRoutes.Entry.FunctionRoute)] HttpRequest request, string entryId) =>
        handlers.WithdrawAsync(request.HttpContext, entryId).AsAction();

    [Function(nameof(FeatureGoodPractice))]
    public Task<IActionResult> FeatureGoodPractice([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = GoodPracticeRoutes.Featured.FunctionRoute)] HttpRequest request, string entryId) =>
        handlers.FeatureAsync(request.HttpContext, entryId).AsAction();

    [Function(nameof(AttachGoodPractice))]
    public Task<IActionResult> AttachGoodPractice([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = GoodPracticeRoutes.Session.FunctionRoute)] HttpRequest request, string entryId, string sessionId) =>
        handlers.AttachAsync(request.HttpContext, entryId, sessionId).AsAction();

    [Function(nameof(DetachGoodPractice))]
    public Task<IActionResult> DetachGoodPractice([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = GoodPracticeRoutes.Session.FunctionRoute)] HttpRequest request, string entryId, string sessionId) =>
        handlers.DetachAsync(request.HttpContext, entryId, sessionId).AsAction();
}
