using Azure.Core;
using Azure.Core.Pipeline;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>Counts every HTTP request the Azure SDK pipeline sends to storage (retries included).</summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref count);
}
