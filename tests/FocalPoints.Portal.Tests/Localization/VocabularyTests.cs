using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Portal.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Portal.Tests.Localization;

public sealed class VocabularyTests
{
    public static TheoryData<string> Languages => new() { "en", "fr", "es" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_framework_id_and_enum_value_has_a_name_in_each_language(string language)
    {
        using var context = new VocabularyContext(language);
        Vocabulary words = context.Services.GetRequiredService<Vocabulary>();
        var missing = new List<string>();
        foreach (string id in RiskFactors.All.Select(f => f.Id).Concat(Restraints.All.Select(r => r.Id)))
        {
            if (words.Framework(id) == id)
            {
                missing.Add(id);
            }
        }

        Type[] enums = [typeof(StrategyStep), typeof(StepStatus), typeof(StrategyStatus), typeof(Sharing), typeof(RiskRating), typeof(Trend), typeof(Capacity),
            typeof(ActionScope), typeof(TrainingAudience), typeof(TrainingTopic), typeof(ResourceSource), typeof(ResourceStatus), typeof(LegislativeKind), typeof(PartnerKind),
            typeof(ReviewDecision), typeof(Domain.Network.RegionalGroup)];
        foreach (Enum value in enums.SelectMany(t => Enum.GetValues(t).Cast<Enum>()))
        {
            string key = $"{value.GetType().Name}.{value}";
            if (words[value] == key)
            {
                missing.Add(key);
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void A_risk_factor_reads_in_French_in_a_French_session()
    {
        using var context = new VocabularyContext("fr");
        Vocabulary words = context.Services.GetRequiredService<Vocabulary>();
        Assert.Equal("RF3 — Faiblesse des structures de l'État", words.FrameworkWithId("RF3"));
        Assert.Equal("Élevé", words[RiskRating.High]);
    }

    private sealed class VocabularyContext(string culture) : PortalTestContext(culture);
}
