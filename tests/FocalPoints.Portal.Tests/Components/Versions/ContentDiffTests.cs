using System.Text.Json;
using Bunit;
using FocalPoints.Domain.Strategies;
using FocalPoints.Portal.Components.Versions;

namespace FocalPoints.Portal.Tests.Components.Versions;

public sealed class ContentDiffTests : PortalTestContext
{
    [Fact]
    public void A_changed_evidence_is_found_at_its_path()
    {
        JsonElement before = Json("""{"riskFactors":[{"id":"RF1","rating":"low","evidence":"Old."},{"id":"RF2","rating":"high","indicators":["2.1"],"evidence":"Same."}]}""");
        JsonElement after = Json("""{"riskFactors":[{"id":"RF1","rating":"low","evidence":"Old."},{"id":"RF2","rating":"high","indicators":["2.1"],"evidence":"New."}]}""");

        IReadOnlyList<ContentChange> changes = ContentDiff.Compare(before, after);

        ContentChange change = Assert.Single(changes);
        Assert.Equal(new ContentChange("$.riskFactors[1].evidence", ChangeKind.Changed, "Same.", "New."), change);
    }

    [Fact]
    public void An_added_action_is_found_field_by_field_and_a_removed_value_too()
    {
        JsonElement before = Json("""{"actions":[{"title":"A","priority":1,"riskFactors":["RF2"]}],"sharing":"network"}""");
        JsonElement after = Json("""{"actions":[{"title":"A","priority":1,"riskFactors":[]},{"title":"B","priority":2,"riskFactors":["RF9","RF10"]}],"sharing":"network"}""");

        IReadOnlyList<ContentChange> changes = ContentDiff.Compare(before, after);

        Assert.Equal(
            [
                new ContentChange("$.actions[0].riskFactors", ChangeKind.Removed, "RF2", null),
                new ContentChange("$.actions[1].priority", ChangeKind.Added, null, "2"),
                new ContentChange("$.actions[1].riskFactors", ChangeKind.Added, null, "RF9, RF10"),
                new ContentChange("$.actions[1].title", ChangeKind.Added, null, "B"),
            ],
            changes);
    }

    [Fact]
    public void ContentChanges_names_fields_and_values_for_people()
    {
        JsonElement before = Json("""{"riskFactors":[{"id":"RF1","rating":"low"},{"id":"RF9","rating":"moderate"}]}""");
        JsonElement after = Json("""{"riskFactors":[{"id":"RF1","rating":"low"},{"id":"RF9","rating":"severe"}]}""");

        IRenderedComponent<ContentChanges> cut = Render<ContentChanges>(p => p.Add(c => c.Step, StrategyStep.RiskAssessment).Add(c => c.Before, before).Add(c => c.After, after));

        AngleSharp.Dom.IElement row = Assert.Single(cut.FindAll("tbody tr"));
        Assert.Equal(["RF9 · Rating", "Changed", "Moderate", "Severe"], row.Children.Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void The_first_version_against_nothing_is_all_added()
    {
        IReadOnlyList<ContentChange> changes = ContentDiff.Compare(null, Json("""{"programmes":[{"audience":"media","plannedParticipants":20}]}"""));

        Assert.All(changes, c => Assert.Equal(ChangeKind.Added, c.Kind));
        Assert.Equal(2, changes.Count);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
