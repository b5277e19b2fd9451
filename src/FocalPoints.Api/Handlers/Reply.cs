using FocalPoints.Domain;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Handlers;

/// <summary>JSON answers under the API's serialization rules.</summary>
internal static class Reply
{
    public static IResult Ok<T>(T value) => Results.Json(value, DomainJson.Options);

    public static IResult Accepted<T>(T value, string? location = null) =>
        location is null
            ? Results.Json(value, DomainJson.Options, statusCode: StatusCodes.Status202Accepted)
            : new AcceptedAt<T>(value, location);

    private sealed class AcceptedAt<T>(T value, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return Results.Json(value, DomainJson.Options, statusCode: StatusCodes.Status202Accepted).ExecuteAsync(httpContext);
        }
    }
}
