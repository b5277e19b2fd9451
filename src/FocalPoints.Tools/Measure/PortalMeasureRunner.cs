using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using FocalPoints.Api.Http;
using FocalPoints.Domain;
using FocalPoints.Domain.Network;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Tools.Demo;
using FocalPoints.Tools.Measure.PortalLoad;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Spectre.Console;

namespace FocalPoints.Tools.Measure;

/// <summary>
/// A measured load of the portal as a focal point sees it, in each of its six languages: a self-host on a throwaway
/// Azurite folder, Debian's Chromium headless with the network emulated (10 Mbit/s, 40 ms round trip; on request
/// also the slow line of 1.6 Mbit/s and 150 ms), and for each language a browser that speaks it, signed in, opening
/// the risk assessment twice: a first visit with an empty cache, then a repeat visit with the cache of the first.
/// Prints requests, bytes on the wire, the satellite resources fetched and the time until the form accepts input,
/// against the targets (first visit ≤ 2.5 MB, repeat ≤ 100 KB). Figures, not a test: these machines are shared, so
/// nothing here passes or fails on time.
/// </summary>
public static partial class PortalMeasureRunner
{
    private const string Cycle = "measure";
    private const string Country = "GHA";
    private const string FocalPoint = "focalpoint@gha.example";

    private static readonly string[] ReminderOffsets = ["P7D"];

    /// <summary>Measures <paramref name="languages"/> on the office line, and on the slow line too when <paramref name="slowLine"/>; lists every request of each first visit when <paramref name="listRequests"/>.</summary>
    public static async Task<int> RunAsync(SelfHostOptions options, IReadOnlyList<PortalLanguage> languages, bool slowLine, bool listRequests, CancellationToken cancellationToken)
    {
        string data = Path.Combine(Path.GetTempPath(), "focalpoints-measure-portal-" + Guid.NewGuid().ToString("N")[..8]);
        options.DataDirectory = data;
        options.StorageConnectionString = null;
        options.Engine = DurableEngineKind.InMemory;
        try
        {
            await using SelfHostApp host = await SelfHostApp.StartAsync(
                options,
                HostSettings.Local(), // the sign-in form is the emulated one, which only Development has
                logging: l => l.SetMinimumLevel(LogLevel.Warning),
                cancellationToken: cancellationToken);
            AnsiConsole.MarkupLine($"Self-host on [bold]{host.BaseAddress}[/], Azurite data in {Markup.Escape(data)} (deleted at the end).");
            var form = new Uri(host.BaseAddress, await SeedAsync(host.BaseAddress, cancellationToken));

            using IPlaywright playwright = await Playwright.CreateAsync();
            await using IBrowser browser = await BrowserLauncher.LaunchAsync(playwright);
            NetworkLine[] lines = slowLine ? [NetworkLine.Office, NetworkLine.Slow] : [NetworkLine.Office];
            foreach (NetworkLine line in lines)
            {
                var loads = new List<LanguageLoad>();
                foreach (PortalLanguage language in languages)
                {
                    AnsiConsole.MarkupLine($"Measuring {language.Code} ({language.BrowserLocale} browser) on {Markup.Escape(line.Name)}…");
                    loads.Add(await MeasureAsync(browser, host.BaseAddress, form, language, line));
                }

                Print(line, loads, listRequests);
            }

            return 0;
        }
        finally
        {
            TempFolder.TryDelete(data);
        }
    }

    /// <summary>A browser that speaks <paramref name="language"/>, on <paramref name="line"/>: signs in, then the form twice.</summary>
    private static async Task<LanguageLoad> MeasureAsync(IBrowser browser, Uri baseAddress, Uri form, PortalLanguage language, NetworkLine line)
    {
        await using IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = language.BrowserLocale, TimezoneId = "Africa/Accra" });
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        IPage page = await context.NewPageAsync();
        await SignInAsync(page, baseAddress);

        ICDPSession cdp = await context.NewCDPSessionAsync(page);
        var counter = new TransferCounter();
        cdp.Event("Network.responseReceived").OnEvent += (_, e) => counter.Received(e);
        cdp.Event("Network.requestServedFromCache").OnEvent += (_, e) => counter.ServedFromCache(e);
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) => counter.Finished(e);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", line.ToDevTools());

        PortalVisit first = await VisitAsync(page, form, counter, VisitKind.First);
        PortalVisit repeat = await VisitAsync(page, form, counter, VisitKind.Repeat);
        return new LanguageLoad(language, line, first, repeat);
    }

    /// <summary>A cycle with one country whose first step is open, and its focal point in the directory.</summary>
    private static async Task<string> SeedAsync(Uri baseAddress, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var api = new NetworkClient(http);
        string coordinator = NetworkClient.CoordinatorHeader;
        UnMemberStates.TryGet(Country, out UnMemberState state);
        await api.SendAsync(HttpMethod.Put, $"/api/network/members/{Country}", coordinator, new
        {
            name = state.Name,
            regionalGroup = JsonNaming.CamelCase(state.RegionalGroup.ToString()),
            focalPoints = new[] { new { name = "Focal point", email = FocalPoint, language = "en", timeZone = "Africa/Accra" } },
        }, ct);
        await api.SendAsync(HttpMethod.Post, "/api/cycles", coordinator, new
        {
            cycleId = Cycle,
            title = "Measured cycle",
            countries = new[] { Country },
            schedule = new { stepDuration = "P60D", reviewDuration = "P14D", reminderOffsets = ReminderOffsets, overdueReminderEvery = "P7D", escalateAfter = "P14D" },
        }, ct);

        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cycles/{Cycle}/countries/{Country}");
            request.Headers.Add(ClientPrincipal.HeaderName, coordinator);
            using HttpResponseMessage response = await http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                using JsonDocument strategy = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
                if (strategy.RootElement.GetProperty("steps")[0].GetProperty("status").GetString() == "open")
                {
                    return $"/cycles/{Cycle}/countries/{Country}/steps/risk-assessment";
                }
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("The measured cycle's first step did not open within a minute.");
            }

            await Task.Delay(250, ct);
        }
    }

    /// <summary>
    /// Signs in through the emulated form and lands on <c>/.auth/me</c>: neither page loads any of
    /// the portal, so its first visit still starts with an empty cache.
    /// </summary>
    private static async Task SignInAsync(IPage page, Uri baseAddress)
    {
        await page.GotoAsync(new Uri(baseAddress, "/.auth/login/aad?post_login_redirect_uri=%2F.auth%2Fme").ToString());
        await page.GetByLabel("Username").FillAsync(FocalPoint);
        await page.GetByLabel("Roles").FillAsync("FocalPoint");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/.auth/me", StringComparison.Ordinal));
    }

    private static async Task<PortalVisit> VisitAsync(IPage page, Uri form, TransferCounter counter, VisitKind kind)
    {
        await page.GotoAsync("about:blank");
        counter.Reset();
        await page.GotoAsync(form.ToString(), new() { WaitUntil = WaitUntilState.Commit });
        // The form's first field, in any language: RF1's rating (the first choice in the group whose legend starts "RF1 —").
        ILocator field = page.GetByRole(AriaRole.Group, new() { NameRegex = FirstFactor() }).Locator("select").First;
        await field.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await Assertions.Expect(field).ToBeEnabledAsync(new() { Timeout = 60_000 });
        double usable = await page.EvaluateAsync<double>("() => performance.now()");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return counter.Visit(kind, usable);
    }

    private static void Print(NetworkLine line, List<LanguageLoad> loads, bool listRequests)
    {
        if (Console.IsOutputRedirected)
        {
            // Into a file (the figures for docs/figures.md): the table on one line per row, not wrapped at 80 columns.
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 200);
        }

        var table = new Table().Border(TableBorder.Markdown).Title($"The risk assessment on {line.Name} (headless Chromium)");
        foreach (string column in PortalLoadReport.Columns)
        {
            table.AddColumn(column);
        }

        foreach (string[] row in PortalLoadReport.Rows(loads))
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        AnsiConsole.Write(table);
        foreach (string verdict in PortalLoadReport.Verdict(loads))
        {
            AnsiConsole.WriteLine(verdict);
        }

        // Every language loads the same files but its satellite resources: the largest are the same in each.
        AnsiConsole.WriteLine($"Largest on a first visit ({loads[0].Language.Code}): {PortalLoadReport.Largest(loads[0].First, 8)}.");
        foreach (LanguageLoad load in listRequests ? loads : [])
        {
            AnsiConsole.WriteLine($"Every request of the first visit in {load.Language.Code}:");
            foreach (TransferredFile file in load.First.Files)
            {
                AnsiConsole.WriteLine($"  {PortalLoadReport.Size(file.Bytes),10}  {file.Url}");
            }
        }

        AnsiConsole.WriteLine(
            "Requests: every load that finished; from cache: those the browser answered from its memory or disk cache without asking the server. "
            + "Transferred: on the wire (DevTools' encodedDataLength: headers and bodies as served, Brotli for the runtime). "
            + "Form usable: RF1's rating visible and enabled, from the start of navigation, signed in as a focal point. "
            + "Satellites: the cultures whose satellite resources were loaded. Times on this machine, as loaded as it is.");
    }

    [GeneratedRegex("^RF1 —")]
    private static partial Regex FirstFactor();
}
