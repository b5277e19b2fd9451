using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Notifications;

namespace FocalPoints.Application.Notifications;

/// <summary>The local outbox (what was sent, or would have been), oldest first, optionally of one cycle: coordinators only.</summary>
public sealed class ReadOutbox(IOutboxReader outbox)
{
    public async Task<Outcome<OutboxMessage[]>> ExecuteAsync(Caller? caller, string? cycleId, CancellationToken cancellationToken) =>
        AccessControl.RequireCoordinator(caller).Failure is { } denied
            ? denied
            : (await outbox.ListAsync(cycleId, cancellationToken)).ToArray();
}
