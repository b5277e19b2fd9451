using System.Text.RegularExpressions;
using FocalPoints.Api.Summaries;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;
using FocalPoints.Testing.Builders;
using Markdig;

namespace FocalPoints.Api.Tests.Summaries;

/// <summary>
/// Text written by countries and coordinators, shaped as markup, stays text in every summary: each
/// Markdown output is rendered the way a reviewer's Markdown viewer would (Markdig, every extension),
/// and no script, image, raw HTML or <c>javascript:</c> link comes out; the HTML outputs encode it.
/// </summary>
public sealed partial class HostileTextTests
{
    private static readonly DateOnly Today = new(2027, 9, 15);
    private static readonly MarkdownPipeline Viewer = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static TheoryData<string> Hostile() => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x]( JaVaScRiPt:alert(1) )",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
        "[x]: javascript:alert(1)\n\n[x]",
        "`x` | **y** \\| [a\\](javascript:alert(1))",
        "javascript:alert(1)",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Comparative_summary_keeps_hostile_text_as_text(string text)
    {
        var session = new PeerReviewSession("s1", $"Session {text}", new DateOnly(2027, 10, 1), "2027", ["CIV"], null, ["r@x.example"], DateTime.UnixEpoch);
        var outcomes = new FollowUps(
            [new Recommendation("s1", "2027", "CIV", 1, $"Recommend {text}", RecommendationStatus.Accepted, new DateOnly(2028, 1, 1))],
            [new CountryResponse("s1", "2027", "CIV", $"Response {text}", "fp@civ.example", DateTime.UnixEpoch)]);
        CountrySummary country = Country(text, SummaryAudience.PeerReviewers);

        AssertInert(ComparativeSummary.Markdown(session, [country], outcomes, Today, SummaryAudience.PeerReviewers, Readers.English));
        AssertEncoded(ComparativeSummary.Html(session, [country], outcomes, Today, SummaryAudience.PeerReviewers, Readers.English));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Country_summary_keeps_hostile_text_as_text(string text)
    {
        CountrySummary country = Country(text, SummaryAudience.Internal);

        AssertInert(SummaryMarkdown.Render(country, Readers.English));
        AssertEncoded(SummaryHtml.Render(country, Readers.English));
    }

    private static CountrySummary Country(string text, SummaryAudience audience) => SummaryBuilder.Build("CIV", $"Côte {text}", "2027", $"Cycle {text}", Today, audience, ApprovedSteps.Of(
        new RiskAssessmentBuilder().SharedAs(Sharing.Public).Build(),
        new ActionPrioritisationBuilder().WithAction($"Act {text}", "R6", 1, ["RF9"]).Build(),
        new OfficialTrainingBuilder().Build(),
        new ResourceMobilisationContent(
            [new Resource(ResourceSource.NationalBudget, $"Line {text}", 10m, "USD", ResourceStatus.Committed, [1])],
            new PoliticalSupport(true, [new LegislativeEngagement(LegislativeKind.Hearing, new DateOnly(2027, 4, 2), $"Hearing {text}")]),
            [new Partner(PartnerKind.Media, $"Partner {text}")],
            Sharing.Public)));

    private static void AssertInert(string markdown)
    {
        string html = Markdown.ToHtml(markdown, Viewer);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(LinkingAttribute(), html);

        // Not even as text that a less strict viewer might turn into a link.
        Assert.DoesNotContain("javascript:", markdown, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertEncoded(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    // A tag carrying a link or a handler: <a href=, <img src=, <x onerror=.
    [GeneratedRegex(@"<[a-z][^>]*\s(?:href|src|on[a-z]+)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex LinkingAttribute();
}
