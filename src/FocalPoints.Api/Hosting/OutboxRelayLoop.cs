using FocalPoints.Application.Outbox;
using Microsoft.Extensions.Hosting;

namespace FocalPoints.Api.Hosting;

/// <summary>Runs the <see cref="OutboxRelay"/>'s loop for as long as the host runs (both hosts).</summary>
public sealed class OutboxRelayLoop(OutboxRelay relay) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => relay.RunAsync(stoppingToken);
}
