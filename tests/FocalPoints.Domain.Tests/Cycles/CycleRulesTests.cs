using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.Tests.Cycles;

public class CycleRulesTests
{
    private static readonly ScheduleInput Schedule = new("P60D", "P14D", ["P7D", "P1D"], "P7D", "P14D");

    private static IReadOnlyDictionary<string, string[]> Errors(CycleInput input)
    {
        var errors = new ValidationErrors();
        CycleRules.Validate(input, errors);
        return errors.ToDictionary();
    }

    [Fact]
    public void Valid_cycle_is_accepted()
    {
        var errors = new ValidationErrors();
        CycleDefinition? cycle = CycleRules.Validate(new CycleInput("2027", "National strategies 2027", ["GHA", "DNK"], Schedule), errors);
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
}
