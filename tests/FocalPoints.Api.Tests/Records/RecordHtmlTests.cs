using System.Globalization;
using System.Text.Json;
using FocalPoints.Api.Records;
using FocalPoints.Domain;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Records;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Api.Tests.Records;

/// <summary>
/// The printable record in every UN language: each of its words is written in each language, it renders every
/// step kind's whole content, every version and review, the peer reviews and the good practice, and what people
/// wrote is shown as written (markup escaped).
/// </summary>
public sealed class RecordHtmlTests
{
    private const string Canary = "Kwazimodo «مراقبة» 监测 & <b>";
    private static readonly DateTime At = new(2027, 9, 15, 10, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Languages => [.. FrameworkTerms.Languages];

    private static IReadOnlyCollection<string> Keys => [.. RecordText.WrittenIn(CultureInfo.InvariantCulture).Keys];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_record_word_is_written_in_each_UN_language(string language)
    {
        IReadOnlyDictionary<string, string> written = RecordText.WrittenIn(language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language));

        Assert.Equal([], Keys.Where(k => !written.TryGetValue(k, out string? word) || string.IsNullOrWhiteSpace(word)).Order(StringComparer.Ordinal));
        Assert.Equal([], written.Keys.Where(k => !Keys.Contains(k)));
    }

    [Fact]
    public void Every_enum_value_the_record_shows_in_its_own_words_has_a_word()
    {
        Type[] shown = [typeof(StrategyStatus), typeof(StepStatus), typeof(ReviewDecision), typeof(TrainingTopic), typeof(GoodPracticeItemKind)];

        string[] keys = shown.SelectMany(t => Enum.GetValues(t).Cast<Enum>()).Select(v => $"{v.GetType().Name}.{v}").ToArray();

        Assert.Equal([], keys.Except(Keys));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_record_shows_every_step_version_review_recommendation_and_response_with_peoples_text_as_written(string language)
    {
        var reader = CultureInfo.GetCultureInfo(language);

        string html = RecordHtml.Render(Record(), reader);

        Assert.Contains($"<html lang=\"{language}\" dir=\"{(language == "ar" ? "rtl" : "ltr")}\"", html, StringComparison.Ordinal);
        foreach (string written in new[] { "risk evidence", "resilience notes", "action", "lead", "resource", "hearing", "partner", "comments", "recommendation", "progress note", "response", "worked" })
        {
            Assert.Contains(Escaped($"{Canary} {written}"), html, StringComparison.Ordinal);
        }

        // Each typed text keeps its own direction whatever the document's (the response is a block of its own).
        foreach (string written in new[] { "risk evidence", "resilience notes", "action", "lead", "resource", "hearing", "partner", "comments", "recommendation", "progress note", "worked" })
        {
            Assert.Contains(Escaped($"\u2068{Canary} {written}\u2069"), html, StringComparison.Ordinal);
        }

        Assert.Contains($"<blockquote dir=\"auto\">{Escaped($"{Canary} response")}</blockquote>", html, StringComparison.Ordinal);

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        string declared = new FocalPoints.Api.Summaries.SummaryText(reader).Words(RecommendationProgress.InProgress);
        Assert.Contains(Escaped($"{declared} ("), html, StringComparison.Ordinal);
        if (language != "en")
        {
            // No English sentence of the record's own is left in another language.
            string[] english = [.. RecordText.WrittenIn(CultureInfo.InvariantCulture).Values.Where(v => v.Length > 12 && !v.Contains('{', StringComparison.Ordinal))];
            Assert.Equal([], english.Where(e => html.Contains(Escaped(e), StringComparison.Ordinal)));
        }
    }

    private static string Escaped(string text) => FocalPoints.Api.Summaries.SummaryEscaping.Html(text);

    private static CountryRecord Record()
    {
        StepContent[] contents =
        [
            new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe, Trend.Worsening, $"{Canary} risk evidence", "9.3").WithRestraint("R6", Capacity.Weak, $"{Canary} resilience notes").SharedAs(Sharing.Confidential).Build(),
            new ActionPrioritisationContent([new PrioritisedAction($"{Canary} action", ActionScope.International, "R6", ["RF9"], $"{Canary} lead", new DateOnly(2027, 3, 1), new DateOnly(2027, 12, 31), 1)], Sharing.Network),
            new OfficialTrainingContent([new TrainingProgramme(TrainingAudience.Judiciary, [.. Enum.GetValues<TrainingTopic>()], 1200, [new TrainingSession(new DateOnly(2027, 5, 10), 400)])], Sharing.Network),
            new ResourceMobilisationContent(
                [new Resource(ResourceSource.NationalBudget, $"{Canary} resource", 250_000m, "USD", ResourceStatus.Committed, [1])],
                new PoliticalSupport(true, [new LegislativeEngagement(LegislativeKind.Hearing, new DateOnly(2027, 4, 2), $"{Canary} hearing")]),
                [new Partner(PartnerKind.Academia, $"{Canary} partner")],
                Sharing.Public),
        ];
        RecordStep[] steps = contents.Select(c => new RecordStep(
            Domain.Strategies.Kinds.StepKinds.Of(c).Step,
            StepStatus.Approved,
            At,
            At.AddDays(30),
            [
                Version(c, 1, StepStatus.Returned, new StoredReview(Domain.Strategies.Kinds.StepKinds.Of(c).Step, 1, ReviewDecision.Return, $"{Canary} comments", "coordinator", At)),
                Version(c, 2, StepStatus.Approved, new StoredReview(Domain.Strategies.Kinds.StepKinds.Of(c).Step, 2, ReviewDecision.Approve, null, "coordinator", At)),
            ],
            null)).ToArray();
        var session = new PeerReviewSessionView("s1", "Session", new DateOnly(2027, 10, 1), "2027", ["CIV"], null, [], 1, At);
        return new CountryRecord(
            CountryRecord.CurrentSchema, "CIV", "Côte d'Ivoire", RegionalGroup.AfricanStates, At,
            [new RecordCycle("2027", "Cycle 2027", At, StrategyStatus.Completed, steps, [])],
            [new RecordPeerReview(
                session,
                [new Recommendation("s1", "2027", "CIV", 1, $"{Canary} recommendation", RecommendationStatus.Accepted, new DateOnly(2028, 3, 1), new ProgressDeclaration(RecommendationProgress.InProgress, At, $"{Canary} progress note"))],
                new CountryResponseView("s1", "2027", "CIV", $"{Canary} response", null, At))],
            [.. Enum.GetValues<GoodPracticeItemKind>().Select(kind => new GoodPracticeEntry(
                $"gp-{kind}", "2027", "CIV", "Côte d'Ivoire", RegionalGroup.AfricanStates, StrategyStep.ActionPrioritisation, 2,
                new GoodPracticeItem(kind, "k", "Item", null, [], ["R6"], ["RF9"]), $"{Canary} worked", null, Language.Fr, "fp@civ.example", At))]);
    }

    private static RecordVersion Version(StepContent content, int number, StepStatus status, StoredReview review) =>
        new(number, content.EffectiveSharing, status, "fp@civ.example", At, JsonSerializer.SerializeToElement(content, content.GetType(), DomainJson.Options), review);
}
