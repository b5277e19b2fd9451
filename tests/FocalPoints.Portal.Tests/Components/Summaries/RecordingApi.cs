using System.Net;
using System.Text;

namespace FocalPoints.Portal.Tests.Components.Summaries;

/// <summary>An API that answers every GET with one response and remembers what was asked.</summary>
internal sealed class RecordingApi(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
{
    public List<string> Asked { get; } = [];

    /// <summary>The <c>Accept-Language</c> of each request, in order.</summary>
    public List<string> Languages { get; } = [];

    /// <summary>When set, every answer waits for it (a slow API).</summary>
    public TaskCompletionSource? Hold { get; init; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Asked.Add(request.RequestUri!.PathAndQuery);
        Languages.Add(request.Headers.AcceptLanguage.ToString());
        if (Hold is not null)
        {
            await Hold.Task.WaitAsync(cancellationToken);
        }

        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType), RequestMessage = request };
    }
}
