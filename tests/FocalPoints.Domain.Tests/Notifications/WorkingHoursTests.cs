using FocalPoints.Domain.Notifications;

namespace FocalPoints.Domain.Tests.Notifications;

public class WorkingHoursTests
{
    private static readonly WorkingHours Hours = WorkingHours.Default;

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Theory]
    // Accra is UTC+0 all year.
    [InlineData("Africa/Accra", "2027-05-03T10:00", "2027-05-03T10:00")] // inside the hours: at once
    [InlineData("Africa/Accra", "2027-05-03T07:30", "2027-05-03T09:00")] // before 09:00: the same morning
    [InlineData("Africa/Accra", "2027-05-03T18:00", "2027-05-04T09:00")] // at 18:00: the next morning
    [InlineData("Africa/Accra", "2027-05-03T23:59", "2027-05-04T09:00")]
    // Tonga is UTC+13: 21:00 UTC on 3 May is 10:00 on 4 May there.
    [InlineData("Pacific/Tongatapu", "2027-05-03T21:00", "2027-05-03T21:00")]
    [InlineData("Pacific/Tongatapu", "2027-05-03T06:00", "2027-05-03T20:00")] // 19:00 local on 3 May → 09:00 on 4 May = 20:00 UTC on 3 May
    // Kiritimati is UTC+14.
    [InlineData("Pacific/Kiritimati", "2027-05-03T12:00", "2027-05-03T19:00")] // 02:00 on 4 May → 09:00 on 4 May
    public void Reminder_waits_for_the_recipients_morning(string zone, string due, string expected) =>
        Assert.Equal(DateTime.SpecifyKind(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc),
            Hours.SendTime(DateTime.SpecifyKind(DateTime.Parse(due, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc), zone));

    [Fact]
    public void Morning_after_the_spring_forward_is_09_00_summer_time()
    {
        // Paris moves from UTC+1 to UTC+2 at 02:00 on Sunday 28 March 2027.
        DateTime sentSaturdayNight = Hours.SendTime(Utc(2027, 3, 27, 22), "Europe/Paris"); // 23:00 local, winter time
        Assert.Equal(Utc(2027, 3, 28, 7), sentSaturdayNight); // 09:00 CEST
    }

    [Fact]
    public void Morning_after_the_fall_back_is_09_00_winter_time()
    {
        // New York moves from UTC-4 to UTC-5 at 02:00 on Sunday 7 November 2027.
        Assert.Equal(Utc(2027, 11, 7, 14), Hours.SendTime(Utc(2027, 11, 7, 3), "America/New_York")); // 23:00 EDT on the 6th → 09:00 EST
    }

    [Fact]
    public void Start_inside_a_spring_forward_gap_moves_to_when_the_clocks_resume()
    {
        // With hours starting 02:30, that time does not exist in Paris on 28 March 2027.
        WorkingHours early = WorkingHours.Parse("02:30-18:00")!;
        DateTime sent = early.SendTime(Utc(2027, 3, 27, 20), "Europe/Paris");
        Assert.Equal(Utc(2027, 3, 28, 1), sent); // 03:00 CEST
    }

    [Fact]
    public void A_reminder_every_night_is_sent_every_morning_none_skipped()
    {
        DateTime[] nights = Enumerable.Range(0, 10).Select(d => Utc(2027, 3, 20 + d, 22)).ToArray(); // 23:00 or 00:00 in Paris, across the DST change
        DateTime[] sent = nights.Select(n => Hours.SendTime(n, "Europe/Paris")).ToArray();
        Assert.Equal(sent.Length, sent.Select(s => s.Date).Distinct().Count());
        Assert.All(sent, s => Assert.Equal(9, TimeZoneInfo.ConvertTimeFromUtc(s, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).Hour));
    }

    [Fact]
    public void Off_sends_at_once_and_the_setting_parses()
    {
        Assert.Equal(Utc(2027, 1, 1, 3), WorkingHours.Off.SendTime(Utc(2027, 1, 1, 3), "Europe/Paris"));
        Assert.Equal(WorkingHours.Off, WorkingHours.Parse("off"));
        Assert.Equal(Hours, WorkingHours.Parse("09:00-18:00"));
        Assert.Null(WorkingHours.Parse("18:00-09:00"));
        Assert.Null(WorkingHours.Parse("nine to six"));
        Assert.Equal("09:00-18:00", Hours.ToString());
    }
}
