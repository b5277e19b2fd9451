using FocalPoints.SelfHost.Hosting;

namespace FocalPoints.SelfHost.Tests.Workflow;

public class DigestScheduleTests
{
    [Theory]
    [InlineData("2027-05-10T06:00:00", "2027-05-10T07:00:00")] // Monday before 07:00: today
    [InlineData("2027-05-10T07:00:00", "2027-05-17T07:00:00")] // exactly at 07:00: next week
    [InlineData("2027-05-12T12:00:00", "2027-05-17T07:00:00")] // Wednesday: next Monday
    [InlineData("2027-05-16T23:59:00", "2027-05-17T07:00:00")] // Sunday night
    public void Next_digest_is_the_coming_monday_at_07_00_utc(string now, string expected) =>
        Assert.Equal(
            DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            DigestSchedule.Next(DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture), DayOfWeek.Monday, new TimeOnly(7, 0)));
}
