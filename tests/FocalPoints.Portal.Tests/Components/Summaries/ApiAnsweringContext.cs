using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Portal.Tests.Components.Summaries;

/// <summary>A component test whose API answers one response (<see cref="RecordingApi"/>) on another origin, as in the OpenID Connect mode.</summary>
public abstract class ApiAnsweringContext(string culture = "en") : PortalTestContext(culture)
{
    internal RecordingApi Answer(HttpStatusCode status, string body, string mediaType, TaskCompletionSource? hold = null)
    {
        var api = new RecordingApi(status, body, mediaType) { Hold = hold };
        Services.AddSingleton(new HttpClient(api) { BaseAddress = new Uri("https://api.example/") });
        return api;
    }
}
