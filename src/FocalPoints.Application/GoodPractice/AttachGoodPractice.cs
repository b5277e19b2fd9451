using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.GoodPractice;

/// <summary>A coordinator attaches an entry to a peer-review session (the session's page lists it), or detaches it.</summary>
public sealed class AttachGoodPractice(IGoodPracticeStore library, IPeerReviewStore reviews)
{
    public async Task<Outcome<GoodPracticeEntry>> ExecuteAsync(Caller? caller, string entryId, string sessionId, bool attach, CancellationToken cancellationToken)
    {
        if (AccessControl.RequireCoordinator(caller).Failure is { } denied)
        {
            return denied;
        }

        if (await reviews.GetSessionAsync(sessionId, cancellationToken) is null)
        {
            return new NotFound($"There is no peer-review session {sessionId}.");
        }

        return await ChangeGoodPractice.ApplyAsync(
            library,
            entryId,
            entry =>
            {
                if (!attach)
                {
                    return entry.DetachedFrom(sessionId);
                }

                var errors = new ValidationErrors();
                return GoodPracticeRules.Attach(entry, sessionId, errors) is { } attached ? attached : new Invalid(errors);
            },
            cancellationToken);
    }
}
