using System.Diagnostics;
using Azure.Identity;
using FocalPoints.Api.Telemetry;

namespace FocalPoints.Api.Tests.Telemetry;

public sealed class TelemetryRedactionTests
{
    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0/users/focalpoints@network.example/sendMail", "https://graph.microsoft.com/v1.0/users/{mailbox}/sendMail")]
    [InlineData("https://graph.microsoft.com/v1.0/users/focalpoints%40network.example/sendMail", "https://graph.microsoft.com/v1.0/users/{mailbox}/sendMail")]
    [InlineData("/v1.0/Users/6f1c2a9e-0000-4000-8000-000000000001/sendMail", "/v1.0/Users/{mailbox}/sendMail")]
    [InlineData("Recipient fp@gha.example is not valid", "Recipient {address} is not valid")]
    [InlineData("To: fp%40gha.example, coordinator@network.example;", "To: {address}, {address};")]
    [InlineData("http://127.0.0.1:10002/devstoreaccount1/Cycles(PartitionKey='c',RowKey='x.y%40z.example')", "http://127.0.0.1:10002/devstoreaccount1/Cycles(PartitionKey='c',RowKey='{address}')")]
    public void Redact_replaces_graph_mailboxes_and_addresses(string value, string expected) =>
        Assert.Equal(expected, TelemetryRedaction.Redact(value));

    [Theory]
    [InlineData("activity:NotifyActivity@(1.2)")]
    [InlineData("POST /api/cycles/{cycleId}/countries/{iso3}/steps/{step}/submission")]
    [InlineData("strategy:cycle-2027:GHA")]
    public void Redact_returns_text_without_an_address_unchanged(string value) =>
        Assert.Same(value, TelemetryRedaction.Redact(value));

    [Fact]
    public void RedactUrl_drops_the_query_string_and_the_fragment() =>
        Assert.Equal("http://localhost/api/dev/outbox", TelemetryRedaction.RedactUrl("http://localhost/api/dev/outbox?cycle=c&to=fp@gha.example#top"));

    [Fact]
    public void The_processor_redacts_name_status_and_attributes_and_drops_query_strings()
    {
        using var span = new Activity("POST");
        span.DisplayName = "send to fp@gha.example";
        span.SetStatus(ActivityStatusCode.Error, "Recipient fp@gha.example refused");
        span.SetTag("url.full", "https://graph.microsoft.com/v1.0/users/focalpoints@network.example/sendMail?x=fp@gha.example");
        span.SetTag("url.query", "?note=confidential");
        span.SetTag("recipients", new[] { "fp@gha.example", "ok" });
        span.SetTag("http.response.status_code", 202);
        span.SetTag("server.address", "graph.microsoft.com");

        new RedactingProcessor().OnEnd(span);

        Assert.Equal("send to {address}", span.DisplayName);
        Assert.Equal("Recipient {address} refused", span.StatusDescription);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("https://graph.microsoft.com/v1.0/users/{mailbox}/sendMail", span.GetTagItem("url.full"));
        Assert.Null(span.GetTagItem("url.query"));
        Assert.Equal(new[] { "{address}", "ok" }, span.GetTagItem("recipients"));
        Assert.Equal(202, span.GetTagItem("http.response.status_code"));
        Assert.Equal("graph.microsoft.com", span.GetTagItem("server.address"));
    }

    [Theory]
    [InlineData("Authorization=AAD;ClientId=11111111-2222-3333-4444-555555555555", null)]
    [InlineData("Authorization=AAD", "11111111-2222-3333-4444-555555555555")]
    [InlineData("authorization=aad", null)]
    public void The_exporter_authenticates_with_the_managed_identity_when_the_authentication_string_asks_for_AAD(string authentication, string? azureClientId) =>
        Assert.IsType<ManagedIdentityCredential>(TelemetryServiceCollectionExtensions.AzureMonitorCredential(authentication, azureClientId));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Authorization=Other")]
    public void Without_AAD_the_connection_string_alone_is_used(string? authentication) =>
        Assert.Null(TelemetryServiceCollectionExtensions.AzureMonitorCredential(authentication, "11111111-2222-3333-4444-555555555555"));
}
