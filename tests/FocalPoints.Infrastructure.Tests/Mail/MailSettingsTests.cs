using FocalPoints.Infrastructure.Mail;
using FocalPoints.Testing;
using Microsoft.Extensions.Options;

namespace FocalPoints.Infrastructure.Tests.Mail;

/// <summary>Sections <c>Mail</c>, <c>Portal</c> and <c>Graph</c> are checked when the host starts, not at the first message.</summary>
public sealed class MailSettingsTests
{
    private static Exception? Start(params (string Key, string? Value)[] settings) =>
        StartupSettings.Check(services => services.AddFocalPointsMail(), settings);

    [Fact]
    public void The_outbox_with_the_defaults_starts() => Assert.Null(Start());

    [Fact]
    public void Graph_with_a_client_secret_starts_and_reads_it_from_Graph_ClientSecret()
    {
        Assert.Null(Start(
            ("Mail:Sender", "Graph"),
            ("Graph:SenderMailbox", "focalpoints@example.org"),
            ("Graph:Authentication", GraphOptions.ClientSecretAuthentication),
            ("Graph:TenantId", "tenant"),
            ("Graph:ClientId", "client"),
            ("Graph:ClientSecret", "secret")));
    }

    [Theory]
    [InlineData("Mail:Sender", "Mail:Sender", "carrier-pigeon")]
    [InlineData("Mail:MaxPerMinute", "Mail:MaxPerMinute", "0")]
    [InlineData("Mail:RateWindow", "Mail:RateWindow", "-00:01:00")]
    [InlineData("Portal:BaseUrl", "Portal:BaseUrl", "portal.example.org")]
    [InlineData("Graph:BaseUrl", "Graph:BaseUrl", "graph/v1.0")]
    [InlineData("Graph:Authentication", "Graph:Authentication", "password")]
    [InlineData("Graph:Authentication", "Graph:TenantId", GraphOptions.ClientSecretAuthentication)]
    [InlineData("Graph:Authentication", "Graph:CertificatePath", GraphOptions.ClientCertificate)]
    [InlineData("Graph:Authentication", "Graph:BaseUrl", GraphOptions.None)]
    public void A_wrong_setting_stops_the_start_naming_the_key(string key, string named, string value)
    {
        OptionsValidationException failed = Assert.IsType<OptionsValidationException>(Start((key, value)));

        Assert.Contains(named, failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_as_the_sender_needs_its_mailbox()
    {
        OptionsValidationException failed = Assert.IsType<OptionsValidationException>(Start(("Mail:Sender", "graph")));

        Assert.Contains("Graph:SenderMailbox", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_that_is_not_a_number_stops_the_start_naming_the_key()
    {
        InvalidOperationException failed = Assert.IsType<InvalidOperationException>(Start(("Mail:MaxPerMinute", "thirty")));

        Assert.Contains("Mail:MaxPerMinute", failed.Message, StringComparison.Ordinal);
    }
}
