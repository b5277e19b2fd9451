using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Testing;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Microsoft.Playwright;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>
/// The main pages in the pseudo-locale, where every resource text is accented and marked (⟦Šîĝñ îñ⟧): any
/// English word left on a page — in a text node, a label, a title or a placeholder — was written outside the
/// resources. What people typed, names, codes, addresses and the culture's month names are data, not texts.
/// </summary>
[Collection(PortalTests.Name)]
public sealed partial class PseudoLocalizedPagesTests(PortalFixture portal)
{
    /// <summary>Data the seed and the other tests typed, the product's name and the languages' own names: shown as they are in every language.</summary>
    internal static readonly string[] Data =
    [
        "FocalPoints", "English", "Français", "Español", "West Africa peer review", "Network coordinator", "Network secretariat", "Focal point of",
        PortalFixture.SharedEvidence, PortalFixture.ConfidentialCanary, $"Cycle {PortalFixture.Cycle}", PortalFixture.Cycle,
        "Evidence for", "Notes on", "Evidence.", "Ministry of Justice",
    ];

    /// <summary>Every text a person reads on the page (text nodes of rendered elements, and labels, titles and placeholders).</summary>
    private const string ReadTexts = """
        () => {
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const element = node.parentElement;
                if (node.nodeValue.trim() && element && !element.closest("script, style, template, #blazor-error-ui") && element.checkVisibility()) {
                    texts.push(node.nodeValue.trim());
                }
            }
            for (const element of [...document.body.querySelectorAll("[aria-label], [title], [placeholder]")].filter((e) => e.checkVisibility())) {
                for (const name of ["aria-label", "title", "placeholder"]) {
                    const value = element.getAttribute(name);
                    if (value && value.trim()) {
                        texts.push(value.trim());
                    }
                }
            }
            return texts;
        }
        """;

    [Fact(Timeout = 600_000)]
    public async Task The_main_pages_show_no_English_outside_the_resources()
    {
        // A submission waiting for review (CHN's), for the review page.
        NetworkScenario.Ensure(await portal.Network.SubmitAsync(PortalFixture.Cycle, "CHN", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().Build()), HttpStatusCode.Accepted);
        await Eventually.WaitAsync(() => portal.Network.StepStatusAsync(PortalFixture.Cycle, "CHN", StrategyStep.RiskAssessment), s => s == "submitted", TimeSpan.FromSeconds(30), "CHN's submission");
        var pages = new (string Email, string Roles, string Path)[]
        {
            (PortalFixture.FocalPointEmail("FRA"), "FocalPoint", "/"),
            (PortalFixture.FocalPointEmail("FRA"), "FocalPoint", $"/cycles/{PortalFixture.Cycle}/countries/FRA/steps/risk-assessment"),
            (PortalFixture.FocalPointEmail("SEN"), "FocalPoint", $"/cycles/{PortalFixture.Cycle}/countries/SEN/steps/action-prioritisation/versions"),
            (PortalFixture.FocalPointEmail("SEN"), "FocalPoint", $"/cycles/{PortalFixture.Cycle}/countries/SEN"),
            (PortalFixture.CoordinatorEmail, "Coordinator", $"/network?cycle={PortalFixture.Cycle}"),
            (PortalFixture.CoordinatorEmail, "Coordinator", "/reviews"),
            (PortalFixture.CoordinatorEmail, "Coordinator", $"/cycles/{PortalFixture.Cycle}/countries/CHN/review/risk-assessment"),
            (PortalFixture.CoordinatorEmail, "Coordinator", $"/cycles/{PortalFixture.Cycle}/countries/SEN"),
            (PortalFixture.CoordinatorEmail, "Coordinator", "/cycles/new"),
            (PortalFixture.CoordinatorEmail, "Coordinator", "/directory"),
            (PortalFixture.CoordinatorEmail, "Coordinator", $"/peer-reviews/{portal.SessionId}"),
            (PortalFixture.PeerReviewerEmail, "PeerReviewer", "/peer-reviews"),
        };

        await AssertNoEnglishAsync(portal, pages.Select(p => new PseudoWalkPage(p.Email, p.Roles, p.Path)), Data);
    }

    /// <summary>
    /// Opens each page in the pseudo-locale, does what the page asks for (a dialog opened, a form sent), and fails
    /// listing every text with an English word outside the resources and <paramref name="data"/>.
    /// </summary>
    internal static async Task AssertNoEnglishAsync(PortalFixture portal, IEnumerable<PseudoWalkPage> pages, IReadOnlyCollection<string> data)
    {
        var english = new List<string>();
        foreach (PseudoWalkPage walk in pages)
        {
            IPage page = await portal.NewPageAsync(timeZone: "Europe/Copenhagen", chosenLanguage: "qps-ploc");
            await portal.SignInAsync(page, walk.Email, walk.Roles, walk.Path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Microsoft.Playwright.Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(new Regex(string.Join('|', [PseudoOpen, .. data.Select(Regex.Escape)])));
            if (walk.Then is not null)
            {
                await walk.Then(page);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            }

            string[] texts = await page.EvaluateAsync<string[]>(ReadTexts);
            english.AddRange(texts.Where(text => IsEnglish(text, data)).Distinct().Select(text => $"{walk.Path}{(walk.Then is null ? string.Empty : " (" + walk.Doing + ")")}: \"{text}\""));
            await page.Context.CloseAsync();
        }

        Assert.True(english.Count == 0, "English outside the resources:\n" + string.Join("\n", english));
    }

    private static readonly string PseudoOpen = Regex.Escape("⟦");

    private static readonly HashSet<string> CultureWords = new(
        CultureInfo.GetCultureInfo("en").DateTimeFormat.MonthNames
            .Concat(CultureInfo.GetCultureInfo("en").DateTimeFormat.AbbreviatedMonthNames)
            .Concat(CultureInfo.GetCultureInfo("en").DateTimeFormat.DayNames)
            .Concat(CultureInfo.GetCultureInfo("en").DateTimeFormat.AbbreviatedDayNames)
            .Concat(["AM", "PM"])
            .Where(w => w.Length > 0),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a text holds an English word outside the pseudo-localised parts: a word of two or more ASCII letters
    /// that is not a code (RF9, GHA, ISO3), an address or zone (with @ / . in it), a Member State's name, a month, or typed data.
    /// </summary>
    private static bool IsEnglish(string text, IReadOnlyCollection<string> typed)
    {
        string rest = PseudoText().Replace(text, " ");
        foreach (string data in typed.Concat(UnMemberStates.All.Select(s => s.Name)).OrderByDescending(d => d.Length))
        {
            rest = rest.Replace(data, " ", StringComparison.Ordinal);
        }

        return rest.Split((char[])[' ', '\u00a0', '(', ')', ',', ';', ':', '·', '—', '–', '"', '“', '”', '«', '»'], StringSplitOptions.RemoveEmptyEntries)
            .Where(token => !token.Contains('@', StringComparison.Ordinal) && !token.Contains('/', StringComparison.Ordinal) && !token.Contains('.', StringComparison.Ordinal))
            .SelectMany(token => Word().Matches(token).Select(m => m.Value))
            .Any(word => !Code().IsMatch(word) && !CultureWords.Contains(word));
    }

    [GeneratedRegex("⟦[^⟧]*⟧")]
    private static partial Regex PseudoText();

    [GeneratedRegex("[A-Za-z]{2,}[A-Za-z0-9-]*")]
    private static partial Regex Word();

    /// <summary>Codes and ids: all capitals or with digits (RF9, GHA, CSV, ISO3, 2026-06).</summary>
    [GeneratedRegex("^([A-Z0-9-]+|.*[0-9].*)$")]
    private static partial Regex Code();
}

/// <summary>A page of the pseudo-localised walk: who opens it, and what is done on it before its texts are read.</summary>
internal sealed record PseudoWalkPage(string Email, string Roles, string Path, string? Doing = null, Func<IPage, Task>? Then = null);
