using FocalPoints.Application.Access;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.PeerReviews;

/// <summary>A reviewed country's response to its peer review: its own focal points only; each response replaces the last.</summary>
public sealed class RespondToPeerReview(AccessControl access, IPeerReviewStore reviews, TimeProvider time)
{
    public async Task<Outcome<CountryResponse>> ExecuteAsync(Caller? caller, string sessionId, string iso3, Input<ResponseInput> input, CancellationToken cancellationToken)
    {
        Outcome<Caller> focalPoint = await access.RequireCountryAsync(caller, iso3, coordinatorsToo: false, cancellationToken);
        if (focalPoint.Failure is { } denied)
        {
            return denied;
        }

        PeerReviewSession? session = await reviews.GetSessionAsync(sessionId, cancellationToken);
        if (session is null || !session.Countries.Contains(iso3))
        {
            return new NotFound($"{iso3} is not reviewed in session {sessionId}.");
        }

        Outcome<ResponseInput> body = await input(cancellationToken);
        if (body.Failure is { } unreadable)
        {
            return unreadable;
        }

        var errors = new ValidationErrors();
        errors.CheckText("$.text", body.Value.Text, required: true);
        if (!errors.IsEmpty)
        {
            return new Invalid(errors);
        }

        var response = new CountryResponse(sessionId, session.CycleId, iso3, body.Value.Text!.Trim(), focalPoint.Value.Actor, time.GetUtcNow().UtcDateTime);
        await reviews.PutResponseAsync(response, cancellationToken);
        return response;
    }
}
