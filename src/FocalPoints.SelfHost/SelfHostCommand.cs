using System.CommandLine;
using FocalPoints.SelfHost.Demo;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.SelfHost.Measure;

namespace FocalPoints.SelfHost;

/// <summary>
/// The command line: with no command, serve the API until Ctrl+C (<c>--urls</c> and
/// <c>--environment</c> as any ASP.NET Core app takes them); <c>demo</c> plays a whole cycle.
/// Settings come from configuration (<c>appsettings.json</c>, <c>SelfHost__*</c> environment
/// variables) under the standard ones (see <see cref="HostSettings"/>).
/// </summary>
public static class SelfHostCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var countries = new Option<int>("--countries") { Description = "How many Member States take part (1-193).", DefaultValueFactory = _ => 12 };
        var deadline = new Option<TimeSpan>("--deadline") { Description = "Give up after this long and print what is stuck (hh:mm:ss).", DefaultValueFactory = _ => DemoRunner.DefaultDeadline };
        var demo = new Command("demo", "Register members, open a cycle with a schedule in seconds and play it through to the end.") { countries, deadline };
        demo.SetAction((result, ct) => DemoRunner.RunAsync(LoadOptions(), result.GetValue(countries), result.GetValue(deadline), ct));

        var iterations = new Option<int>("--iterations") { Description = "How many times each generation is measured.", DefaultValueFactory = _ => 20 };
        var measure = new Command("measure", "Measure summary generation and the network progress view for 193 countries, and print the figures.") { iterations };
        measure.SetAction((result, ct) => MeasureRunner.RunAsync(result.GetValue(iterations), ct));

        var clients = new Option<int>("--clients") { Description = "How many HTTP clients send at once.", DefaultValueFactory = _ => 32 };
        var rushCountries = new Option<int>("--countries") { Description = "How many Member States rush (1-193).", DefaultValueFactory = _ => 193 };
        var rush = new Command("rush", "A deadline rush: every focal point submits at once, then every submission is approved; prints latencies and how long until every next step is open.") { rushCountries, clients };
        rush.SetAction((result, ct) => RushRunner.RunAsync(LoadOptions(), result.GetValue(rushCountries), result.GetValue(clients), ct));

        var measurePortal = new Command("measure-portal", "Load the portal in headless Chromium on an emulated slow line (1.6 Mbps, 150 ms), first and repeat visit, and print bytes and times.");
        measurePortal.SetAction((_, ct) => PortalMeasureRunner.RunAsync(LoadOptions(), ct));

        var urls = new Option<string>("--urls") { Description = "Where to listen, e.g. http://127.0.0.1:5080 (over ASPNETCORE_URLS and SelfHost__Urls)." };
        var environment = new Option<string>("--environment") { Description = "The ASP.NET Core environment, e.g. Production (over ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT and SelfHost__Environment)." };
        var root = new RootCommand("FocalPoints self-host: the national-strategy workflow on the embedded Durable Task engine and Azurite.") { urls, environment, demo, measure, rush, measurePortal };
        root.SetAction(async (result, ct) =>
        {
            string[] hostArgs =
            [
                .. result.GetValue(urls) is { } u ? [$"--urls={u}"] : Array.Empty<string>(),
                .. result.GetValue(environment) is { } e ? [$"--environment={e}"] : Array.Empty<string>(),
            ];
            await using SelfHostApp host = await SelfHostApp.StartAsync(LoadOptions(), hostArgs, cancellationToken: ct);
            await Console.Out.WriteLineAsync($"FocalPoints self-host listening on {host.BaseAddress} (API under /api). Ctrl+C stops it.");
            await host.WaitForShutdownAsync(ct);
            return 0;
        });
        return await root.Parse(args).InvokeAsync();
    }

    private static SelfHostOptions LoadOptions()
    {
        IConfigurationRoot configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new SelfHostOptions();
        configuration.GetSection("SelfHost").Bind(options);
        return options;
    }
}
