using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Domain.Strategies;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Workflow;

/// <summary>End to end: a cycle on the self-host whose reminders reach a fake Graph server as e-mail.</summary>
public sealed class GraphMailTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    [Fact(Timeout = 180_000)]
    public async Task Reminders_of_a_cycle_arrive_as_email_through_graph()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using RunningHost host = await RunningHost.StartAsync(DurableEngineKind.AzureStorage, azurite.ConnectionString, output, settings: new Dictionary<string, string?>
        {
            ["Mail:Sender"] = "graph",
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Graph:Authentication"] = "none",
            ["Graph:SenderMailbox"] = "focalpoints@network.example",
            ["Portal:BaseUrl"] = "https://portal.network.example",
        });
        var network = new NetworkScenario(host.Api);
        await network.RegisterAsync("GHA");
        NetworkScenario.Ensure(await network.OpenCycleAsync("mail", ["GHA"], NetworkScenario.FastSchedule), HttpStatusCode.Accepted);

        string focalPoint = Principals.FocalPointEmail("GHA");
        await Eventually.WaitAsync(
            () => Task.FromResult(graph.Delivered.ToArray()),
            mails => mails.Any(m => m.To.Contains(Principals.CoordinatorEmail) && m.Subject.StartsWith("Escalation", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(90),
            "the escalation e-mail");

        ReceivedMail[] toFocalPoint = graph.Delivered.Where(m => m.To.Contains(focalPoint)).ToArray();
        string[] subjects = toFocalPoint.Select(m => m.Subject).ToArray();
        Assert.Contains(subjects, s => s.StartsWith("Reminder: Ghana's risk assessment is due on", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.StartsWith("Due now: Ghana's risk assessment", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.StartsWith("Overdue: Ghana's risk assessment", StringComparison.Ordinal));
        ReceivedMail reminder = toFocalPoint.First(m => m.Subject.StartsWith("Reminder", StringComparison.Ordinal));
        Assert.Contains("https://portal.network.example/cycles/mail/countries/GHA/steps/risk-assessment", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://portal.network.example/cycles/mail/countries/GHA/steps/risk-assessment\"", reminder.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("(Africa/Accra)", reminder.TextBody, StringComparison.Ordinal);

        NetworkScenario.Ensure(await network.SubmitAsync("mail", "GHA", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().Build()), HttpStatusCode.Accepted);
        await Eventually.WaitAsync(
            () => Task.FromResult(graph.Delivered.ToArray()),
            mails => mails.Any(m => m.Subject.StartsWith("Received: Ghana's risk assessment", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30),
            "the receipt e-mail");

        // Every message the outbox records is marked sent once Graph has taken it, and only then.
        JsonArray outbox = await network.WaitForOutboxAsync(
            "mail",
            m => m.All(x => (string?)x!["delivery"] == "sent") && m.Count == graph.Delivered.Count,
            "every message to be recorded as sent");
        Assert.Equal(outbox.Select(m => (string)m!["subject"]!).Order(), graph.Delivered.Select(m => m.Subject).Order());
    }
}
