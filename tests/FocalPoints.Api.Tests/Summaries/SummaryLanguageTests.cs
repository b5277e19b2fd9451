using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FocalPoints.Api.Summaries;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;
using FocalPoints.Testing.Builders;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Tests.Summaries;

/// <summary>
/// Summaries in the reader's language: every word the product writes (headings, labels, statuses, the
/// Framework's names, dates) is in that language, and what people wrote is exactly as they wrote it.
/// </summary>
public sealed partial class SummaryLanguageTests
{
    // People's text: a canary in three scripts with markup characters, different in every field.
    private const string Canary = "Kwazimodo «مراقبة الخطاب» 监测仇恨 & <b>";
    private static readonly DateOnly Today = new(2027, 9, 15);

    public static TheoryData<string> OtherLanguages => [.. FrameworkTerms.Languages.Where(l => l != "en")];

    public static TheoryData<string> Languages => [.. FrameworkTerms.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_summary_word_is_written_in_each_UN_language(string language)
    {
        IReadOnlyDictionary<string, string> written = SummaryText.WrittenIn(language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language));

        string[] missing = SummaryText.Keys.Where(k => !written.TryGetValue(k, out string? word) || string.IsNullOrWhiteSpace(word)).Order(StringComparer.Ordinal).ToArray();
        string[] unknown = written.Keys.Where(k => !SummaryText.Keys.Contains(k)).ToArray();

        Assert.Equal([], missing);
        Assert.Equal([], unknown);
    }

    [Fact]
    public void Every_enum_value_a_summary_shows_has_a_word()
    {
        Type[] shown = [typeof(StrategyStep), typeof(Sharing), typeof(RiskRating), typeof(Trend), typeof(Capacity), typeof(ActionScope), typeof(TrainingAudience),
            typeof(ResourceSource), typeof(ResourceStatus), typeof(LegislativeKind), typeof(PartnerKind), typeof(RecommendationStatus)];

        string[] keys = shown.SelectMany(t => Enum.GetValues(t).Cast<Enum>()).Select(v => $"{v.GetType().Name}.{v}").ToArray();

        Assert.Equal([], keys.Except(SummaryText.Keys));
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void No_English_product_word_is_left_in_a_summary_in_another_language(string language)
    {
        var reader = CultureInfo.GetCultureInfo(language);
        foreach ((string name, Func<CultureInfo, string> render, _) in Renderings())
        {
            HashSet<string> english = ProductWords(render(Readers.English));
            HashSet<string> own = WordsOf(OwnVocabulary(reader));
            string rendered = Text(render(reader));

            string[] left = WordsOf(rendered).Where(w => english.Contains(w) && !own.Contains(w)).Order(StringComparer.Ordinal).ToArray();

            Assert.True(left.Length == 0, $"{name} in {language} still says: {string.Join(", ", left)}");
            Assert.NotEqual(Text(render(Readers.English)), rendered);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void What_people_wrote_is_unchanged_in_every_language(string language)
    {
        var reader = CultureInfo.GetCultureInfo(language);
        foreach ((string name, Func<CultureInfo, string> render, string[] written) in Renderings())
        {
            string text = Text(render(reader));
            foreach (string field in written)
            {
                Assert.True(text.Contains(field, StringComparison.Ordinal), $"{name} in {language} lost \"{field}\"");
            }
        }
    }

    [Theory]
    [InlineData("ar", "كوت ديفوار")]
    [InlineData("zh", "科特迪瓦")]
    [InlineData("en", "Côte d'Ivoire")]
    [InlineData("ru", "Кот-д’Ивуар")]
    public void The_country_is_named_in_the_readers_language(string language, string name)
    {
        var reader = CultureInfo.GetCultureInfo(language);
        foreach ((string rendering, Func<CultureInfo, string> render, _) in Renderings())
        {
            Assert.True(Text(render(reader)).Contains(name, StringComparison.Ordinal), $"{rendering} in {language} does not name the country \"{name}\"");
        }
    }

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("zh", "ltr")]
    [InlineData("en", "ltr")]
    [InlineData("fr", "ltr")]
    [InlineData("ru", "ltr")]
    [InlineData("es", "ltr")]
    public void Html_says_its_language_and_direction(string language, string direction)
    {
        var reader = CultureInfo.GetCultureInfo(language);
        string expected = $"<html lang=\"{language}\" dir=\"{direction}\">";

        Assert.Contains(expected, SummaryHtml.Render(Country(), reader), StringComparison.Ordinal);
        Assert.Contains(expected, ComparativeSummary.Html(Session, [Country()], Outcomes, Today, SummaryAudience.Internal, reader), StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_and_amounts_are_written_the_readers_way()
    {
        string french = SummaryMarkdown.Render(Country(), CultureInfo.GetCultureInfo("fr"));
        string english = SummaryMarkdown.Render(Country(), Readers.English);

        Assert.Contains("15 septembre 2027", french, StringComparison.Ordinal);
        Assert.Contains("15 September 2027", english, StringComparison.Ordinal);
        Assert.Contains("250,000", english, StringComparison.Ordinal);
        Assert.Contains($"250{CultureInfo.GetCultureInfo("fr").NumberFormat.NumberGroupSeparator}000", french, StringComparison.Ordinal);
        Assert.Contains("RF9 Tensions intercommunautaires", french, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("fr-CA,fr;q=0.9,en;q=0.8", "fr")]
    [InlineData("de-DE, ar;q=0.5", "ar")]
    [InlineData("en;q=0.2, zh-Hans-CN", "zh")]
    [InlineData("ru", "ru")]
    [InlineData("ES-419", "es")]
    [InlineData("de, it", "en")]
    public void The_reader_is_the_first_UN_language_the_request_accepts(string? acceptLanguage, string expected)
    {
        var http = new DefaultHttpContext();
        if (acceptLanguage is not null)
        {
            http.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        Assert.Equal(expected, ReaderLanguage.Of(http.Request).Name);
    }

    private static readonly string[] PeopleText =
    [
        $"{Canary} action", $"{Canary} lead", $"{Canary} hearing", $"{Canary} partner", $"{Canary} recommendation", $"{Canary} response",
        "Côte d'Ivoire", $"{Canary} cycle", $"{Canary} session",
    ];

    private static readonly PeerReviewSession Session = new("s1", $"{Canary} session", Today, "2027", ["CIV"], null, ["r@peer.example"], DateTime.UnixEpoch);

    private static readonly FollowUps Outcomes = new(
        [new Recommendation("s1", "2027", "CIV", 1, $"{Canary} recommendation", RecommendationStatus.Accepted, new DateOnly(2028, 3, 1))],
        [new CountryResponse("s1", "2027", "CIV", $"{Canary} response", "fp@civ.example", DateTime.UnixEpoch)]);

    /// <summary>A summary with every section, confidential parts included, and people's text in every free field.</summary>
    private static CountrySummary Country(SummaryAudience audience = SummaryAudience.Internal) => SummaryBuilder.Build(
        "CIV", "Côte d'Ivoire", "2027", $"{Canary} cycle", Today, audience, ApprovedSteps.Of(
            new RiskAssessmentBuilder()
                .WithFactor("RF9", RiskRating.Severe, Trend.Worsening, "Evidence.", "9.3")
                .WithFactor("RF1", RiskRating.High, Trend.Stable)
                .WithFactor("RF13", RiskRating.NotApplicable, trend: null)
                .WithRestraint("R6", Capacity.Weak)
                .WithRestraint("R3", Capacity.Absent)
                .SharedAs(Sharing.Confidential)
                .Build(),
            new ActionPrioritisationContent(
                [new PrioritisedAction($"{Canary} action", ActionScope.International, "R6", ["RF9"], $"{Canary} lead", new DateOnly(2027, 3, 1), new DateOnly(2027, 12, 31), 1)],
                Sharing.Network),
            new OfficialTrainingContent(
                [new TrainingProgramme(TrainingAudience.Judiciary, [TrainingTopic.FrameworkOfAnalysis], 1200, [new TrainingSession(new DateOnly(2027, 5, 10), 400)])],
                Sharing.Network),
            new ResourceMobilisationContent(
                [
                    new Resource(ResourceSource.NationalBudget, "Line", 250_000m, "USD", ResourceStatus.Committed, [1]),
                    new Resource(ResourceSource.PrivateFoundation, "Grant", 1_500.5m, "EUR", ResourceStatus.Disbursed, [1]),
                ],
                new PoliticalSupport(false, [new LegislativeEngagement(LegislativeKind.Hearing, new DateOnly(2027, 4, 2), $"{Canary} hearing")]),
                [new Partner(PartnerKind.Academia, $"{Canary} partner")],
                Sharing.Public)));

    /// <summary>Each rendering, with the people's text it shows.</summary>
    private static IEnumerable<(string Name, Func<CultureInfo, string> Render, string[] Written)> Renderings()
    {
        string[] country = [$"{Canary} cycle", $"{Canary} action", $"{Canary} lead", $"{Canary} hearing", $"{Canary} partner"];
        string[] comparative = [$"{Canary} session", $"{Canary} action", $"{Canary} hearing", $"{Canary} recommendation", $"{Canary} response"];
        return
        [
            ("Country HTML", r => SummaryHtml.Render(Country(), r), country),
            ("Country Markdown", r => SummaryMarkdown.Render(Country(), r), country),
            ("Country HTML, nothing approved", r => SummaryHtml.Render(SummaryBuilder.Build("CIV", "Côte d'Ivoire", "2027", $"{Canary} cycle", Today, SummaryAudience.PeerReviewers, ApprovedSteps.None), r), country[..1]),
            ("Peer-review Markdown", r => SummaryMarkdown.Render(Country(SummaryAudience.PeerReviewers), r), country),
            ("Comparative HTML", r => ComparativeSummary.Html(Session, [Country(), Country(SummaryAudience.PeerReviewers)], Outcomes, Today, SummaryAudience.Internal, r), comparative),
            ("Comparative Markdown", r => ComparativeSummary.Markdown(Session, [Country(), Country(SummaryAudience.PeerReviewers)], Outcomes, Today, SummaryAudience.PeerReviewers, r), comparative),
        ];
    }

    /// <summary>The words of an English rendering that the product wrote: everything but people's text and currency codes.</summary>
    private static HashSet<string> ProductWords(string rendering)
    {
        HashSet<string> words = WordsOf(Text(rendering));
        words.ExceptWith(WordsOf(string.Join(' ', PeopleText.Append("USD EUR"))));
        return words;
    }

    /// <summary>Everything a language's own vocabulary says: a word found there is that language's, even if English has it too ("total", "stable").</summary>
    private static string OwnVocabulary(CultureInfo reader) => string.Join(' ', [
        .. SummaryText.WrittenIn(reader).Values,
        .. FrameworkTerms.WrittenIn(reader).Values,
        .. reader.DateTimeFormat.MonthNames.Concat(reader.DateTimeFormat.MonthGenitiveNames).Where(m => m.Length > 0),
    ]);

    /// <summary>What a reader reads: Markdown as it is, HTML without its style sheet, tags and entities.</summary>
    private static string Text(string rendering)
    {
        string withoutStyle = StyleSheet().Replace(rendering, " ");
        return WebUtility.HtmlDecode(Tag().Replace(withoutStyle, " ")).Replace("\\", string.Empty, StringComparison.Ordinal);
    }

    private static HashSet<string> WordsOf(string text) =>
        new(Word().Matches(text).Select(m => m.Value.ToLowerInvariant()), StringComparer.Ordinal);

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleSheet();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
