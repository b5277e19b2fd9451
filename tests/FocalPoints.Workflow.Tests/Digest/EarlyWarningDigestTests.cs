using Azure.Data.Tables;
using FocalPoints.Application.Comparisons;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Infrastructure.Mail;
using FocalPoints.Infrastructure.Notifications;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using FocalPoints.Workflow.Digest;
using Microsoft.Extensions.Logging.Abstractions;

namespace FocalPoints.Workflow.Tests.Digest;

/// <summary>
/// Ghana and Denmark in two cycles: a factor of Ghana's rose to severe with no action covering it.
/// The coordinators' digest names it, Ghana's focal points hear of it, Denmark's hear nothing.
/// </summary>
public sealed class EarlyWarningDigestTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Canary = "CANARY-EVIDENCE-91c4";
    private static readonly DateTime Opened = new(2028, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(Sharing.Network)]
    [InlineData(Sharing.Confidential)]
    public async Task Warning_goes_to_the_country_and_the_coordinators_only(Sharing sharing)
    {
        var tables = new TableServiceClient(azurite.ConnectionString);
        await new TableProvisioner(tables).StartAsync(CancellationToken.None);
        var directory = new TableDirectoryStore(tables);
        var cycles = new TableCycleStore(tables);
        var strategies = new TableStrategyRepository(tables);
        var outbox = new TableOutbox(tables);
        string suffix = sharing.ToString()[..4].ToLowerInvariant();
        string before = $"ew-{suffix}-1", now = $"ew-{suffix}-2";
        await directory.PutMemberAsync(new Member("GHA", "Ghana", RegionalGroup.AfricanStates, [new Contact("Ghana", "fp@gha.example", Language.Fr, "Africa/Accra")]), CancellationToken.None);
        await directory.PutMemberAsync(new Member("DNK", "Denmark", RegionalGroup.WesternEuropeanAndOtherStates, [new Contact("Denmark", "fp@dnk.example", Language.En, "Europe/Copenhagen")]), CancellationToken.None);
        await directory.PutCoordinatorsAsync([new Contact("Coordinator", "coordinator@network.example", Language.En, "Europe/Copenhagen")], CancellationToken.None);
        var schedule = new CycleSchedule(TimeSpan.FromDays(60), TimeSpan.FromDays(14), [], TimeSpan.FromDays(7), TimeSpan.FromDays(14));
        await cycles.TryAddCycleAsync(new CycleRecord(new CycleDefinition(before, "Strategies 2026", ["GHA", "DNK"], schedule), "h", Opened.AddYears(-2)), CancellationToken.None);
        await cycles.TryAddCycleAsync(new CycleRecord(new CycleDefinition(now, "Strategies 2028", ["GHA", "DNK"], schedule), "h", Opened), CancellationToken.None);
        foreach (string cycle in new[] { before, now })
        {
            await strategies.AddMissingAsync(new[] { "GHA", "DNK" }.Select(c => StrategyProgress.Start(cycle, c, Opened)).ToArray(), CancellationToken.None);
        }

        await ApproveAsync(strategies, before, "GHA", new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Moderate).SharedAs(sharing).Build());
        await ApproveAsync(strategies, now, "GHA", new RiskAssessmentBuilder().WithFactor("RF9", RiskRating.Severe, Trend.Worsening, Canary).SharedAs(sharing).Build());
        await ApproveAsync(strategies, before, "DNK", new RiskAssessmentBuilder().WithFactor("RF2", RiskRating.Low).SharedAs(sharing).Build());
        await ApproveAsync(strategies, now, "DNK", new RiskAssessmentBuilder().WithFactor("RF2", RiskRating.Moderate).SharedAs(sharing).Build());

        await strategies.SetAsync(before, "GHA", p => p.Completed(Opened));
        await strategies.SetAsync(before, "DNK", p => p.Completed(Opened));

        DateTime monday = Opened.AddDays(14);
        Assert.Equal(2, await Digest(tables, outbox).SendAsync(monday, CancellationToken.None)); // the coordinator's digest and Ghana's warning
        Assert.Equal(0, await Digest(tables, outbox).SendAsync(monday.AddHours(2), CancellationToken.None));

        IReadOnlyList<OutboxMessage> messages = await outbox.ListAsync(now, CancellationToken.None);
        OutboxMessage coordinators = Assert.Single(messages, m => m.Moment == NotificationMoment.Digest);
        OutboxMessage ghana = Assert.Single(messages, m => m.Moment == NotificationMoment.EarlyWarning);
        Assert.Equal(["fp@gha.example"], ghana.To);
        Assert.DoesNotContain(messages, m => m.To.Contains("fp@dnk.example"));
        Assert.Equal("Alerte précoce : Ghana, Strategies 2028", ghana.Subject);
        Assert.DoesNotContain("Danemark", ghana.Text, StringComparison.Ordinal);
        Assert.Contains("- Ghana: early warning", coordinators.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Denmark: early warning", coordinators.Text, StringComparison.Ordinal);
        foreach (OutboxMessage message in new[] { coordinators, ghana })
        {
            Assert.DoesNotContain(Canary, message.Text + message.Html, StringComparison.Ordinal);

            // A factor is named only when the risk assessments it rests on are shared.
            Assert.Equal(sharing != Sharing.Confidential, message.Text.Contains("RF9", StringComparison.Ordinal));
        }
    }

    internal static CoordinatorDigest Digest(TableServiceClient tables, TableOutbox outbox)
    {
        var cycles = new TableCycleStore(tables);
        var strategies = new TableStrategyRepository(tables);
        var comparisons = new CycleComparisons(
            cycles, strategies, new ApprovedStrategies(new TableStepDocumentStore(tables, cycles)), new TablePeerReviewStore(tables), TimeProvider.System);
        return new CoordinatorDigest(
            cycles, new TableStrategyReads(tables), new TableDirectoryStore(tables),
            new Messenger(outbox, new MessageTemplates(new PortalOptions { BaseUrl = "https://portal.example" })),
            new EarlyWarnings(comparisons), NullLogger<CoordinatorDigest>.Instance);
    }

    private static async Task ApproveAsync(TableStrategyRepository strategies, string cycleId, string country, RiskAssessmentContent content)
    {
        Strategy loaded = (await strategies.LoadAsync(cycleId, country, null, CancellationToken.None))!;
        StrategyProgress approved = loaded.Progress
            .Opened(StrategyStep.RiskAssessment, Opened, Opened.AddDays(60))
            .Submitted(StrategyStep.RiskAssessment, Opened)
            .Reviewed(StrategyStep.RiskAssessment, ReviewDecision.Approve, null, Opened);
        Assert.True(await strategies.SaveAsync(
            new StrategyChange(loaded.ETag, approved) { Submission = new StoredSubmission(StrategyStep.RiskAssessment, 1, StepContentJson.Serialize(content), "fp", Opened) },
            CancellationToken.None));
    }
}
