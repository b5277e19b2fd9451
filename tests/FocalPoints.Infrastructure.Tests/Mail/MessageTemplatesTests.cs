using FocalPoints.Application.Ports;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Mail;

namespace FocalPoints.Infrastructure.Tests.Mail;

public class MessageTemplatesTests
{
    private static readonly MessageTemplates Templates = new(new PortalOptions { BaseUrl = "https://portal.example" });
    private static readonly DateTime Due = new(2027, 5, 3, 16, 30, 0, DateTimeKind.Utc);

    public static TheoryData<NotificationMoment, Language> EveryMomentInEveryLanguage()
    {
        var data = new TheoryData<NotificationMoment, Language>();
        foreach (NotificationMoment moment in Enum.GetValues<NotificationMoment>())
        {
            foreach (Language language in MessageTemplates.Translated)
            {
                data.Add(moment, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMomentInEveryLanguage))]
    public void Every_template_renders_with_no_placeholder_left(NotificationMoment moment, Language language)
    {
        ComposedMessage message = Templates.Compose(new MessageRequest(
            moment, language, "Pacific/Tongatapu", "National strategies 2027", "CIV", StrategyStep.OfficialTraining, Due,
            Comments: new StepText("Add the judiciary's numbers.", Sharing.Network), Link: PortalLink.ToStep("2027", "CIV", StrategyStep.OfficialTraining),
            Recipient: "fp@civ.example", Reason: "Mailbox unavailable", Items: [new DigestEntry("GHA", StrategyStep.RiskAssessment, DigestState.Overdue)], Counts: new DigestCounts(1, 2, 3)));

        foreach (string part in new[] { message.Subject, message.Text, message.Html })
        {
            Assert.DoesNotContain("{{", part, StringComparison.Ordinal);
            Assert.DoesNotContain("{%", part, StringComparison.Ordinal);
            Assert.DoesNotContain("}}", part, StringComparison.Ordinal);
        }

        Assert.False(string.IsNullOrWhiteSpace(message.Subject));
        string expected = moment switch
        {
            NotificationMoment.Digest => "- " + CountryNames.Name("GHA", language), // the rest in the recipient's language (DigestLine_is_written_in_the_recipients_language)
            NotificationMoment.PeerReviewScheduled => "National strategies 2027", // a session, not a country
            _ => CountryNames.Name("CIV", language), // in the recipient's language
        };
        Assert.Contains(expected, message.Text, StringComparison.Ordinal);
        Assert.Contains("https://portal.example/cycles/2027/countries/CIV/steps/official-training", message.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://portal.example/cycles/2027/countries/CIV/steps/official-training\"", message.Html, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_date_is_shown_in_the_recipients_time_zone_and_language()
    {
        string english = Templates.Compose(new MessageRequest(NotificationMoment.Reminder, Language.En, "Pacific/Tongatapu", "C", "TON", StrategyStep.RiskAssessment, Due)).Text;
        string french = Templates.Compose(new MessageRequest(NotificationMoment.Reminder, Language.Fr, "Europe/Paris", "C", "FRA", StrategyStep.RiskAssessment, Due)).Text;

        Assert.Contains("Tuesday 4 May 2027, 05:30 (Pacific/Tongatapu)", english, StringComparison.Ordinal); // UTC+13
        Assert.Contains("lundi 3 mai 2027, 18:30 (Europe/Paris)", french, StringComparison.Ordinal); // CEST, UTC+2
    }

    [Fact]
    public void Comments_are_html_encoded_in_the_html_body_and_kept_in_the_text()
    {
        ComposedMessage message = Templates.Compose(new MessageRequest(NotificationMoment.Returned, Language.Es, "America/Bogota", "C", "COL", StrategyStep.RiskAssessment, Due,
            Comments: new StepText("<script>alert('x')</script> & more", Sharing.Network)));

        Assert.Contains("<script>alert('x')</script> & more", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", message.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", message.Html, StringComparison.Ordinal);
        Assert.Contains("Comentarios de los coordinadores", message.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryMomentInEveryLanguage))]
    public void Comments_of_a_confidential_step_are_never_written_into_a_message(NotificationMoment moment, Language language)
    {
        ComposedMessage message = Templates.Compose(new MessageRequest(
            moment, language, "Africa/Accra", "C", "GHA", StrategyStep.RiskAssessment, Due,
            Comments: new StepText("CANARY-comment-41 militia lists", Sharing.Confidential), Link: PortalLink.ToCycle("x")));

        foreach (string part in new[] { message.Subject, message.Text, message.Html })
        {
            Assert.DoesNotContain("CANARY-comment-41", part, StringComparison.Ordinal);
        }

        Assert.Contains(Templates.Label(language, "commentsWaiting"), message.Text, StringComparison.Ordinal);
        Assert.Contains("https://portal.example/cycles/x", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_without_content_are_left_out()
    {
        ComposedMessage message = Templates.Compose(new MessageRequest(NotificationMoment.StepOpened, Language.En, "Africa/Accra", "C", "GHA", StrategyStep.RiskAssessment, Due, Link: PortalLink.ToCycle("x")));

        Assert.DoesNotContain("Comments from the coordinators", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reason", message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ul>", message.Html, StringComparison.Ordinal);
        Assert.Contains("Open the step: https://portal.example/cycles/x", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_mail_runs_right_to_left_and_says_its_language()
    {
        ComposedMessage arabic = Templates.Compose(new MessageRequest(NotificationMoment.Returned, Language.Ar, "Asia/Riyadh", "C", "SAU", StrategyStep.OfficialTraining, Due,
            Comments: new StepText("Add the judiciary's numbers.", Sharing.Network), Link: PortalLink.ToCycle("x")));
        ComposedMessage english = Templates.Compose(new MessageRequest(NotificationMoment.Returned, Language.En, "Asia/Riyadh", "C", "SAU", StrategyStep.OfficialTraining, Due,
            Comments: new StepText("Add the judiciary's numbers.", Sharing.Network), Link: PortalLink.ToCycle("x")));

        Assert.Equal("أُعيدت للتنقيح: مرحلة تدريب المسؤولين لدولة المملكة العربية السعودية", arabic.Subject);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic.Html, StringComparison.Ordinal);
        Assert.Contains("<body lang=\"ar\" dir=\"rtl\"", arabic.Html, StringComparison.Ordinal);
        Assert.Contains("text-align:right", arabic.Html, StringComparison.Ordinal);
        Assert.Contains("border-right:3px solid", arabic.Html, StringComparison.Ordinal); // the quote's bar on the side the text starts
        Assert.Contains("الاثنين 3 مايو 2027، الساعة 19:30 (Asia/Riyadh)", arabic.Text, StringComparison.Ordinal); // Gregorian, as the UN writes dates
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english.Html, StringComparison.Ordinal);
        Assert.Contains("border-left:3px solid", english.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Zh, "Asia/Shanghai", "2027年5月4日星期二 00:30 (Asia/Shanghai)", "<html lang=\"zh-Hans\" dir=\"ltr\">")]
    [InlineData(Language.Ru, "Europe/Moscow", "понедельник, 3 мая 2027 г., 19:30 (Europe/Moscow)", "<html lang=\"ru\" dir=\"ltr\">")]
    public void Chinese_and_russian_mail_write_dates_as_the_language_does(Language language, string zone, string due, string html)
    {
        ComposedMessage message = Templates.Compose(new MessageRequest(NotificationMoment.Reminder, language, zone, "C", "GHA", StrategyStep.RiskAssessment, Due));

        Assert.Contains(due, message.Subject, StringComparison.Ordinal);
        Assert.StartsWith($"<!DOCTYPE html>\n{html}", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Country_names_are_written_in_the_recipients_language()
    {
        static MessageRequest About(Language language) => new(NotificationMoment.Approved, language, "UTC", "C", "PRK", StrategyStep.RiskAssessment);

        Assert.Equal("Approved: Democratic People's Republic of Korea's risk assessment", Templates.Compose(About(Language.En)).Subject);
        Assert.Equal("Утверждено: Корейская Народно-Демократическая Республика, этап «оценка рисков»", Templates.Compose(About(Language.Ru)).Subject);
        Assert.Equal("已批准：朝鲜民主主义人民共和国的“风险评估”", Templates.Compose(About(Language.Zh)).Subject);
        Assert.Contains("XKX", Templates.Compose(About(Language.Fr) with { Country = "XKX" }).Subject, StringComparison.Ordinal); // not a Member State: the code as given
    }

    [Fact]
    public void DigestLine_is_written_in_the_recipients_language()
    {
        DigestEntry[] items = [new("GHA", StrategyStep.RiskAssessment, DigestState.Overdue), new("TGO", StrategyStep.RiskAssessment, DigestState.ReviewOverdue), new("MLI", StrategyStep.RiskAssessment, DigestState.Completed)];

        string text = Templates.Compose(new MessageRequest(NotificationMoment.Digest, Language.En, "UTC", "C", string.Empty, Items: items)).Text;

        Assert.Contains("- Ghana: risk assessment, overdue", text, StringComparison.Ordinal);
        Assert.Contains("- Togo: risk assessment, review overdue", text, StringComparison.Ordinal);
        Assert.Contains("- Mali: completed", text, StringComparison.Ordinal);

        string chinese = Templates.Compose(new MessageRequest(NotificationMoment.Digest, Language.Zh, "UTC", "C", string.Empty, Items: items)).Text;
        Assert.Contains("- 加纳：风险评估，已逾期", chinese, StringComparison.Ordinal);
        Assert.Contains("- 马里：已完成", chinese, StringComparison.Ordinal);
    }
}
