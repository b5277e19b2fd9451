using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.Outcomes;

/// <summary>
/// Why a use case did not do what it was asked. Each kind is mapped to one problem response, once,
/// by the hosts' shared API layer; <see cref="Detail"/> is said to the caller as it is.
/// </summary>
public abstract record UseCaseFailure(string Detail);

/// <summary>The request carries no signed-in principal.</summary>
public sealed record Unauthorized() : UseCaseFailure("The request carries no signed-in principal.");

/// <summary>The caller may not make this request (with no hint whether the resource exists for someone else).</summary>
public sealed record Forbidden() : UseCaseFailure("Your role does not allow this request.");

/// <summary>What the request names does not exist.</summary>
public sealed record NotFound(string Detail) : UseCaseFailure(Detail);

/// <summary>The request is malformed in a way that belongs to no field (a header).</summary>
public sealed record BadRequest(string Detail) : UseCaseFailure(Detail);

/// <summary>The input breaks the rules; <see cref="Errors"/> says where (JSON paths) and why.</summary>
public sealed record Invalid(ValidationErrors Errors, string Detail = Invalid.DefaultDetail) : UseCaseFailure(Detail)
{
    public const string DefaultDetail = "The request is not valid; see errors.";

    /// <summary>One fault at one path.</summary>
    public static Invalid At(string path, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(path, message);
        return new Invalid(errors);
    }
}

/// <summary>The request is valid but the state it would change has moved on (or another writer won).</summary>
public sealed record Conflict(string Detail) : UseCaseFailure(Detail);

/// <summary>The request is well formed and valid but cannot be carried out as sent (an idempotency key reused for another request).</summary>
public sealed record Unprocessable(string Detail) : UseCaseFailure(Detail);
