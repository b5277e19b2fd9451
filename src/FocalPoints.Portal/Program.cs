using FocalPoints.Portal;
using FocalPoints.Portal.Auth;
using FocalPoints.Portal.Localization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.FluentUI.AspNetCore.Components;
using Microsoft.JSInterop;

WebAssemblyHostBuilder builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// Same origin and /.auth (the self-host, the tests), unless wwwroot/appsettings.json names the API's
// own origin: then Entra ID sign-in and a bearer token on every API call (deployed; infra/README.md).
OidcSettings? oidc = OidcSettings.From(builder.Configuration);
builder.Services.AddPortalSignIn(oidc, builder.HostEnvironment.BaseAddress);
builder.Services.AddScoped<LanguageChoice>();
builder.Services.AddSingleton<Vocabulary>();
builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
// The resources' texts, pseudo-localised on request on a portal served from this machine (PseudoLocalization).
builder.Services.AddSingleton<ResourceManagerStringLocalizerFactory>();
builder.Services.AddSingleton<IStringLocalizerFactory, PseudoLocalizerFactory>();
builder.Services.AddFluentUIComponents();

WebAssemblyHost host = builder.Build();
await host.Services.GetRequiredService<IJSRuntime>().LoadAuthenticationScriptAsync(oidc);
await host.Services.GetRequiredService<LanguageChoice>().ApplyAsync(PseudoLocalization.Allowed(builder.HostEnvironment.BaseAddress));
await host.RunAsync();
