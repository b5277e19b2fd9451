using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Notifications;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Testing.Hosts;
using FocalPoints.Workflow.Digest;

namespace FocalPoints.Workflow.Tests.Digest;

public sealed class CoordinatorDigestTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTime Opened = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Digest_lists_who_is_overdue_waiting_with_reviews_past_their_time_and_completed_once_a_week()
    {
        var tables = new TableServiceClient(azurite.ConnectionString);
        await new TableProvisioner(tables).StartAsync(CancellationToken.None);
        var directory = new TableDirectoryStore(tables);
        var cycles = new TableCycleStore(tables);
        var strategies = new TableStrategyRepository(tables);
        var outbox = new TableOutbox(tables);
        foreach ((string iso3, string name) in new[] { ("GHA", "Ghana"), ("DNK", "Denmark"), ("KEN", "Kenya"), ("CRI", "Costa Rica") })
        {
            await directory.PutMemberAsync(new Member(iso3, name, RegionalGroup.AfricanStates, []), CancellationToken.None);
        }

        await directory.PutCoordinatorsAsync(
            [new Contact("Coordinator", "coordinator@network.example", Language.En, "Europe/Copenhagen"), new Contact("Координатор", "ru@network.example", Language.Ru, "Europe/Moscow")],
            CancellationToken.None);
        var schedule = new CycleSchedule(TimeSpan.FromDays(60), TimeSpan.FromDays(14), [], TimeSpan.FromDays(7), TimeSpan.FromDays(14));
        await cycles.TryAddCycleAsync(new CycleRecord(new CycleDefinition("2027", "National strategies 2027", ["GHA", "DNK", "KEN", "CRI"], schedule), "h", Opened), CancellationToken.None);
        await strategies.AddMissingAsync(new[] { "GHA", "DNK", "KEN", "CRI" }.Select(c => StrategyProgress.Start("2027", c, Opened)).ToArray(), CancellationToken.None);
        await strategies.SetAsync("2027", "GHA", p => p.Opened(StrategyStep.RiskAssessment, Opened, Opened.AddDays(60)));
        DateTime monday = new(2027, 5, 10, 7, 0, 0, DateTimeKind.Utc); // GHA's step was due on 30 April

        // Reviews take 14 days: Denmark's is due on 21 May, Kenya's was due on 4 May.
        await strategies.SetAsync("2027", "DNK", p => p.Opened(StrategyStep.RiskAssessment, Opened, Opened.AddDays(60)).Submitted(StrategyStep.RiskAssessment, monday.AddDays(-3)));
        await strategies.SetAsync("2027", "KEN", p => p.Opened(StrategyStep.RiskAssessment, Opened, Opened.AddDays(60)).Submitted(StrategyStep.RiskAssessment, monday.AddDays(-20)));
        await strategies.SetAsync("2027", "CRI", p => p.Completed(Opened));

        CoordinatorDigest digest = EarlyWarningDigestTests.Digest(tables, outbox);
        Assert.Equal(2, await digest.SendAsync(monday, CancellationToken.None)); // one per coordinator
        Assert.Equal(0, await digest.SendAsync(monday.AddHours(3), CancellationToken.None)); // the same week again: nothing new

        IReadOnlyList<OutboxMessage> digests = [.. (await outbox.ListAsync("2027", CancellationToken.None)).Where(m => m.Moment == NotificationMoment.Digest)];
        OutboxMessage message = Assert.Single(digests, m => m.To.SequenceEqual(["coordinator@network.example"]));
        Assert.Equal("Weekly digest: National strategies 2027", message.Subject);
        Assert.Contains("1 overdue, 2 waiting for review, 1 completed", message.Text, StringComparison.Ordinal);
        Assert.Contains("- Ghana: risk assessment, overdue", message.Text, StringComparison.Ordinal);
        Assert.Contains("- Denmark: risk assessment, waiting for review", message.Text, StringComparison.Ordinal);
        Assert.Contains("- Kenya: risk assessment, review overdue", message.Text, StringComparison.Ordinal);
        Assert.Contains("- Costa Rica: completed", message.Text, StringComparison.Ordinal);
        Assert.Contains("https://portal.example/cycles/2027", message.Text, StringComparison.Ordinal);

        // Each coordinator reads the countries' names in their own language.
        OutboxMessage russian = Assert.Single(digests, m => m.To.SequenceEqual(["ru@network.example"]));
        Assert.Contains("- Гана: оценка рисков, срок истек", russian.Text, StringComparison.Ordinal);
        Assert.Contains("- Коста-Рика: завершено", russian.Text, StringComparison.Ordinal);
    }
}
