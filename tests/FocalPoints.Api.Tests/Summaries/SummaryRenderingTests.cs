using System.Text.RegularExpressions;
using FocalPoints.Api.Summaries;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Api.Tests.Summaries;

public partial class SummaryRenderingTests
{
    private const string Marker = "CONFIDENTIAL-MARKER-7f3a";
    private static readonly DateOnly Today = new(2027, 9, 15);

    /// <summary>A realistic strategy: a confidential risk assessment and action plan, shared training and resources.</summary>
    private static ApprovedSteps Strategy() => ApprovedSteps.Of(
        new RiskAssessmentBuilder()
            .WithFactor("RF9", RiskRating.Severe, Trend.Worsening, "Hate speech against a minority.", "9.3")
            .WithFactor("RF1", RiskRating.High, Trend.Stable)
            .WithFactor("RF13", RiskRating.NotApplicable, trend: null, evidence: "No armed conflict.")
            .WithRestraint("R6", Capacity.Weak)
            .WithRestraint("R3", Capacity.Strong)
            .SharedAs(Sharing.Confidential)
            .Build(),
        new ActionPrioritisationContent(
            [
                new PrioritisedAction($"Monitor hate speech online {Marker}", ActionScope.Domestic, "R6", ["RF9"], "Media regulator", new DateOnly(2027, 3, 1), new DateOnly(2027, 12, 31), 1),
                new PrioritisedAction("Mediation | dialogue councils", ActionScope.Domestic, "R5", ["RF1"], "Interior ministry", new DateOnly(2027, 4, 1), new DateOnly(2028, 3, 31), 2),
            ],
            Sharing.Confidential),
        new OfficialTrainingContent(
            [
                new TrainingProgramme(TrainingAudience.Judiciary, [TrainingTopic.FrameworkOfAnalysis], 120, [new TrainingSession(new DateOnly(2027, 5, 10), 40), new TrainingSession(new DateOnly(2027, 6, 10), 35)]),
                new TrainingProgramme(TrainingAudience.SecuritySector, [TrainingTopic.InternationalHumanitarianLaw], 200, [new TrainingSession(new DateOnly(2027, 5, 20), 150)]),
                new TrainingProgramme(TrainingAudience.Judiciary, [TrainingTopic.HumanRights], 30, []),
            ],
            Sharing.Network),
        new ResourceMobilisationContent(
            [
                new Resource(ResourceSource.NationalBudget, "Budget line", 250_000m, "USD", ResourceStatus.Committed, [1]),
                new Resource(ResourceSource.NationalBudget, "Second line", 100_000m, "USD", ResourceStatus.Planned, [2]),
                new Resource(ResourceSource.RegionalOrganisation, "Grant", 50_000m, "EUR", ResourceStatus.Disbursed, [1]),
            ],
            new PoliticalSupport(true, [new LegislativeEngagement(LegislativeKind.Hearing, new DateOnly(2027, 4, 2), "Hearing of the human rights committee")]),
            [new Partner(PartnerKind.Media, "Public broadcaster"), new Partner(PartnerKind.CivilSociety, "Prevention coalition")],
            Sharing.Public));

    private static CountrySummary Summary(SummaryAudience audience, ApprovedSteps? strategy = null) =>
        SummaryBuilder.Build("CIV", "Côte d'Ivoire", "2027", "National strategies 2027", Today, audience, strategy ?? Strategy());

    public static TheoryData<SummaryAudience> Audiences() => new() { SummaryAudience.Internal, SummaryAudience.PeerReviewers };

    [Theory]
    [MemberData(nameof(Audiences))]
    public void Every_heading_is_present_in_both_renderings(SummaryAudience audience)
    {
        CountrySummary summary = Summary(audience);
        string html = SummaryHtml.Render(summary, Readers.English);
        string markdown = SummaryMarkdown.Render(summary, Readers.English);

        foreach (string heading in new[] { "Coverage of the four elements", "Risk factors and restraints", "Prioritised actions by restraint", "Training reach", "Resources and political support", "Civil society and media" })
        {
            Assert.Contains($"<h2>{heading}</h2>", html, StringComparison.Ordinal);
            Assert.Contains($"## {heading}", markdown, StringComparison.Ordinal);
        }

        Assert.Contains("<h1>Côte d&#x27;Ivoire — national strategy, National strategies 2027</h1>", html, StringComparison.Ordinal);
        Assert.StartsWith("# Côte d'Ivoire — national strategy, National strategies 2027", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Totals_are_right()
    {
        CountrySummary summary = Summary(SummaryAudience.PeerReviewers);

        Assert.Equal(350, summary.Training!.Planned);
        Assert.Equal(225, summary.Training.Trained);
        Assert.Equal([(TrainingAudience.SecuritySector, 200, 150), (TrainingAudience.Judiciary, 150, 75)],
            summary.Training.Reach.OrderByDescending(r => r.Planned).Select(r => (r.Audience, r.Planned, r.Trained)));
        CurrencyTotal usd = summary.Resources!.Totals.Single(t => t.Currency == "USD");
        Assert.Equal((100_000m, 250_000m, 0m, 350_000m), (usd.Planned, usd.Committed, usd.Disbursed, usd.Total));
        Assert.Equal(50_000m, summary.Resources.Totals.Single(t => t.Currency == "EUR").Disbursed);

        string markdown = SummaryMarkdown.Render(summary, Readers.English);
        Assert.Contains("| USD | 100,000 | 250,000 | 0 | 350,000 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **total** | **350** | **225** |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Confidential_content_never_reaches_peer_reviewers()
    {
        CountrySummary summary = Summary(SummaryAudience.PeerReviewers);
        string html = SummaryHtml.Render(summary, Readers.English);
        string markdown = SummaryMarkdown.Render(summary, Readers.English);

        Assert.DoesNotContain(Marker, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, markdown, StringComparison.Ordinal);
        Assert.Null(summary.Risk);
        Assert.Null(summary.Actions);
        Assert.DoesNotContain("RF9", markdown, StringComparison.Ordinal); // the confidential risk profile is withheld whole
        Assert.Contains("| Risk assessment | Not shared by the country with peer reviewers. |", markdown, StringComparison.Ordinal);
        Assert.Contains("Civil society consulted in the risk assessment: not stated", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Coordinators_see_confidential_content_clearly_marked()
    {
        string html = SummaryHtml.Render(Summary(SummaryAudience.Internal), Readers.English);
        string markdown = SummaryMarkdown.Render(Summary(SummaryAudience.Internal), Readers.English);

        Assert.Contains(Marker, html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "class=\"confidential\"")); // risk assessment and actions
        Assert.Equal(2, Regex.Count(markdown, "> \\*\\*Confidential — for the country and the coordinators only\\*\\*"));
    }

    [Fact]
    public void Charts_are_inline_svg()
    {
        string html = SummaryHtml.Render(Summary(SummaryAudience.Internal), Readers.English);

        Assert.Matches("<svg [^>]*class=\"chart risk-profile\"", html);
        Assert.Matches("<svg [^>]*class=\"chart training-reach\"", html);
        Assert.Equal(14, Regex.Count(RiskChart(html), "<rect "));
        Assert.Contains("<title>RF9: severe</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_html_carry_the_same_facts()
    {
        CountrySummary summary = Summary(SummaryAudience.Internal);
        string html = System.Net.WebUtility.HtmlDecode(SummaryHtml.Render(summary, Readers.English));
        string markdown = SummaryMarkdown.Render(summary, Readers.English).Replace("\\|", "|", StringComparison.Ordinal);

        string[] facts =
        [
            .. summary.Risk!.HighOrSevere.Select(f => $"{f.Id} {f.Title}"),
            .. summary.Risk.Restraints.Select(r => $"{r.Id} {r.Title}"),
            .. summary.Actions!.ByRestraint.SelectMany(g => g.Actions).Select(a => a.Title),
            .. summary.Resources!.Totals.Select(t => SummaryText_Amount(t.Total)),
            "Hearing of the human rights committee", "Public broadcaster", "Prevention coalition", "15 September 2027",
        ];
        Assert.All(facts, fact =>
        {
            Assert.Contains(fact, html, StringComparison.Ordinal);
            Assert.Contains(fact, markdown, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_same_approved_content_gives_byte_identical_summaries()
    {
        Assert.Equal(SummaryHtml.Render(Summary(SummaryAudience.Internal), Readers.English), SummaryHtml.Render(Summary(SummaryAudience.Internal, Strategy()), Readers.English));
        Assert.Equal(SummaryMarkdown.Render(Summary(SummaryAudience.PeerReviewers), Readers.English), SummaryMarkdown.Render(Summary(SummaryAudience.PeerReviewers, Strategy()), Readers.English));

        // Input order does not matter: resources and partners listed the other way round give the same text.
        ResourceMobilisationContent resources = Strategy().Get<ResourceMobilisationContent>()!;
        ApprovedSteps reversed = Strategy().With(resources with
        {
            Resources = resources.Resources!.Reverse().ToArray(),
            Partners = resources.Partners!.Reverse().ToArray(),
        });
        Assert.Equal(SummaryMarkdown.Render(Summary(SummaryAudience.Internal), Readers.English), SummaryMarkdown.Render(Summary(SummaryAudience.Internal, reversed), Readers.English));
    }

    [Fact]
    public void Steps_not_approved_are_said_so()
    {
        string markdown = SummaryMarkdown.Render(Summary(SummaryAudience.Internal, ApprovedSteps.None), Readers.English);
        Assert.Equal(8, Regex.Count(markdown, "Not approved yet\\.")); // in the coverage table and in each of the four sections
    }

    private static string RiskChart(string html) => html[html.IndexOf("class=\"chart risk-profile\"", StringComparison.Ordinal)..html.IndexOf("</svg>", StringComparison.Ordinal)];

    private static string SummaryText_Amount(decimal amount) => amount.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_comparative_summary_shows_what_a_shared_country_plans_not_only_counts()
    {
        ApprovedSteps shared = Strategy()
            .With(Strategy().Get<RiskAssessmentContent>()! with { Sharing = Sharing.Network })
            .With(Strategy().Get<ActionPrioritisationContent>()! with { Sharing = Sharing.Network });
        CountrySummary summary = Summary(SummaryAudience.PeerReviewers, shared);
        var session = new Domain.PeerReviews.PeerReviewSession("s1", "Session", Today, "2027", ["CIV"], null, ["r@peer.example"], DateTime.UtcNow);

        Dictionary<string, string> row = ComparativeSummary.Rows([summary], new FollowUps([], []), Readers.English)
            .ToDictionary(r => r.Heading, r => r.Cells[0]);

        Assert.Contains("RF9 (severe)", row["Risk factors rated high or severe"], StringComparison.Ordinal);
        Assert.Contains("R6 ", row["Weak or absent restraints"], StringComparison.Ordinal);
        Assert.Contains("(weak)", row["Weak or absent restraints"], StringComparison.Ordinal);
        Assert.Contains("R6: 1. \u2068Monitor hate speech online ", row["Prioritised actions by restraint"], StringComparison.Ordinal);
        Assert.Contains("R5: 2. \u2068Mediation | dialogue councils\u2069", row["Prioritised actions by restraint"], StringComparison.Ordinal);
        Assert.Contains("judiciary 75 / 150", row["Officials trained / planned"], StringComparison.Ordinal);
        Assert.Contains("total 225 / 350", row["Officials trained / planned"], StringComparison.Ordinal);
        Assert.Contains("USD 350,000 (committed 250,000, disbursed 0)", row["Resources, total per currency"], StringComparison.Ordinal);
        Assert.Contains("hearing 2 April 2027: \u2068Hearing of the human rights committee\u2069", row["Legislative engagements"], StringComparison.Ordinal);
        Assert.Contains("Hearing of the human rights committee", ComparativeSummary.Html(session, [summary], new FollowUps([], []), Today, SummaryAudience.PeerReviewers, Readers.English), StringComparison.Ordinal);
    }
}
