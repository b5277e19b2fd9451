using System.Globalization;
using FocalPoints.Domain;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Api.Summaries;

/// <summary>The words and numbers both renderings share, so Markdown and HTML say the same.</summary>
internal static class SummaryText
{
    public const string ConfidentialMark = "Confidential — for the country and the coordinators only";
    public const string NotShared = "Not shared by the country with peer reviewers.";
    public const string NotApproved = "Not approved yet.";

    public static string Title(CountrySummary s) => $"{s.CountryName} — national strategy, {s.CycleTitle}";

    public static string Subtitle(CountrySummary s) =>
        string.Create(CultureInfo.InvariantCulture, $"Cycle {s.CycleId}. Generated on {s.GeneratedOn:yyyy-MM-dd} from approved submissions. Summaries are non-attributive.");

    public static string Audience(CountrySummary s) => s.Audience == SummaryAudience.PeerReviewers
        ? "Peer-review edition: only what the country shares with the network."
        : "Coordinators' and country edition: includes confidential content, marked as such.";

    public static string Words(Enum value) => string.Join(' ', SplitWords(value.ToString())).ToLowerInvariant();

    public static string Amount(decimal amount) => amount.ToString("#,##0.##", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Coverage(StepCoverage c) =>
        !c.Approved ? NotApproved
        : !c.Shown ? NotShared
        : $"Approved; shared: {JsonNaming.CamelCase(c.Sharing!.Value.ToString())}.";

    public static string Trend(Trend? trend) => trend is Domain.Strategies.Content.Trend t ? Words(t) : "—";

    public static string YesNo(bool? value) => value switch { true => "yes", false => "no", null => "not stated" };

    public static int Level(RiskRating rating) => rating switch
    {
        RiskRating.Low => 1,
        RiskRating.Moderate => 2,
        RiskRating.High => 3,
        RiskRating.Severe => 4,
        _ => 0,
    };

    public static string StepTitle(StrategyStep step) => step.Title();

    private static IEnumerable<string> SplitWords(string pascal)
    {
        int start = 0;
        for (int i = 1; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]))
            {
                yield return pascal[start..i];
                start = i;
            }
        }

        yield return pascal[start..];
    }
}
