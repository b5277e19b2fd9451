using System.Net;
using FocalPoints.Domain.Strategies;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Api;

public sealed class ConcurrencyTests(StrategyHostFixture host) : IClassFixture<StrategyHostFixture>
{
    private static int Versions(System.Text.Json.Nodes.JsonNode strategy) => (int)strategy["steps"]![0]!["submittedVersions"]!;

    [Fact(Timeout = 60_000)]
    public async Task Two_submissions_of_the_same_step_at_once_one_wins_the_other_gets_409()
    {
        var content = new RiskAssessmentBuilder().Build();
        ApiResponse[] answers = await Task.WhenAll(
            host.Network.SubmitAsync(StrategyHostFixture.Cycle, "CRI", StrategyStep.RiskAssessment, content),
            host.Network.SubmitAsync(StrategyHostFixture.Cycle, "CRI", StrategyStep.RiskAssessment, content));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Conflict], answers.Select(a => a.Status).Order());
        Assert.Equal("application/problem+json", answers.Single(a => a.Status == HttpStatusCode.Conflict).ContentType);
        Assert.Equal(1, Versions(await host.Network.StrategyAsync(StrategyHostFixture.Cycle, "CRI")));
    }

    [Fact(Timeout = 60_000)]
    public async Task The_same_idempotency_key_twice_makes_one_submission()
    {
        var content = new RiskAssessmentBuilder().WithFactor("RF5", Domain.Strategies.Content.RiskRating.Moderate).Build();
        ApiResponse[] answers = await Task.WhenAll(
            host.Network.SubmitAsync(StrategyHostFixture.Cycle, "GHA", StrategyStep.RiskAssessment, content, "key-1"),
            host.Network.SubmitAsync(StrategyHostFixture.Cycle, "GHA", StrategyStep.RiskAssessment, content, "key-1"));
        ApiResponse later = await host.Network.SubmitAsync(StrategyHostFixture.Cycle, "GHA", StrategyStep.RiskAssessment, content, "key-1");

        Assert.All(answers.Append(later), a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        Assert.All(answers.Append(later), a => Assert.Equal(1, (int)a.Json!["version"]!));
        Assert.Equal(1, Versions(await host.Network.StrategyAsync(StrategyHostFixture.Cycle, "GHA")));

        ApiResponse reused = await host.Network.SubmitAsync(StrategyHostFixture.Cycle, "GHA", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().Build(), "key-1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
        Assert.Equal(1, Versions(await host.Network.StrategyAsync(StrategyHostFixture.Cycle, "GHA")));
    }
}
