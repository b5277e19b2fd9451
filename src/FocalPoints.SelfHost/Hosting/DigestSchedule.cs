using System.Globalization;
using FocalPoints.Workflow.Digest;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>The self-host's schedule for the weekly coordinator digest (the Functions app uses a timer trigger).</summary>
public sealed partial class DigestSchedule(CoordinatorDigest digest, DigestOptions options, TimeProvider time, ILogger<DigestSchedule> logger) : BackgroundService
{
    /// <summary>The next time the digest is due after <paramref name="nowUtc"/>.</summary>
    public static DateTime Next(DateTime nowUtc, DayOfWeek day, TimeOnly at)
    {
        DateTime candidate = nowUtc.Date.AddDays(((int)day - (int)nowUtc.DayOfWeek + 7) % 7) + at.ToTimeSpan();
        return candidate > nowUtc ? candidate : candidate.AddDays(7);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        TimeOnly at = TimeOnly.ParseExact(options.TimeUtc, "HH:mm", CultureInfo.InvariantCulture);
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTime now = time.GetUtcNow().UtcDateTime;
            DateTime next = Next(now, options.Day, at);
            await Task.Delay(next - now, time, stoppingToken);
            try
            {
                await digest.SendAsync(time.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The weekly digest failed; it runs again next week")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
