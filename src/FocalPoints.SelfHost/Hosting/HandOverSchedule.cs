using FocalPoints.Application.PeerReviews;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies.HandOver;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// Delivers, every <see cref="HandOverOptions.HandOverEvery"/>, the workflow events that a committed
/// submission or review could not deliver itself, and starts the invitations a stored peer-review
/// session could not start (the Functions app runs the same on a timer trigger).
/// </summary>
public sealed partial class HandOverSchedule(WorkflowHandOver handOver, InvitationHandOver invitations, IStrategyWorkflows workflows, HandOverOptions options, TimeProvider time, ILogger<HandOverSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.HandOverEvery > TimeSpan.Zero ? options.HandOverEvery : TimeSpan.FromSeconds(15), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await handOver.DeliverOverdueAsync(workflows, stoppingToken);
                await invitations.StartOverdueAsync(workflows, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering stored workflow events failed ({ErrorType}); tried again at the next tick")]
    private static partial void LogFailed(ILogger logger, string errorType);
}
