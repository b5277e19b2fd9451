using Bunit;
using FocalPoints.Portal.Components.Steps;

namespace FocalPoints.Portal.Tests.Components.Steps;

public sealed class DueStatusTests : PortalTestContext
{
    [Theory]
    [InlineData(5, "5 days left")]
    [InlineData(1, "1 day left")]
    [InlineData(0, "due today")]
    [InlineData(-3, "3 days overdue")]
    public void Days_left_or_overdue_are_counted_in_local_days(int days, string expected)
    {
        DateTime now = new DateTime(2027, 3, 10, 12, 0, 0, DateTimeKind.Local);
        DateTime due = now.AddDays(days).ToUniversalTime();

        IRenderedComponent<DueStatus> cut = Render<DueStatus>(p => p.Add(c => c.DueUtc, due).Add(c => c.Now, now));

        Assert.Equal(expected, cut.Find(days < 0 ? ".overdue" : ".days-left").TextContent.Trim());
    }
}
