using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Strategies.Kinds;
using FocalPoints.Domain.Validation;
using FocalPoints.Tools.Demo;

namespace FocalPoints.Tools.Tests.Demo;

public sealed class DemoContentTests
{
    public static TheoryData<StrategyStep> Steps() => new(Enum.GetValues<StrategyStep>());

    [Theory]
    [MemberData(nameof(Steps))]
    public void Every_step_kind_has_demo_content_its_rules_accept_after_the_demos_earlier_steps(StrategyStep step)
    {
        foreach (int seed in Enumerable.Range(0, 8))
        {
            StepContent content = DemoContent.For(step, seed);
            var approved = new ApprovedSteps(StepKinds.Of(step).Needs.Select(earlier => DemoContent.For(earlier, seed)));

            ValidationErrors errors = StepContentValidator.ValidateSubmission(content, approved);

            Assert.IsType(StepKinds.Of(step).ContentType, content);
            Assert.True(errors.IsEmpty, $"seed {seed}: " + string.Join("; ", errors.Entries.Select(e => $"{e.Path}: {e.Message}")));
        }
    }
}
