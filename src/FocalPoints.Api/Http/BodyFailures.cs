using FocalPoints.Application.Outcomes;

namespace FocalPoints.Api.Http;

/// <summary>A request body longer than the API accepts.</summary>
public sealed record PayloadTooLarge(int Limit) : UseCaseFailure($"A request body may hold at most {Limit} bytes.");

/// <summary>A request body sent as something other than JSON.</summary>
public sealed record UnsupportedMediaType() : UseCaseFailure("Send the body as JSON (Content-Type: application/json).");
