using FocalPoints.Domain.Insights;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Testing.Builders;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FocalPoints.Domain.Tests.Insights;

public sealed class InsightsBuilderTests
{
    private static readonly DateOnly Today = new(2027, 6, 1);

    private static readonly Sharing[] Levels = [Sharing.Confidential, Sharing.Network, Sharing.Public];

    // Any network: a subset of the 193 states, each sharing its risk assessment at some level, rating RF9 at random.
    private static readonly Gen<CountryContent[]> Networks =
        from picks in Gen.Choose(0, 30).ArrayOf(UnMemberStates.All.Count)
        select UnMemberStates.All
            .Select((state, i) => (state, pick: picks[i]))
            .Where(x => x.pick < 18)
            .Select(x => Country(x.state.Iso3, Levels[x.pick % 3], (RiskRating)(x.pick % 4), (Trend)(x.pick % 3)))
            .ToArray();

    [Fact]
    public void ConfidentialStep_IsNeverCounted()
    {
        // Five African countries share RF10 as severe; a sixth rates it severe in a confidential step (the canary).
        CountryContent[] countries =
        [
            .. new[] { "GHA", "KEN", "NGA", "SEN", "ZAF" }.Select(c => Country(c, Sharing.Network, RiskRating.Severe, Trend.Worsening)),
            Country("TZA", Sharing.Confidential, RiskRating.Severe, Trend.Worsening),
            .. new[] { "BEN", "CMR", "ETH", "MLI", "RWA" }.Select(c => Country(c, Sharing.Public, RiskRating.Low, Trend.Stable)),
        ];

        NetworkInsights insights = InsightsBuilder.Build("2027", "Cycle 2027", Today, countries);

        InsightRow rf10 = Table(insights, InsightTopic.RiskFactors).Rows.Single(r => r.Subject == "RF10");
        Assert.Equal(5, rf10.Network);
        InsightRow sharing = insights.Sharing.Single(r => r.Subject == "riskAssessment");
        Assert.Equal(10, sharing.Network);
    }

    [Fact]
    public void ConfidentialStep_WithFourSharing_LeavesTheFigureWithheld()
    {
        // Four share it: with the confidential fifth the figure would reach five; it must not.
        CountryContent[] countries =
        [
            .. new[] { "GHA", "KEN", "NGA", "SEN" }.Select(c => Country(c, Sharing.Network, RiskRating.High, Trend.Stable)),
            Country("TZA", Sharing.Confidential, RiskRating.High, Trend.Stable),
        ];

        NetworkInsights insights = InsightsBuilder.Build("2027", "Cycle 2027", Today, countries);

        Assert.Null(Table(insights, InsightTopic.RiskFactors).Rows.Single(r => r.Subject == "RF9").Network);
        Assert.All(insights.Sharing, r => Assert.Null(r.Network));
    }

    [Fact]
    public void BriefForm_HasTheNetworksFiguresOnly()
    {
        NetworkInsights insights = InsightsBuilder.Build("2027", "Cycle 2027", Today, []).Brief();

        Assert.Equal(InsightsForm.Brief, insights.Form);
        Assert.Empty(insights.Groups);
        Assert.All(insights.Tables.SelectMany(t => t.Rows).Concat(insights.Sharing), r => Assert.Empty(r.Groups));
    }

    [Property(MaxTest = 300)]
    public Property AnyNetwork_PublishesNoFigureUnderFive_AndNoRowLeavesOneGroupToSubtraction() => Prop.ForAll(Networks.ToArbitrary(), countries =>
    {
        NetworkInsights insights = InsightsBuilder.Build("2027", "Cycle 2027", Today, countries);
        InsightRow[] rows = [.. insights.Sharing, .. insights.Tables.SelectMany(t => t.Rows)];
        bool atLeastFive = rows.SelectMany(r => r.Groups.Append(r.Network)).All(f => f is null or >= DisclosureRule.MinimumCountries);
        bool noLoneGroup = rows.All(r => r.Network is null || r.Groups.Count(g => g is null) != 1);
        return (atLeastFive && noLoneGroup).Label($"{countries.Length} countries");
    });

    [Property(MaxTest = 300)]
    public Property AnyNetwork_CountsOnlySharedSteps() => Prop.ForAll(Networks.ToArbitrary(), countries =>
    {
        NetworkInsights insights = InsightsBuilder.Build("2027", "Cycle 2027", Today, countries);
        int shared = countries.Count(c => c.Approved[StrategyStep.RiskAssessment]!.EffectiveSharing != Sharing.Confidential);
        int? counted = insights.Sharing.Single(r => r.Subject == "riskAssessment").Network;
        return counted is null ? shared < DisclosureRule.MinimumCountries : counted == shared;
    });

    private static InsightTable Table(NetworkInsights insights, InsightTopic topic) => insights.Tables.Single(t => t.Topic == topic);

    private static CountryContent Country(string iso3, Sharing sharing, RiskRating rating, Trend trend) =>
        new(iso3, ApprovedSteps.Of(new RiskAssessmentBuilder()
            .WithFactor("RF9", rating, trend)
            .WithFactor("RF10", rating, trend)
            .SharedAs(sharing)
            .Build()));
}
