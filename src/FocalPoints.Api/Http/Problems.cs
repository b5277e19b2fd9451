using FocalPoints.Domain.Validation;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Http;

/// <summary>RFC 9457 problem responses (<c>application/problem+json</c>).</summary>
public static class Problems
{
    public static IResult Unauthorized() =>
        Results.Problem(statusCode: 401, title: "Sign-in required", detail: "The request carries no signed-in principal.");

    public static IResult Forbidden() =>
        Results.Problem(statusCode: 403, title: "Not allowed", detail: "Your role does not allow this request.");

    public static IResult NotFound(string detail) => Results.Problem(statusCode: 404, title: "Not found", detail: detail);

    public static IResult Conflict(string detail) => Results.Problem(statusCode: 409, title: "Conflict", detail: detail);

    public static IResult BadRequest(string detail) => Results.Problem(statusCode: 400, title: "Bad request", detail: detail);

    public static IResult TooLarge(int limit) =>
        Results.Problem(statusCode: 413, title: "Content too large", detail: $"A request body may hold at most {limit} bytes.");

    public static IResult UnsupportedMediaType() =>
        Results.Problem(statusCode: 415, title: "Unsupported media type", detail: "Send the body as JSON (Content-Type: application/json).");

    public static IResult Unprocessable(string detail) => Results.Problem(statusCode: 422, title: "Unprocessable request", detail: detail);

    public static IResult Validation(ValidationErrors errors, string detail = "The request is not valid; see errors.") =>
        Results.ValidationProblem(errors.ToDictionary(), detail: detail, title: "Invalid request", statusCode: 400);

    public static IResult Validation(string path, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(path, message);
        return Validation(errors);
    }
}
