using FocalPoints.Domain.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoints.Api.Http;

/// <summary>RFC 9457 problem responses (<c>application/problem+json</c>).</summary>
public static class Problems
{
    public static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(statusCode: 401, title: "Sign-in required", detail: "The request carries no signed-in principal.");

    public static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: 403, title: "Not allowed", detail: "Your role does not allow this request.");

    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(statusCode: 404, title: "Not found", detail: detail);

    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(statusCode: 409, title: "Conflict", detail: detail);

    public static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(statusCode: 400, title: "Bad request", detail: detail);

    public static ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem(statusCode: 413, title: "Content too large", detail: $"A request body may hold at most {limit} bytes.");

    public static ProblemHttpResult UnsupportedMediaType() =>
        TypedResults.Problem(statusCode: 415, title: "Unsupported media type", detail: "Send the body as JSON (Content-Type: application/json).");

    public static ProblemHttpResult Unprocessable(string detail) => TypedResults.Problem(statusCode: 422, title: "Unprocessable request", detail: detail);

    public static ProblemHttpResult Validation(ValidationErrors errors, string detail = "The request is not valid; see errors.") =>
        // Results.ValidationProblem's own construction, typed: TypedResults.ValidationProblem cannot be given a title.
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary()) { Detail = detail, Title = "Invalid request", Status = StatusCodes.Status400BadRequest });

    public static ProblemHttpResult Validation(string path, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(path, message);
        return Validation(errors);
    }
}
