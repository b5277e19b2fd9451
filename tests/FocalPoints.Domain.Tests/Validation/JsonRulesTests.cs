using System.Text.Json;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Tests.Validation;

public class JsonRulesTests
{
    [Fact]
    public void Enum_as_number_is_refused() =>
        Assert.Throws<JsonException>(() => StepContentJson.Parse(StrategyStep.OfficialTraining, """{"programmes":[{"audience":1}]}"""));

    [Fact]
    public void Unknown_enum_value_is_refused() =>
        Assert.Throws<JsonException>(() => StepContentJson.Parse(StrategyStep.OfficialTraining, """{"programmes":[{"audience":"army"}]}"""));

    [Fact]
    public void Unknown_field_is_refused() =>
        Assert.Throws<JsonException>(() => StepContentJson.Parse(StrategyStep.OfficialTraining, """{"programmes":[],"budget":5}"""));

    [Fact]
    public void Content_round_trips_in_camel_case()
    {
        StepContent content = StepContentJson.Parse(StrategyStep.ResourceMobilisation,
            """{"resources":[{"source":"nationalBudget","description":"d","amount":250000,"currency":"USD","status":"planned","linkedActionPriorities":[1]}],"sharing":"network"}""");
        string json = StepContentJson.Serialize(content);
        Assert.Contains("\"source\":\"nationalBudget\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("effectiveSharing", json, StringComparison.Ordinal);
        Assert.Equal(Sharing.Network, content.EffectiveSharing);
    }

    [Fact]
    public void Sharing_defaults_to_confidential() =>
        Assert.Equal(Sharing.Confidential, StepContentJson.Parse(StrategyStep.OfficialTraining, """{"programmes":[]}""").EffectiveSharing);
}
