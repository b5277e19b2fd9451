using FocalPoints.Application.Access;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.PeerReviews;

/// <summary>Records a peer review's recommendation to a cohort country: coordinators only, numbered per country within the session.</summary>
public sealed class RecordRecommendation(IPeerReviewStore reviews)
{
    public async Task<Outcome<Recommendation>> ExecuteAsync(Caller? caller, string sessionId, Input<RecommendationInput> input, CancellationToken cancellationToken)
    {
        if (AccessControl.RequireCoordinator(caller).Failure is { } denied)
        {
            return denied;
        }

        PeerReviewSession? session = await reviews.GetSessionAsync(sessionId, cancellationToken);
        if (session is null)
        {
            return new NotFound($"There is no peer-review session {sessionId}.");
        }

        Outcome<RecommendationInput> body = await input(cancellationToken);
        if (body.Failure is { } unreadable)
        {
            return unreadable;
        }

        var errors = new ValidationErrors();
        FollowUps recorded = await reviews.ListSessionFollowUpsAsync(sessionId, cancellationToken);
        PeerReviewRules.ValidateRecommendation(body.Value, session, recorded.Recommendations, errors);
        if (!errors.IsEmpty)
        {
            return new Invalid(errors);
        }

        RecommendationInput r = body.Value;
        return await reviews.AddRecommendationAsync(session, r.Country!, r.Text!.Trim(), r.Status!.Value, r.FollowUpBy!.Value, cancellationToken);
    }
}
