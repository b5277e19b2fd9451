using FocalPoints.Domain.Cycles;
using FocalPoints.Portal.Pages.Coordinator;

namespace FocalPoints.Portal.Tests.Pages.Coordinator;

public sealed class OpenCycleScheduleTests
{
    [Fact]
    public void The_60_day_preset_is_exactly_the_API_schedule_of_60_day_steps()
    {
        ScheduleInput schedule = SchedulePresets.Get("Steps60").ToInput();

        Assert.Equal("P60D", schedule.StepDuration);
        Assert.Equal("P14D", schedule.ReviewDuration);
        Assert.Equal(["P7D", "P1D"], schedule.ReminderOffsets);
        Assert.Equal("P7D", schedule.OverdueReminderEvery);
        Assert.Equal("P14D", schedule.EscalateAfter);
    }

    [Theory]
    [InlineData("Steps90", "P90D", "P21D", new[] { "P14D", "P7D", "P1D" }, "P7D", "P14D")]
    [InlineData("Steps30", "P30D", "P7D", new[] { "P3D", "P1D" }, "P3D", "P7D")]
    public void Each_preset_reads_as_its_label_says(string key, string step, string review, string[] reminders, string overdue, string escalate)
    {
        ScheduleInput schedule = SchedulePresets.Get(key).ToInput();

        Assert.Equal(new ScheduleInput(step, review, reminders, overdue, escalate) with { ReminderOffsets = schedule.ReminderOffsets }, schedule);
        Assert.Equal(reminders, schedule.ReminderOffsets);
    }

    [Fact]
    public void Every_preset_passes_the_domain_schedule_rules()
    {
        foreach ((string key, _) in SchedulePresets.All)
        {
            var errors = new Domain.Validation.ValidationErrors();
            CycleRules.Validate(OpenCycle.Request("2027", "National strategies 2027", ["GHA"], SchedulePresets.Get(key)), errors, ScheduleBounds.ForPeople);
            Assert.True(errors.IsEmpty, key);
        }
    }

    [Fact]
    public void A_custom_duration_of_3_weeks_is_sent_as_21_days()
    {
        ScheduleChoice custom = SchedulePresets.Get(SchedulePresets.Custom);
        custom.Step.Amount = 3;
        custom.Step.Unit = DurationUnit.Weeks;
        custom.Reminders.RemoveAt(1);
        custom.Reminders[0].Amount = 2;
        custom.Reminders[0].Unit = DurationUnit.Days;

        ScheduleInput schedule = custom.ToInput();

        Assert.Equal("P21D", schedule.StepDuration);
        Assert.Equal(["P2D"], schedule.ReminderOffsets);
    }

    [Fact]
    public void The_request_trims_the_id_and_title_and_keeps_the_chosen_countries()
    {
        CycleInput input = OpenCycle.Request(" 2027 ", " National strategies 2027 ", ["GHA", "DNK"], SchedulePresets.Get("Steps60"));

        Assert.Equal("2027", input.CycleId);
        Assert.Equal("National strategies 2027", input.Title);
        Assert.Equal(["GHA", "DNK"], input.Countries);
        Assert.Equal("P60D", input.Schedule!.StepDuration);
    }

    [Fact]
    public void A_preset_is_a_fresh_copy_so_editing_one_never_changes_the_next()
    {
        SchedulePresets.Get("Steps60").Step.Amount = 5;

        Assert.Equal("P60D", SchedulePresets.Get("Steps60").ToInput().StepDuration);
    }
}
