using FocalPoints.Application.Outcomes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Failures = FocalPoints.Application.Outcomes;

namespace FocalPoints.Api.Http;

/// <summary>
/// The one mapping from a use case's outcome to HTTP, used by both hosts: a success as the handler
/// answers it, a <see cref="UseCaseFailure"/> as its RFC 9457 problem (<see cref="Problems"/>).
/// </summary>
public static class OutcomeResults
{
    /// <summary>The success as <paramref name="success"/> answers it, typed, so that the endpoint's metadata (and the OpenAPI document) name both answers.</summary>
    public static Results<TSuccess, ProblemHttpResult> ToResult<T, TSuccess>(this Outcome<T> outcome, Func<T, TSuccess> success)
        where TSuccess : IResult =>
        outcome.Failure is { } failure ? failure.ToProblem() : success(outcome.Value);

    public static ProblemHttpResult ToProblem(this UseCaseFailure failure) => failure switch
    {
        Failures.Unauthorized => Problems.Unauthorized(),
        Failures.Forbidden => Problems.Forbidden(),
        Failures.NotFound f => Problems.NotFound(f.Detail),
        Failures.BadRequest f => Problems.BadRequest(f.Detail),
        Invalid f => Problems.Validation(f.Errors, f.Detail),
        Failures.Conflict f => Problems.Conflict(f.Detail),
        Unprocessable f => Problems.Unprocessable(f.Detail),
        PayloadTooLarge f => Problems.TooLarge(f.Limit),
        Http.UnsupportedMediaType => Problems.UnsupportedMediaType(),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure.GetType().Name, "A failure with no problem response."),
    };
}
