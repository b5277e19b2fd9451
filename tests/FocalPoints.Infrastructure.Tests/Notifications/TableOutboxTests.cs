using FocalPoints.Domain.Notifications;
using FocalPoints.Infrastructure.Notifications;
using FocalPoints.Infrastructure.Tests.Storage;

namespace FocalPoints.Infrastructure.Tests.Notifications;

public sealed class TableOutboxTests(StoreFixture store) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task The_same_message_id_is_stored_once()
    {
        var outbox = new TableOutbox(store.Tables);
        var message = new OutboxMessage("strategy:c:GHA|RiskAssessment|r0|0|Reminder", ["fp@gha.example"], NotificationMoment.Reminder, "c", "GHA",
            Domain.Strategies.StrategyStep.RiskAssessment, "Subject", "Text", "<p>Html</p>", new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.True(await outbox.SendAsync(message, CancellationToken.None));
        Assert.False(await outbox.SendAsync(message with { CreatedUtc = message.CreatedUtc.AddMinutes(5) }, CancellationToken.None));

        OutboxMessage stored = Assert.Single(await outbox.ListAsync("c", CancellationToken.None));
        Assert.Equal(message, stored with { To = message.To });
        Assert.Equal(message.To, stored.To);
    }
}
