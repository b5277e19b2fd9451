using System.Net;
using System.Text;

namespace FocalPoints.Portal.Tests.Components.Summaries;

/// <summary>An API that answers every GET with one response and remembers what was asked.</summary>
internal sealed class RecordingApi(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
{
    public List<string> Asked { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Asked.Add(request.RequestUri!.PathAndQuery);
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType), RequestMessage = request });
    }
}
