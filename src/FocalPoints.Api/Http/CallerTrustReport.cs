using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FocalPoints.Api.Http;

/// <summary>Says at start-up whether this host believes the principal header, and why.</summary>
public sealed partial class CallerTrustReport(CallerOptions callers, ILogger<CallerTrustReport> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (callers.TrustSignedInUser)
        {
            SignedInUserBelieved(log);
        }

        if (!callers.TrustPrincipalHeader && callers.TrustSignedInUser)
        {
            HeaderNotBelieved(log, callers.Reason);
        }
        else if (!callers.TrustPrincipalHeader)
        {
            NoPrincipalBelieved(log, callers.Reason);
        }
        else if (callers.LoopbackOnly)
        {
            PrincipalBelievedFromLoopback(log, callers.Reason);
        }
        else
        {
            PrincipalBelieved(log, callers.Reason);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "A caller the host signed in (a valid bearer token) is believed")]
    private static partial void SignedInUserBelieved(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "The X-MS-CLIENT-PRINCIPAL header is not believed: {Reason}")]
    private static partial void HeaderNotBelieved(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The X-MS-CLIENT-PRINCIPAL header is not believed, so every API request answers 401: {Reason}")]
    private static partial void NoPrincipalBelieved(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The X-MS-CLIENT-PRINCIPAL header is believed from loopback only: {Reason}")]
    private static partial void PrincipalBelievedFromLoopback(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The X-MS-CLIENT-PRINCIPAL header is believed: {Reason}")]
    private static partial void PrincipalBelieved(ILogger logger, string reason);
}
