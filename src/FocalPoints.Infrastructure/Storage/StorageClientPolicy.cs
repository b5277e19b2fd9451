using Azure.Core;
using Azure.Data.Tables;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// How long the application's Table Storage calls may take. The SDK's defaults (three retries, a
/// 100 s network timeout per attempt) hold a request for as long as an outage lasts; here one call
/// gives up after about 8 s (three attempts of at most 2.5 s, 0.2 s and 0.4 s apart), so a person at
/// a browser is answered 503 (<c>StorageOutage</c>) well within 10 s. Workflow activities use the
/// same stores and retry on the workflow's own policy.
/// </summary>
public static class StorageClientPolicy
{
    public static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(2.5);

    public const int MaxRetries = 2;

    public static TableClientOptions Apply(TableClientOptions options)
    {
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.NetworkTimeout = NetworkTimeout;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        return options;
    }
}
