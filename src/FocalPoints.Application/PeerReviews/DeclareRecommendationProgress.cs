using FocalPoints.Application.Access;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.PeerReviews;

/// <summary>
/// A reviewed country declares how far it has implemented a recommendation addressed to it: its own
/// focal points only (<see cref="RecommendationProgressRules"/>); the declaration replaces the last.
/// </summary>
public sealed class DeclareRecommendationProgress(AccessControl access, IPeerReviewStore reviews, TimeProvider time)
{
    public async Task<Outcome<Recommendation>> ExecuteAsync(Caller? caller, string sessionId, string iso3, int number, Input<ProgressInput> input, CancellationToken cancellationToken)
    {
        Outcome<Caller> focalPoint = await access.RequireCountryAsync(caller, iso3, coordinatorsToo: false, cancellationToken);
        if (focalPoint.Failure is { } denied)
        {
            return denied;
        }

        FollowUps recorded = await reviews.ListSessionFollowUpsAsync(sessionId, cancellationToken);
        if (recorded.Recommendations.FirstOrDefault(r => r.Country == iso3 && r.Number == number) is not { } recommendation)
        {
            return new NotFound($"Session {sessionId} made no recommendation {number} to {iso3}.");
        }

        if (!RecommendationProgressRules.MayDeclare(recommendation, [iso3]))
        {
            return new Forbidden();
        }

        Outcome<ProgressInput> body = await input(cancellationToken);
        if (body.Failure is { } unreadable)
        {
            return unreadable;
        }

        var errors = new ValidationErrors();
        if (RecommendationProgressRules.Declare(recommendation, body.Value, time.GetUtcNow().UtcDateTime, errors) is not { } declared)
        {
            return new Invalid(errors);
        }

        await reviews.PutProgressAsync(declared, cancellationToken);
        return declared;
    }
}
