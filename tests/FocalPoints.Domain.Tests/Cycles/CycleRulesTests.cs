using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.Tests.Cycles;

public class CycleRulesTests
{
    private static readonly ScheduleInput Schedule = new("P60D", "P14D", ["P7D", "P1D"], "P7D", "P14D");

    private static IReadOnlyDictionary<string, string[]> Errors(CycleInput input)
    {
        var errors = new ValidationErrors();
        CycleRules.Validate(input, errors, ScheduleBounds.ForPeople);
        return errors.ToDictionary();
    }

    [Fact]
    public void Valid_cycle_is_accepted()
    {
        var errors = new ValidationErrors();
        CycleDefinition? cycle = CycleRules.Validate(new CycleInput("2027", "National strategies 2027", ["GHA", "DNK"], Schedule), errors, ScheduleBounds.ForPeople);
        Assert.NotNull(cycle);
        Assert.Equal(TimeSpan.FromDays(60), cycle.Schedule.StepDuration);
        Assert.Equal([TimeSpan.FromDays(7), TimeSpan.FromDays(1)], cycle.Schedule.ReminderOffsets);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("123456789012345678901234567890123")]
    [InlineData("a/b")]
    public void Bad_cycle_id_is_refused(string id) => Assert.True(Errors(new CycleInput(id, "T", ["GHA"], Schedule)).ContainsKey("$.cycleId"));

    [Fact]
    public void Non_member_and_repeated_countries_are_refused()
    {
        var errors = Errors(new CycleInput("c", "T", ["GHA", "PSE", "GHA"], Schedule));
        Assert.True(errors.ContainsKey("$.countries[1]"));
        Assert.Contains(errors["$.countries"], m => m.StartsWith("GHA", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("14 days")]
    [InlineData("PT0S")]
    [InlineData("-P1D")]
    public void Bad_duration_is_refused(string duration) =>
        Assert.True(Errors(new CycleInput("c", "T", ["GHA"], Schedule with { StepDuration = duration })).ContainsKey("$.schedule.stepDuration"));

    [Fact]
    public void Durations_round_trip_in_iso_8601()
    {
        Assert.True(Iso8601.TryParse("PT2S", out TimeSpan two));
        Assert.Equal(TimeSpan.FromSeconds(2), two);
        Assert.Equal("P14D", Iso8601.Format(TimeSpan.FromDays(14)));
    }

    [Theory]
    [InlineData("P20000Y")]
    [InlineData("P3Y")]
    [InlineData("PT0.01S")]
    [InlineData("PT0.999S")]
    public void A_duration_no_workflow_can_run_is_refused_everywhere(string duration)
    {
        foreach (ScheduleBounds bounds in new[] { ScheduleBounds.ForPeople, ScheduleBounds.ForDevelopment })
        {
            var errors = new ValidationErrors();
            CycleRules.Validate(new CycleInput("c", "T", ["GHA"], Schedule with { ReminderOffsets = ["P7D", duration] }), errors, bounds);
            Assert.True(errors.ToDictionary().ContainsKey("$.schedule.reminderOffsets[1]"), $"{duration} accepted as a reminder offset");
        }
    }

    [Fact]
    public void Seconds_long_schedules_are_for_development_only()
    {
        ScheduleInput seconds = new("PT8S", "PT4S", ["PT3S"], "PT2S", "PT3S");

        var development = new ValidationErrors();
        Assert.NotNull(CycleRules.Validate(new CycleInput("c", "T", ["GHA"], seconds), development, ScheduleBounds.ForDevelopment));

        IReadOnlyDictionary<string, string[]> people = Errors(new CycleInput("c", "T", ["GHA"], seconds));
        Assert.Equal(
            ["$.schedule.escalateAfter", "$.schedule.overdueReminderEvery", "$.schedule.reminderOffsets[0]", "$.schedule.reviewDuration", "$.schedule.stepDuration"],
            people.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void People_get_hours_to_years_and_overdue_reminders_at_most_daily()
    {
        Assert.Empty(Errors(new CycleInput("c", "T", ["GHA"], new ScheduleInput("P2Y", "PT1H", ["PT1H", "P1Y"], "P1D", "PT1H"))));

        IReadOnlyDictionary<string, string[]> errors = Errors(new CycleInput("c", "T", ["GHA"], Schedule with { OverdueReminderEvery = "PT12H" }));
        Assert.Equal(["$.schedule.overdueReminderEvery"], errors.Keys);
    }

    [Fact]
    public void Reminders_are_few_and_spaced_so_that_no_schedule_floods_an_inbox()
    {
        IReadOnlyDictionary<string, string[]> close = Errors(new CycleInput("c", "T", ["GHA"], Schedule with { ReminderOffsets = ["PT1H", "PT1H0M1S"] }));
        Assert.True(close.ContainsKey("$.schedule.reminderOffsets[1]"));

        string[] eleven = Enumerable.Range(1, 11).Select(d => $"P{d}D").ToArray();
        Assert.True(Errors(new CycleInput("c", "T", ["GHA"], Schedule with { ReminderOffsets = eleven })).ContainsKey("$.schedule.reminderOffsets"));

        Assert.Empty(Errors(new CycleInput("c", "T", ["GHA"], Schedule with { ReminderOffsets = [.. eleven.Take(10)] })));
    }
}
