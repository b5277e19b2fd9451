using System.CommandLine;
using System.Reflection;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Tools.CountryNames;
using FocalPoints.Tools.Demo;
using FocalPoints.Tools.Measure;
using FocalPoints.Tools.Measure.PortalLoad;

namespace FocalPoints.Tools;

/// <summary>
/// The command line of the demo and the measurements: <c>demo</c> plays a whole cycle, <c>measure</c>,
/// <c>rush</c> and <c>measure-portal</c> print figures. Each starts a self-host in this process with
/// the self-host's settings (its <c>appsettings.json</c>, <c>SelfHost__*</c> environment variables),
/// so the demo's data lands where <c>dotnet run --project src/FocalPoints.SelfHost</c> reads it.
/// </summary>
public static class ToolsCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var countries = new Option<int>("--countries") { Description = "How many Member States take part (1-193).", DefaultValueFactory = _ => 12 };
        var deadline = new Option<TimeSpan>("--deadline") { Description = "Give up after this long and print what is stuck (hh:mm:ss).", DefaultValueFactory = _ => DemoRunner.DefaultDeadline };
        var demo = new Command("demo", "Register members, open a cycle with a schedule in seconds and play it through to the end.") { countries, deadline };
        demo.SetAction((result, ct) => DemoRunner.RunAsync(LoadOptions(), result.GetValue(countries), result.GetValue(deadline), ct));

        var iterations = new Option<int>("--iterations") { Description = "How many times each generation is measured.", DefaultValueFactory = _ => 20 };
        var measure = new Command("measure", "Measure summary generation, the network progress view and the network insights for 193 countries, and print the figures.") { iterations };
        measure.SetAction((result, ct) => MeasureRunner.RunAsync(result.GetValue(iterations), ct));

        var clients = new Option<int>("--clients") { Description = "How many HTTP clients send at once.", DefaultValueFactory = _ => 32 };
        var rushCountries = new Option<int>("--countries") { Description = "How many Member States rush (1-193).", DefaultValueFactory = _ => 193 };
        var nodes = new Option<int>("--nodes") { Description = "How many self-hosts share one storage account and task hub (1-4); with more than one, the rush runs on one node first and prints both.", DefaultValueFactory = _ => 1 };
        var rush = new Command("rush", "A deadline rush: every focal point submits at once, then every submission is approved; prints latencies and how long until every next step is open.") { rushCountries, clients, nodes };
        rush.SetAction((result, ct) => RushRunner.RunAsync(LoadOptions(), result.GetValue(rushCountries), result.GetValue(clients), result.GetValue(nodes), ct));

        var languages = new Option<string>("--languages") { Description = "The languages to measure, comma-separated (ar,zh,en,fr,ru,es); all six when left out." };
        var slowLine = new Option<bool>("--slow-line") { Description = "Also measure on the slow line (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip)." };
        var listRequests = new Option<bool>("--requests") { Description = "List every request of each first visit with its size." };
        var measurePortal = new Command("measure-portal", "Open the risk assessment in headless Chromium in each of the portal's languages on an emulated line (10 Mbit/s, 40 ms), first and repeat visit, and print requests, bytes and the time until the form accepts input against the targets.") { languages, slowLine, listRequests };
        measurePortal.SetAction((result, ct) => PortalMeasureRunner.RunAsync(
            LoadOptions(), PortalLanguage.Parse(result.GetValue(languages)), result.GetValue(slowLine), result.GetValue(listRequests), ct));

        var countryNames = new Command("country-names", $"Write {CldrCountryNames.GeneratedFile} from the CLDR packages in node_modules (npm ci) and CountryNames/un-usage.json.");
        countryNames.SetAction(_ => WriteCountryNames());

        var root = new RootCommand("FocalPoints tools: the demo and the measurements, each on a self-host started in this process, and the country-name table.") { demo, measure, rush, measurePortal, countryNames };
        return await root.Parse(args).InvokeAsync();
    }

    private static int WriteCountryNames()
    {
        string root = RepositoryRoot.Find();
        File.WriteAllText(Path.Combine(root, CldrCountryNames.GeneratedFile), CldrCountryNames.Generate(Path.Combine(root, "node_modules")));
        Console.WriteLine($"Wrote {CldrCountryNames.GeneratedFile}.");
        return 0;
    }

    /// <summary>
    /// The self-host's settings, with a relative portal folder read against the self-host's output
    /// (where its build publishes the portal) rather than this program's.
    /// </summary>
    internal static SelfHostOptions LoadOptions()
    {
        SelfHostOptions options = SelfHostOptions.Load();
        options.PortalDirectory = Path.GetFullPath(options.PortalDirectory, SelfHostDirectory);
        return options;
    }

    private static string SelfHostDirectory { get; } = typeof(ToolsCommand).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == nameof(SelfHostDirectory)).Value!;
}
