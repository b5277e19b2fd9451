using System.Globalization;
using System.Resources;
using FocalPoints.Api.Summaries;
using FocalPoints.Domain.Insights;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Api.Insights;

/// <summary>
/// The insights' words in the reader's language: their own (<c>Insights/Words/InsightWords*.resx</c>), and the
/// summaries' for what both say (steps, factors, restraints, audiences, sources, statuses, trends).
/// </summary>
internal sealed class InsightText(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new("FocalPoints.Api.Insights.Words.InsightWords", typeof(InsightText).Assembly);

    public SummaryText Summary { get; } = new(culture);

    public string this[string key] =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"The insights' vocabulary has no word '{key}'.");

    public string Format(string key, params object?[] arguments) => string.Format(culture, this[key], arguments);

    public string Group(RegionalGroup group) => this[$"RegionalGroup.{group}"];

    /// <summary>A figure in words: the count, or "fewer than 5 countries" when withheld.</summary>
    public string Figure(int? countries, int minimum) => countries is int n ? Summary.Count(n) : Format("Withheld", minimum);

    /// <summary>What a row counts, in words: "RF9 Intergroup tensions…", "Judiciary", "Any legislative engagement".</summary>
    public string Subject(InsightTopic topic, string subject) => topic switch
    {
        InsightTopic.RiskFactors or InsightTopic.RiskTrends => Summary.Factor(subject),
        InsightTopic.Restraints => Summary.Restraint(subject),
        InsightTopic.TrainingAudiences => Summary.Words(Parse<TrainingAudience>(subject)),
        InsightTopic.ResourceSources => Summary.Words(Parse<ResourceSource>(subject)),
        InsightTopic.ResourceStatuses => Summary.Words(Parse<ResourceStatus>(subject)),
        InsightTopic.LegislativeEngagement when subject != "any" => Summary.Words(Parse<LegislativeKind>(subject)),
        _ => this[$"Subject.{subject}"],
    };

    /// <summary>A row's category in words: "high or severe", "worsening", "countries".</summary>
    public string Category(string category) => category switch
    {
        "improving" => Summary.Words(Trend.Improving),
        "stable" => Summary.Words(Trend.Stable),
        "worsening" => Summary.Words(Trend.Worsening),
        _ => this[$"Category.{category}"],
    };

    public string Step(string jsonName) => Summary.StepTitle(StrategySteps.InOrder.First(s => s.ToJsonName() == jsonName));

    private static TEnum Parse<TEnum>(string camelCase)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(camelCase, ignoreCase: true);
}
