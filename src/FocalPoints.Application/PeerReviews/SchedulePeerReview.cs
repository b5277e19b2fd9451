using System.Text.Json;
using FocalPoints.Application.Access;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outbox;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Application.PeerReviews;

/// <summary>A coordinator's request to schedule a peer review; <see cref="IdempotencyKey"/> as the client sent it (<c>null</c> for none).</summary>
public sealed record SchedulePeerReviewCommand(Caller? Caller, string? IdempotencyKey, Input<PeerReviewInput> Session);

/// <summary>
/// Stores a peer-review session and starts its invitations as a durable workflow (the request never
/// waits for mail; a start that fails is made by the background run, <see cref="InvitationOutbox"/>). With an idempotency key the session's id is derived from the key and the
/// coordinator who sent it (two coordinators' keys never meet): a repeated request answers the session
/// it created and invites nobody twice; the same key with a different session is <see cref="Unprocessable"/>.
/// </summary>
public sealed class SchedulePeerReview(IStrategyReads strategies, IPeerReviewStore reviews, InvitationOutbox invitations, TimeProvider time)
{
    private const string KeyReused = "This Idempotency-Key was used for a different peer review.";

    public async Task<Outcome<PeerReviewSession>> ExecuteAsync(SchedulePeerReviewCommand command, IStrategyWorkflows workflows, CancellationToken cancellationToken)
    {
        Outcome<Caller> coordinator = AccessControl.RequireCoordinator(command.Caller);
        if (coordinator.Failure is { } denied)
        {
            return denied;
        }

        Outcome<string?> key = IdempotencyKeys.Check(command.IdempotencyKey);
        if (key.Failure is { } badKey)
        {
            return badKey;
        }

        Outcome<PeerReviewInput> body = await command.Session(cancellationToken);
        if (body.Failure is { } unreadable)
        {
            return unreadable;
        }

        PeerReviewInput input = body.Value;
        NetworkView? view = CycleRules.IsValidCycleId(input.CycleId) ? await strategies.GetNetworkViewAsync(input.CycleId!, cancellationToken) : null;
        var errors = new ValidationErrors();
        if (view is null && input.CycleId is not null)
        {
            errors.Add("$.cycleId", $"There is no cycle {input.CycleId}.");
        }

        Dictionary<string, RegionalGroup?> cohortPool = view?.Countries.ToDictionary(c => c.Country, c => c.RegionalGroup, StringComparer.Ordinal) ?? [];
        string sessionId = key.Value is null
            ? "pr-" + Guid.NewGuid().ToString("N")[..12]
            : "pr-" + Fingerprint.Sha256Hex(coordinator.Value.Actor + "\n" + key.Value)[..16].ToLowerInvariant();
        PeerReviewSession? session = PeerReviewRules.Validate(input, cohortPool, sessionId, time.GetUtcNow().UtcDateTime, errors);
        if (session is null)
        {
            return new Invalid(errors);
        }

        PeerReviewSession? stored = key.Value is null ? null : await reviews.GetSessionAsync(sessionId, cancellationToken);
        if (stored is null && !await reviews.TryAddSessionAsync(session, cancellationToken))
        {
            // The same key at the same moment: the other request stored it; answer what it stored.
            stored = key.Value is null
                ? throw new InvalidOperationException($"Peer-review session {sessionId} already exists.")
                : await reviews.GetSessionAsync(sessionId, cancellationToken);
            if (stored is null)
            {
                return new Unprocessable(KeyReused);
            }
        }

        if (stored is not null && !SameRequest(stored, session))
        {
            return new Unprocessable(KeyReused);
        }

        // Started once per session (the instance id is the session's). The session is stored: a start
        // that fails or takes too long is left to the background run, and the answer stays a success.
        await invitations.StartAsync(sessionId, workflows, cancellationToken);
        return stored ?? session;
    }

    /// <summary>The same session but for when it was created.</summary>
    private static bool SameRequest(PeerReviewSession stored, PeerReviewSession again) =>
        JsonSerializer.Serialize(stored with { CreatedUtc = again.CreatedUtc }, DomainJson.Options) == JsonSerializer.Serialize(again, DomainJson.Options);
}
