using FocalPoints.Portal;
using FocalPoints.Portal.Api;
using FocalPoints.Portal.Auth;
using FocalPoints.Portal.Localization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.FluentUI.AspNetCore.Components;

WebAssemblyHostBuilder builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// Same origin only: the portal talks to /api and /.auth on the host that served it.
builder.Services.AddScoped(_ => new HttpClient { BaseAddress = new Uri(builder.HostEnvironment.BaseAddress) });
builder.Services.AddScoped<PortalApi>();
builder.Services.AddScoped<SignedInUser>();
builder.Services.AddScoped<LanguageChoice>();
builder.Services.AddSingleton<Vocabulary>();
builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
builder.Services.AddFluentUIComponents();

WebAssemblyHost host = builder.Build();
await host.Services.GetRequiredService<LanguageChoice>().ApplyAsync();
await host.RunAsync();
