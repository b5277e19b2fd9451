using FocalPoints.Application.Outbox;
using FocalPoints.Application.Ports;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// Relays, every <see cref="OutboxOptions.RelayEvery"/>, the overdue rows of the outbox: the workflow events that a committed
/// submission or review could not deliver itself, and starts the invitations a stored peer-review
/// session could not start (the Functions app runs the same on a timer trigger).
/// </summary>
public sealed partial class OutboxRelaySchedule(WorkflowEventOutbox events, InvitationOutbox invitations, IStrategyWorkflows workflows, OutboxOptions options, TimeProvider time, ILogger<OutboxRelaySchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.RelayEvery > TimeSpan.Zero ? options.RelayEvery : TimeSpan.FromSeconds(15), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await events.DeliverOverdueAsync(workflows, stoppingToken);
                await invitations.StartOverdueAsync(workflows, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Relaying the outbox failed ({ErrorType}); tried again at the next tick")]
    private static partial void LogFailed(ILogger logger, string errorType);
}
