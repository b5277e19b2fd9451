using System.Net;
using System.Net.Http.Headers;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using FocalPoints.Tools.Measure;
using Microsoft.Playwright;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>
/// One Azurite, one self-host (in-memory engine) serving the published portal, and one headless
/// Chromium (Debian's) for the portal's end-to-end tests, with a realistic network seeded through
/// the API: the coordinator <see cref="CoordinatorEmail"/>, focal points for five countries, a
/// cycle <see cref="Cycle"/> with all of them on a schedule where nothing falls due during the
/// tests, and a peer-review session on SEN, which shared its risk assessment with the network and
/// kept its action prioritisation (holding <see cref="ConfidentialCanary"/>) confidential.
/// </summary>
public class PortalFixture : IAsyncLifetime
{
    public const string Cycle = "portal";

    public const string CoordinatorEmail = "coord@un.example";

    public const string PeerReviewerEmail = "peer@un.example";

    /// <summary>Evidence in SEN's network-shared risk assessment, whose RF9 is rated severe: the summary shows RF9 among the high or severe factors.</summary>
    public const string SharedEvidence = "Community radio monitors report hate speech trends weekly.";

    /// <summary>Text in SEN's confidential action prioritisation: no one but its country and coordinators may read it.</summary>
    public const string ConfidentialCanary = "CANARY-7f3c confidential action title";

    /// <summary>
    /// Countries of the cycle, each for one kind of test so that tests never share a workflow: EGY's focal point
    /// submits in Arabic, CHN's risk assessment waits for review in the pseudo-localised walk.
    /// </summary>
    public static readonly IReadOnlyList<string> Countries = ["GHA", "CRI", "MEX", "SEN", "FRA", "EGY", "CHN"];

    private AzuriteInstance? azurite;
    private IPlaywright? playwright;

    public RunningHost Host { get; private set; } = null!;

    public NetworkScenario Network { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string? SessionId { get; private set; }

    /// <summary>Where the self-host listens.</summary>
    public Uri BaseAddress => Host.App.BaseAddress;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteInstance.StartAsync();
        string portal = PortalDirectory();
        Host = await RunningHost.StartAsync(DurableEngineKind.InMemory, azurite.ConnectionString, output: null, settings: await HostSettingsAsync(), portalDirectory: portal);
        await HostStartedAsync();
        await EnsurePortalIsServedAsync(portal);
        Network = new NetworkScenario(Host.Api);
        await SeedAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await BrowserLauncher.LaunchAsync(playwright);
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    /// <summary>An absolute URL on the self-host.</summary>
    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>The e-mail a country's focal point signs in with (the directory lists it).</summary>
    public static string FocalPointEmail(string iso3) => Principals.FocalPointEmail(iso3);

    /// <summary>
    /// A page in a fresh browser context (empty cache, no cookies) whose browser speaks
    /// <paramref name="locale"/> and lives in <paramref name="timeZone"/>, with the portal's language
    /// <paramref name="chosenLanguage"/> remembered when given. Close it with <c>page.Context.CloseAsync()</c>.
    /// </summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB", string timeZone = "Africa/Accra", string? chosenLanguage = null)
    {
        IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            TimezoneId = timeZone,
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
        });
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(60_000);
        if (chosenLanguage is not null)
        {
            // As if the person had chosen it in the switcher on an earlier visit.
            await context.AddInitScriptAsync($"localStorage.setItem('focalpoints.language', '{chosenLanguage}');");
        }

        return await context.NewPageAsync();
    }

    /// <summary>Opens <paramref name="path"/> of the portal and waits until Blazor has rendered its page (its h1).</summary>
    public async Task GotoAsync(IPage page, string path)
    {
        await page.GotoAsync(Url(path));
        await WaitForPortalAsync(page);
    }

    /// <summary>Waits until the portal has loaded and rendered a page: the loading screen has no heading, every page has its h1.</summary>
    public static Task WaitForPortalAsync(IPage page) =>
        page.Locator("#app main h1").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

    /// <summary>
    /// Signs in the way a person does in Development: the emulated Static Web Apps form
    /// (Username, Roles, Sign in), then back to <paramref name="returnPath"/> once the portal has loaded.
    /// </summary>
    public async Task SignInAsync(IPage page, string email, string roles, string returnPath = "/")
    {
        await page.GotoAsync(Url("/.auth/login/aad?post_login_redirect_uri=" + Uri.EscapeDataString(returnPath)));
        await page.GetByLabel("Username").FillAsync(email);
        await page.GetByLabel("Roles").FillAsync(roles);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/.auth/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await WaitForPortalAsync(page);
    }

    /// <summary>Signs in as a country's focal point.</summary>
    public Task SignInAsFocalPointAsync(IPage page, string iso3, string returnPath = "/") =>
        SignInAsync(page, FocalPointEmail(iso3), "FocalPoint", returnPath);

    /// <summary>Signs in as the network coordinator.</summary>
    public Task SignInAsCoordinatorAsync(IPage page, string returnPath = "/") =>
        SignInAsync(page, CoordinatorEmail, "Coordinator", returnPath);

    /// <summary>Runs axe-core on the page as it is and fails listing every serious or critical violation.</summary>
    public static Task AxeCheckAsync(IPage page) => Accessibility.AssertNoSeriousViolationsAsync(page);

    /// <summary>
    /// Saves a screenshot of the window (1280×860) as <c>&lt;name&gt;.png</c> in the test output's <c>screenshots</c>
    /// folder, and in the repository's <c>docs/screenshots</c> when <c>FOCALPOINTS_SCREENSHOTS=1</c>.
    /// </summary>
    /// <summary>Whether the typed text's last character is drawn to the right of its first; <c>null</c> when the text is not on the page.</summary>
    public const string FullStopOnTheRight = """
        (text) => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const start = node.nodeValue.indexOf(text);
                if (start < 0) {
                    continue;
                }
                const left = (k) => {
                    const range = document.createRange();
                    range.setStart(node, start + k);
                    range.setEnd(node, start + k + 1);
                    return range.getBoundingClientRect().left;
                };
                return left(text.length - 1) > left(0);
            }
            return null;
        }
        """;

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        string output = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        byte[] png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = output });
        if (Environment.GetEnvironmentVariable("FOCALPOINTS_SCREENSHOTS") == "1")
        {
            string docs = Path.Combine(RepositoryRoot.Find(), "docs", "screenshots");
            Directory.CreateDirectory(docs);
            await File.WriteAllBytesAsync(Path.Combine(docs, name + ".png"), png);
        }

        return output;
    }

    /// <summary>Settings of the self-host beyond the tests' own; a subclass may start what they name first.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string?>?> HostSettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string?>?>(null);

    /// <summary>Runs once the self-host listens at <see cref="BaseAddress"/>, before the network is seeded.</summary>
    protected virtual Task HostStartedAsync() => Task.CompletedTask;

    /// <summary>The people and work every portal test starts from; a subclass may seed a different network.</summary>
    protected virtual async Task SeedAsync()
    {
        await Network.RegisterAsync([.. Countries]);
        await RegisterCoordinatorsAsync();
        NetworkScenario.Ensure(await Network.OpenCycleAsync(Cycle, [.. Countries], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        foreach (string country in Countries)
        {
            await Network.WaitForOpenAsync(Cycle, country, StrategyStep.RiskAssessment);
        }

        // SEN: risk assessment shared with the network, action prioritisation confidential.
        await Network.CompleteStepAsync(Cycle, "SEN", StrategyStep.RiskAssessment, new RiskAssessmentBuilder()
            .WithFactor("RF9", RiskRating.Severe, Trend.Worsening, SharedEvidence)
            .SharedAs(Sharing.Network)
            .Build());
        await Network.WaitForOpenAsync(Cycle, "SEN", StrategyStep.ActionPrioritisation);
        ActionPrioritisationContent actions = new ActionPrioritisationBuilder().WithAction(ConfidentialCanary, "R3", 1, ["RF9"]).Build() with { Sharing = Sharing.Confidential };
        NetworkScenario.Ensure(await Network.SubmitAsync(Cycle, "SEN", StrategyStep.ActionPrioritisation, actions), HttpStatusCode.Accepted);

        // Approved, so that the coordinators' editions hold it: a summary leaves out what is not approved,
        // and a canary no edition holds would prove nothing.
        NetworkScenario.Ensure(await Network.ReviewAsync(Cycle, "SEN", StrategyStep.ActionPrioritisation, ReviewDecision.Approve), HttpStatusCode.Accepted);

        ApiResponse session = NetworkScenario.Ensure(await Host.Api.PostAsync("/api/peer-reviews", new
        {
            title = "West Africa peer review",
            date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            cycleId = Cycle,
            countries = new[] { "SEN" },
            reviewers = new[] { PeerReviewerEmail },
        }, NetworkScenario.Coordinator), HttpStatusCode.Created);
        SessionId = (string?)session.Json!["sessionId"];
    }

    /// <summary>The directory's coordinators: the one who signs in to the portal, and the one the API calls of the seed act as.</summary>
    protected async Task RegisterCoordinatorsAsync() =>
        NetworkScenario.Ensure(await Host.Api.PutAsync("/api/network/coordinators", new
        {
            coordinators = new[]
            {
                new { name = "Network coordinator", email = CoordinatorEmail, language = "en", timeZone = "Europe/Copenhagen" },
                new { name = "Network secretariat", email = Principals.CoordinatorEmail, language = "en", timeZone = "Europe/Copenhagen" },
            },
        }, NetworkScenario.Coordinator), HttpStatusCode.OK);

    /// <summary>The portal the self-host's build published; fails saying how to build it when it is not there.</summary>
    private static string PortalDirectory() => PortalHosting.WebRoot(RunningHost.PortalDirectory) is not null
        ? RunningHost.PortalDirectory
        : throw new InvalidOperationException(
            $"The published portal was not found in {RunningHost.PortalDirectory}. Build the self-host first (dotnet build src/FocalPoints.SelfHost), which publishes src/FocalPoints.Portal into its portal/ folder.");

    private async Task EnsurePortalIsServedAsync(string portal)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using HttpResponseMessage response = await http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains("_framework/blazor.webassembly", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The self-host does not serve the portal at / (from {portal}): {(int)response.StatusCode} {response.Content.Headers.ContentType}: {body[..Math.Min(body.Length, 400)]}");
        }
    }
}

/// <summary>Every portal test class shares one fixture and runs one after another (two cores, one browser).</summary>
[CollectionDefinition(Name)]
public sealed class PortalTests : ICollectionFixture<PortalFixture>
{
    public const string Name = "Portal";
}
