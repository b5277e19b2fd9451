using FocalPoints.Api.Http;
using FocalPoints.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FocalPoints.Functions.Http;

/// <summary>
/// <c>GET /openapi/v1.json</c>: the API's OpenAPI document, the committed one (<see cref="CommittedApiDocument"/>),
/// at the path the self-host serves it. Anonymous at the function level: it holds no data.
/// </summary>
public static class OpenApiFunctions
{
    private const string JsonMediaType = "application/json";

    [Function(nameof(GetOpenApiDocument))]
    public static IActionResult GetOpenApiDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.OpenApiDocumentFunctionRoute)] HttpRequest request) =>
        new ResultAction(Results.Bytes(CommittedApiDocument.Utf8, JsonMediaType));
}
