using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Domain.Strategies;
using FocalPoints.SelfHost.Tests.Hosting;
using FocalPoints.Testing.Hosts;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Workflow;

/// <summary>
/// The self-host (its own Azurite, the Azure Storage engine, mail through a slow Graph) is killed with
/// SIGKILL while the workflow's first e-mail is being sent, and started again on the same data once its
/// Azurite has closed: the cycle is there, the e-mail is sent after the restart, and no message that goes
/// out once per step went out twice.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class KillTests(ITestOutputHelper output)
{
    private const string Cycle = "killed";

    [Fact(Timeout = 300_000)]
    public async Task A_self_host_killed_in_the_middle_of_an_activity_loses_nothing_and_sends_nothing_twice()
    {
        string data = Path.Combine(Path.GetTempPath(), "focalpoints-kill-" + Guid.NewGuid().ToString("N"));
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        graph.AnswerAfter = TimeSpan.FromMinutes(2);
        var variables = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["SelfHost__Engine"] = "AzureStorage",
            ["SelfHost__TaskHub"] = RunningHost.NewTaskHub(),
            ["SelfHost__DataDirectory"] = data,
            ["Reminders__WorkingHours"] = "off",
            ["Mail__Sender"] = "graph",
            ["Graph__BaseUrl"] = graph.BaseUrl,
            ["Graph__Authentication"] = "none",
            ["Graph__SenderMailbox"] = "focalpoints@network.example",
            ["Portal__BaseUrl"] = "https://portal.network.example",
        };
        try
        {
            await using (SelfHostProcess first = await SelfHostProcess.StartAsync(string.Empty, ["--urls", "http://127.0.0.1:0"], variables))
            {
                var network = new NetworkScenario(Api(first));
                await network.RegisterAsync("GHA");
                NetworkScenario.Ensure(await network.OpenCycleAsync(Cycle, ["GHA"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
                Assert.True(await PromptStopTests.WaitAsync(() => graph.Arrived > 0, TimeSpan.FromSeconds(90)), $"No e-mail reached Graph:\n{first.Output}");

                await first.KillAsync();
            }

            // Its Azurite closes (and saves) by itself once the host is gone; the next one starts on its data.
            Assert.True(await PromptStopTests.WaitAsync(() => !PromptStopTests.AzuriteRunsOn(data), TimeSpan.FromSeconds(10)), "Azurite outlived the killed self-host.");
            graph.AnswerAfter = TimeSpan.Zero;

            await using SelfHostProcess second = await SelfHostProcess.StartAsync(string.Empty, ["--urls", "http://127.0.0.1:0"], variables);
            var again = new NetworkScenario(Api(second));
            await again.WaitForOpenAsync(Cycle, "GHA", StrategyStep.RiskAssessment);
            JsonArray outbox = await again.WaitForOutboxAsync(Cycle, m => NetworkScenario.Has(m, "GHA", "stepOpened", "riskAssessment"), "the step-opened message after the restart", seconds: 120);
            Assert.True(await PromptStopTests.WaitAsync(() => graph.Delivered.Count >= outbox.Count, TimeSpan.FromSeconds(60)), "The outbox's messages did not all reach Graph.");

            output.WriteLine($"Graph: {graph.Received.Count} requests, {graph.Delivered.Count} delivered; outbox: {outbox.Count}");
            var once = outbox
                .Where(m => (string?)m!["moment"] is "cycleOpened" or "stepOpened")
                .GroupBy(m => $"{m!["country"]}|{m["step"]}|{m["moment"]}|{m["to"]![0]}")
                .ToArray();
            Assert.Contains(once, g => g.Key.StartsWith("GHA|riskAssessment|stepOpened|", StringComparison.Ordinal));
            Assert.All(once, g => Assert.True(g.Count() == 1, $"{g.Key} was sent {g.Count()} times"));
            string[] delivered = [.. graph.Delivered.Select(m => m.Message?.MessageId ?? string.Empty)];
            Assert.Equal(delivered.Length, delivered.Distinct().Count());
        }
        finally
        {
            PromptStopTests.TryDelete(data);
        }
    }

    private static ApiClient Api(SelfHostProcess host) => new(new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) });
}
