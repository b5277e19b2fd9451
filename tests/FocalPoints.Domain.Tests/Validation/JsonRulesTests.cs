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

    [Theory]
    [InlineData("""{"programmes":[],"sharing":"confidential","Sharing":"public"}""", "$.Sharing")]
    [InlineData("""{"programmes":[],"SHARING":"public"}""", "$.SHARING")]
    [InlineData("""{"Programmes":[]}""", "$.Programmes")]
    public void Field_names_match_exactly_so_another_case_is_an_unknown_field(string json, string path)
    {
        JsonException e = Assert.Throws<JsonException>(() => StepContentJson.Parse(StrategyStep.OfficialTraining, json));
        Assert.Equal(path, e.Path);
    }

    [Theory]
    [InlineData("""{"programmes":[],"sharing":"confidential","sharing":"public"}""", "$.sharing")]
    [InlineData("""{"programmes":[{"audience":"judiciary","audience":"media"}]}""", "$.programmes[0].audience")]
    public void A_field_given_twice_is_refused_at_its_path(string json, string path)
    {
        JsonException e = Assert.Throws<JsonException>(() => StepContentJson.Parse(StrategyStep.OfficialTraining, json));
        Assert.Equal(path, e.Path);
    }
}
