using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Domain.Tests.Validation;

/// <summary>Every list of step content has a cap (<see cref="ContentLimits"/>), for drafts as for submissions.</summary>
public class StepContentCapsTests
{
    private static T[] Many<T>(int count, T item) => Enumerable.Repeat(item, count).ToArray();

    private static readonly PrioritisedAction EmptyAction = new(null, null, null, null, null, null, null, null);
    private static readonly TrainingProgramme EmptyProgramme = new(null, null, null, null);
    private static readonly Resource EmptyResource = new(null, null, null, null, null, null);

    /// <summary>Each list of step content: its name here, its cap and its JSON path.</summary>
    public static TheoryData<string, int, string> Lists() => new()
    {
        { "riskFactors", ContentLimits.RiskFactors, "$.riskFactors" },
        { "resilience", ContentLimits.Resilience, "$.resilience" },
        { "indicators", ContentLimits.IndicatorsPerFactor, "$.riskFactors[0].indicators" },
        { "actions", ContentLimits.Actions, "$.actions" },
        { "actionRiskFactors", ContentLimits.RiskFactorsPerAction, "$.actions[0].riskFactors" },
        { "programmes", ContentLimits.Programmes, "$.programmes" },
        { "topics", ContentLimits.TopicsPerProgramme, "$.programmes[0].topics" },
        { "sessions", ContentLimits.SessionsPerProgramme, "$.programmes[0].sessions" },
        { "resources", ContentLimits.Resources, "$.resources" },
        { "linkedActionPriorities", ContentLimits.LinkedActionPriorities, "$.resources[0].linkedActionPriorities" },
        { "legislativeEngagement", ContentLimits.LegislativeEngagements, "$.politicalSupport.legislativeEngagement" },
        { "partners", ContentLimits.Partners, "$.partners" },
    };

    private static StepContent With(string list, int count) => list switch
    {
        "riskFactors" => new RiskAssessmentContent(Many(count, new RiskFactorAssessment("RF1", null, null, null, null)), null, null, null, null),
        "resilience" => new RiskAssessmentContent(null, Many(count, new ResilienceAssessment("R1", null, null)), null, null, null),
        "indicators" => new RiskAssessmentContent([new RiskFactorAssessment("RF9", null, null, Many(count, "9.1"), null)], null, null, null, null),
        "actions" => new ActionPrioritisationContent(Many(count, EmptyAction), null),
        "actionRiskFactors" => new ActionPrioritisationContent([EmptyAction with { RiskFactors = Many(count, "RF1") }], null),
        "programmes" => new OfficialTrainingContent(Many(count, EmptyProgramme), null),
        "topics" => new OfficialTrainingContent([EmptyProgramme with { Topics = Many(count, TrainingTopic.HateSpeech) }], null),
        "sessions" => new OfficialTrainingContent([EmptyProgramme with { Sessions = Many(count, new TrainingSession(null, 1)) }], null),
        "resources" => new ResourceMobilisationContent(Many(count, EmptyResource), null, null, null),
        "linkedActionPriorities" => new ResourceMobilisationContent([EmptyResource with { LinkedActionPriorities = Many(count, 1) }], null, null, null),
        "legislativeEngagement" => new ResourceMobilisationContent(null, new PoliticalSupport(null, Many(count, new LegislativeEngagement(null, null, null))), null, null),
        "partners" => new ResourceMobilisationContent(null, null, Many(count, new Partner(null, "P")), null),
        _ => throw new ArgumentOutOfRangeException(nameof(list)),
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_draft_list_past_its_cap_is_one_error_at_the_list_naming_the_cap(string list, int cap, string path)
    {
        ValidationErrors errors = StepContentValidator.ValidateDraft(With(list, cap + 1));

        ValidationEntry entry = Assert.Single(errors.Entries);
        Assert.Equal(path, entry.Path);
        Assert.Equal(ValidationCodes.TooMany, entry.Code);
        Assert.Equal([cap, cap + 1], entry.Args);
        Assert.Contains($"At most {cap} ", entry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_list_at_its_cap_is_within(string list, int cap, string path)
    {
        ValidationErrors errors = StepContentValidator.ValidateDraft(With(list, cap));

        Assert.DoesNotContain(errors.Entries, e => e.Code == ValidationCodes.TooMany || e.Path == path);
    }

    [Fact]
    public void Eighty_seven_thousand_empty_actions_are_one_error_for_a_draft_and_for_a_submission()
    {
        StepContent content = With("actions", 87_368);
        var approved = ApprovedSteps.Of(new RiskAssessmentBuilder().Build());

        ValidationEntry draft = Assert.Single(StepContentValidator.ValidateDraft(content).Entries);
        ValidationEntry submission = Assert.Single(StepContentValidator.ValidateSubmission(content, approved).Entries);

        Assert.Equal("$.actions", draft.Path);
        Assert.Equal("At most 100 entries (this has 87368).", draft.Message);
        Assert.Equal((draft.Path, draft.Code, draft.Message), (submission.Path, submission.Code, submission.Message));
        Assert.Equal(draft.Args, submission.Args);
    }

    [Fact]
    public void Nulls_are_not_written_in_the_canonical_form()
    {
        string json = StepContentJson.Serialize(new ActionPrioritisationContent([EmptyAction, EmptyAction with { Title = "T" }], null));

        Assert.Equal("{\"actions\":[{},{\"title\":\"T\"}]}", json);
        Assert.Equal(json, StepContentJson.Serialize(StepContentJson.Parse(StrategyStep.ActionPrioritisation, json)));
    }

    [Fact]
    public void Content_whose_canonical_form_is_over_the_stored_size_is_an_error_at_the_root()
    {
        // 100 actions with two 4,000-character texts of characters canonical JSON writes as 12-byte escapes: 4.8 MB.
        string emoji = string.Concat(Enumerable.Repeat("\U0001F600", TextLimits.MaxTextLength / 2));
        StepContent content = new ActionPrioritisationContent(Many(ContentLimits.Actions, EmptyAction with { Title = emoji, LeadInstitution = emoji }), null);

        ValidationEntry entry = Assert.Single(StepContentValidator.ValidateDraft(content).Entries);

        Assert.Equal("$", entry.Path);
        Assert.Equal(ValidationCodes.ContentTooLarge, entry.Code);
        Assert.Equal(ContentLimits.ContentBytes, entry.Args[0]);
    }

    [Fact]
    public void The_caps_of_the_framework_lists_are_twice_the_framework_and_its_enums()
    {
        Assert.Equal(ContentLimits.RiskFactors, 2 * Framework.RiskFactors.All.Count);
        Assert.Equal(ContentLimits.RiskFactorsPerAction, 2 * Framework.RiskFactors.All.Count);
        Assert.Equal(ContentLimits.Resilience, 2 * Framework.Restraints.All.Count);
        Assert.Equal(ContentLimits.TopicsPerProgramme, 2 * Enum.GetValues<TrainingTopic>().Length);
        Assert.Equal(ContentLimits.CycleCountries, Domain.Network.UnMemberStates.All.Count);
    }
}
