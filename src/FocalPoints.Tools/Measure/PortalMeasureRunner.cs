using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FocalPoints.Api.Http;
using FocalPoints.Domain;
using FocalPoints.Domain.Network;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Tools.Demo;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Spectre.Console;

namespace FocalPoints.Tools.Measure;

/// <summary>
/// A measured load of the portal as a focal point on a slow line would see it: a self-host on a
/// throwaway Azurite folder, Debian's Chromium headless with the network emulated (1.6 Mbps down,
/// 750 kbps up, 150 ms round trip), a first visit with an empty cache and a repeat visit with the
/// cache warm. Prints bytes transferred, time to the first screen (first contentful paint: the
/// loading screen) and to a usable form (the risk assessment's first field visible and enabled).
/// Figures, not a test: these machines are shared, so nothing here passes or fails on time.
/// </summary>
public static class PortalMeasureRunner
{
    private const string Cycle = "measure";
    private const string Country = "GHA";
    private const string FocalPoint = "focalpoint@gha.example";
    private const long FirstVisitTarget = 2_500_000;
    private const long RepeatVisitTarget = 100_000;

    private static readonly string[] ReminderOffsets = ["P7D"];

    /// <summary>The slow line: 1.6 Mbps down, 750 kbps up (bytes per second), 150 ms added to every round trip.</summary>
    private static readonly Dictionary<string, object> SlowLine = new()
    {
        ["offline"] = false,
        ["latency"] = 150,
        ["downloadThroughput"] = 1_600_000 / 8,
        ["uploadThroughput"] = 750_000 / 8,
    };

    public static async Task<int> RunAsync(SelfHostOptions options, CancellationToken cancellationToken)
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
            string formPath = await SeedAsync(host.BaseAddress, cancellationToken);

            using IPlaywright playwright = await Playwright.CreateAsync();
            await using IBrowser browser = await BrowserLauncher.LaunchAsync(playwright);
            await using IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB", TimezoneId = "Africa/Accra" });
            context.SetDefaultTimeout(180_000);
            context.SetDefaultNavigationTimeout(180_000);
            IPage page = await context.NewPageAsync();
            await SignInAsync(page, host.BaseAddress);

            ICDPSession cdp = await context.NewCDPSessionAsync(page);
            var bytes = new TransferCounter();
            cdp.Event("Network.responseReceived").OnEvent += (_, e) => bytes.Name(e);
            cdp.Event("Network.requestServedFromCache").OnEvent += (_, e) => bytes.Cached(e);
            cdp.Event("Network.loadingFinished").OnEvent += (_, e) => bytes.Add(e);
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.emulateNetworkConditions", SlowLine);

            Visit first = await VisitAsync(page, new Uri(host.BaseAddress, formPath), bytes);
            Visit repeat = await VisitAsync(page, new Uri(host.BaseAddress, formPath), bytes);
            Print(first, repeat);
            return 0;
        }
        finally
        {
            TempFolder.TryDelete(data);
        }
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

    private static async Task<Visit> VisitAsync(IPage page, Uri form, TransferCounter bytes)
    {
        await page.GotoAsync("about:blank");
        bytes.Reset();
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(form.ToString(), new() { WaitUntil = WaitUntilState.Commit });
        // The form's first field: RF1's Rating (the portal's step form, rendered once the runtime and the step have loaded).
        ILocator field = page.GetByRole(AriaRole.Group, new() { NameRegex = new System.Text.RegularExpressions.Regex("^RF1 —") }).GetByLabel("Rating");
        await field.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await Assertions.Expect(field).ToBeEnabledAsync(new() { Timeout = 60_000 });
        double usable = await page.EvaluateAsync<double>("() => performance.now()");
        clock.Stop();
        double paint = await page.EvaluateAsync<double>("() => (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: -1 }).startTime");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return new Visit(bytes.Total, bytes.Requests, bytes.FromCache, paint, usable, bytes.Largest(5));
    }

    private static void Print(Visit first, Visit repeat)
    {
        var table = new Table()
            .Title("Portal load on 1.6 Mbps down, 750 kbps up, 150 ms round trip (headless Chromium)")
            .AddColumns("Visit", "Requests", "From cache", "Bytes", "Target", "Met", "First screen", "Usable form");
        table.AddRow(Row("First, cold", first, FirstVisitTarget));
        table.AddRow(Row("Repeat, warm", repeat, RepeatVisitTarget));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("Largest on the first visit: " + string.Join(", ", first.Largest.Select(l => $"{Markup.Escape(Path.GetFileName(new Uri(l.Url).AbsolutePath))} {Size(l.Bytes)}")) + ".");
        AnsiConsole.MarkupLine("Requests: every finished load; from cache: those the browser answered from its memory or disk cache without asking the server. Bytes: on the wire (Network.loadingFinished encodedDataLength: headers and compressed bodies). First screen: first contentful paint (the loading screen). Usable form: RF1's Rating visible and enabled, signed in as a focal point. Times from the start of navigation, on this machine as loaded as it is.");
    }

    private static string[] Row(string name, Visit visit, long target) =>
    [
        name,
        visit.Requests.ToString(CultureInfo.InvariantCulture),
        visit.FromCache.ToString(CultureInfo.InvariantCulture),
        Size(visit.Bytes),
        "≤ " + Size(target),
        visit.Bytes <= target ? "yes" : "no",
        visit.FirstPaintMs < 0 ? "n/a" : Seconds(visit.FirstPaintMs),
        Seconds(visit.UsableMs),
    ];

    private static string Size(long bytes) => bytes >= 1_000_000
        ? (bytes / 1_000_000.0).ToString("0.00 MB", CultureInfo.InvariantCulture)
        : (bytes / 1_000.0).ToString("0.0 KB", CultureInfo.InvariantCulture);

    private static string Seconds(double ms) => (ms / 1000).ToString("0.00 s", CultureInfo.InvariantCulture);

    private sealed record Visit(long Bytes, int Requests, int FromCache, double FirstPaintMs, double UsableMs, IReadOnlyList<(string Url, long Bytes)> Largest);

    /// <summary>Sums what each finished request carried on the wire; CDP events arrive on another thread.</summary>
    private sealed class TransferCounter
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> urls = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> sizes = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> cached = new(StringComparer.Ordinal);
        private long total;
        private int requests;

        public long Total => Interlocked.Read(ref total);

        public int Requests => Volatile.Read(ref requests);

        public int FromCache => cached.Count;

        /// <summary>A request answered from the memory cache (<c>Network.requestServedFromCache</c>).</summary>
        public void Cached(JsonElement? served)
        {
            if (served is { } e && e.TryGetProperty("requestId", out JsonElement id))
            {
                cached[id.GetString()!] = true;
            }
        }

        public void Name(JsonElement? received)
        {
            if (received is { } e && e.TryGetProperty("requestId", out JsonElement id) && e.TryGetProperty("response", out JsonElement response))
            {
                urls[id.GetString()!] = response.GetProperty("url").GetString()!;
                if (response.TryGetProperty("fromDiskCache", out JsonElement disk) && disk.GetBoolean())
                {
                    cached[id.GetString()!] = true;
                }
            }
        }

        public void Add(JsonElement? finished)
        {
            if (finished is { } e && e.TryGetProperty("encodedDataLength", out JsonElement length))
            {
                long size = (long)length.GetDouble();
                Interlocked.Add(ref total, size);
                Interlocked.Increment(ref requests);
                sizes[e.GetProperty("requestId").GetString()!] = size;
            }
        }

        public (string Url, long Bytes)[] Largest(int count) => sizes
            .Select(s => (Url: urls.GetValueOrDefault(s.Key, "about:blank"), Bytes: s.Value))
            .OrderByDescending(s => s.Bytes)
            .Take(count)
            .ToArray();

        public void Reset()
        {
            sizes.Clear();
            cached.Clear();
            Interlocked.Exchange(ref total, 0);
            Interlocked.Exchange(ref requests, 0);
        }
    }
}
