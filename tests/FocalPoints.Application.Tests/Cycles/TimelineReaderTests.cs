using FocalPoints.Application.Cycles;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Tests.Cycles;

public sealed class TimelineReaderTests
{
    private const string FocalPoint = "fp@gha.example";
    private const string Coordinator = "coord@network.example";
    private const string Gone = "left@gha.example";

    private static readonly AuditEvent Sent = new(
        "c1", "GHA", new DateTime(2027, 5, 3, 9, 0, 0, DateTimeKind.Utc), "submissionReceived", StrategyStep.RiskAssessment,
        AuditEvent.SystemActor, null, "e1", [FocalPoint, Coordinator, Gone]);

    [Fact]
    public void A_focal_point_reads_its_countrys_addresses_and_the_others_counted_in_parts_and_in_one_english_line()
    {
        TimelineEventView view = TimelineReader.FocalPoint([FocalPoint], [Coordinator]).View(Sent);

        Assert.Equal([FocalPoint], view.To!.Named);
        Assert.Equal((1, 1), (view.To.Coordinators, view.To.Others));
        Assert.Equal($"to {FocalPoint}, 1 coordinator and 1 other person", view.Detail);
    }

    [Fact]
    public void A_coordinator_reads_every_address()
    {
        TimelineEventView view = TimelineReader.Coordinator.View(Sent);

        Assert.Equal([FocalPoint, Coordinator, Gone], view.To!.Named);
        Assert.Equal((0, 0), (view.To.Coordinators, view.To.Others));
        Assert.Equal($"to {FocalPoint}, {Coordinator}, {Gone}", view.Detail);
    }

    [Fact]
    public void An_event_that_is_no_message_has_no_recipients_and_a_focal_point_reads_a_review_without_its_comments()
    {
        AuditEvent review = Sent with { Kind = "review", Actor = Coordinator, Detail = "return: the comments", Recipients = null };

        TimelineEventView view = TimelineReader.FocalPoint([FocalPoint], [Coordinator]).View(review);

        Assert.Null(view.To);
        Assert.Equal(("return", "coordinator"), (view.Detail, view.Actor));
    }
}
