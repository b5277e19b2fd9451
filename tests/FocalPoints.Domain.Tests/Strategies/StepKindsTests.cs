using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Strategies.Kinds;
using FocalPoints.Domain.Summaries;
using FocalPoints.Domain.Validation;
using FocalPoints.Testing.Builders;

namespace FocalPoints.Domain.Tests.Strategies;

public sealed class StepKindsTests
{
    public static TheoryData<StrategyStep> Steps() => new(Enum.GetValues<StrategyStep>());

    [Theory]
    [MemberData(nameof(Steps))]
    public void Every_step_is_declared_once_with_its_content_type_validator_and_summary_section(StrategyStep step)
    {
        StepKind kind = Assert.Single(StepKinds.All, k => k.Step == step);

        Assert.Same(kind, StepKinds.Of(step));
        Assert.True(kind.ContentType.IsSealed && kind.ContentType.IsSubclassOf(typeof(StepContent)), $"{kind} has content {kind.ContentType}");
        Assert.Single(StepKinds.All, k => k.ContentType == kind.ContentType);
        Assert.Equal(kind.ContentType, kind.Rules.ContentType);
        Assert.Single(typeof(CountrySummary).GetProperties(), p => p.PropertyType == kind.SectionType);
    }

    [Fact]
    public void The_kinds_are_declared_in_the_order_the_steps_are_done_and_look_back_only()
    {
        Assert.Equal(Enum.GetValues<StrategyStep>(), StepKinds.All.Select(k => k.Step));
        Assert.Equal(StepKinds.All.Count, StepKinds.All.Select(k => k.Slug).Distinct().Count());
        Assert.All(StepKinds.All, k => Assert.All(k.Needs, needed => Assert.True(needed < k.Step, $"{k} needs {needed}")));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void A_kinds_content_is_read_written_and_found_back_by_its_kind(StrategyStep step)
    {
        StepContent content = StepContents.Complete(step);

        StepContent read = StepContentJson.Parse(step, StepContentJson.Serialize(content));

        Assert.IsType(StepKinds.Of(step).ContentType, read);
        Assert.Same(StepKinds.Of(step), StepKinds.Of(read));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Each_kinds_builder_builds_content_its_validator_accepts_after_the_steps_it_needs(StrategyStep step)
    {
        var approved = new ApprovedSteps(StepKinds.Of(step).Needs.Select(StepContents.Complete));

        ValidationErrors errors = StepContentValidator.ValidateSubmission(StepContents.Complete(step), approved);

        Assert.True(errors.IsEmpty, string.Join("; ", errors.Entries.Select(e => $"{e.Path}: {e.Message}")));
    }

    [Fact]
    public void Every_kind_writes_its_section_of_a_summary()
    {
        var approved = new ApprovedSteps(StrategySteps.InOrder.Select(StepContents.Complete));

        CountrySummary summary = SummaryBuilder.Build("KEN", "Kenya", "c1", "Cycle", new DateOnly(2027, 9, 15), SummaryAudience.Internal, approved);

        Assert.All(StepKinds.All, kind =>
        {
            Assert.NotNull(Assert.Single(typeof(CountrySummary).GetProperties(), p => p.PropertyType == kind.SectionType).GetValue(summary));
            Assert.Contains(summary.Coverage, c => c.Step == kind.Step && c.Approved && c.Shown);
        });
    }

    [Fact]
    public void Approved_steps_hold_one_content_per_step()
    {
        RiskAssessmentContent first = new RiskAssessmentBuilder().Build();
        RiskAssessmentContent second = new RiskAssessmentBuilder().SharedAs(Sharing.Public).Build();

        ApprovedSteps approved = ApprovedSteps.Of(first, null).With(second);

        Assert.Same(second, approved.Get<RiskAssessmentContent>());
        Assert.Same(second, approved[StrategyStep.RiskAssessment]);
        Assert.Null(approved.Get<ActionPrioritisationContent>());
        Assert.Throws<ArgumentException>(() => ApprovedSteps.Of(first, second));
    }
}
