using System.Globalization;
using Bunit;
using FocalPoints.Portal.Api;
using FocalPoints.Portal.Auth;
using FocalPoints.Portal.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;

namespace FocalPoints.Portal.Tests;

/// <summary>
/// A bUnit context with the portal's services as Program.cs registers them (localization, the
/// vocabulary, Fluent UI), JS interop answered loosely, and a culture the test chooses.
/// </summary>
public abstract class PortalTestContext : BunitContext
{
    protected PortalTestContext(string culture = "en")
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Services.AddSingleton<Vocabulary>();
        Services.AddFluentUIComponents();
        Services.AddSingleton(new HttpClient(new UnreachableHandler()) { BaseAddress = new Uri("http://portal.test/") });
        Services.AddScoped<PortalApi>();
        Services.AddScoped<ISignIn, StaticWebAppsSignIn>();
    }

    /// <summary>Component tests never reach a server: a call that tries fails the test loudly.</summary>
    private sealed class UnreachableHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"A component test called the API: {request.Method} {request.RequestUri}");
    }
}
