using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Mail;

namespace FocalPoints.Infrastructure.Tests.Mail;

public sealed class EarlyWarningMessageTests
{
    private static readonly MessageTemplates Templates = new(new PortalOptions { BaseUrl = "https://portal.example" });

    [Theory]
    [InlineData(Language.En, "- Ghana: early warning, RF9 ")]
    [InlineData(Language.Fr, "- Ghana : alerte précoce, RF9 ")]
    [InlineData(Language.Ar, "- غانا: إنذار مبكر، RF9 ")]
    public void A_warning_line_names_the_factor_in_the_recipients_language(Language language, string line)
    {
        ComposedMessage message = Templates.Compose(new MessageRequest(
            NotificationMoment.EarlyWarning, language, "UTC", "Strategies 2028", "GHA", Link: PortalLink.ToStrategy("c2", "GHA"),
            Items: [new DigestEntry("GHA", StrategyStep.RiskAssessment, DigestState.EarlyWarning, "RF9")]));

        Assert.Contains(line, message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_that_may_not_be_named_says_only_that_one_waits()
    {
        ComposedMessage message = Templates.Compose(new MessageRequest(
            NotificationMoment.EarlyWarning, Language.En, "UTC", "Strategies 2028", "GHA",
            Items: [new DigestEntry("GHA", StrategyStep.RiskAssessment, DigestState.EarlyWarning)]));

        Assert.Contains("- Ghana: early warning\n", message.Text + "\n", StringComparison.Ordinal);
        Assert.DoesNotContain("RF", message.Text, StringComparison.Ordinal);
    }
}
