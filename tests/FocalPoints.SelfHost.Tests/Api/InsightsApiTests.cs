using System.Net;
using System.Text.Json.Nodes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>
/// A cycle <c>i21</c> of twelve African countries whose risk assessments are approved: eleven shared with the
/// network (six rate RF10 severe), and Tanzania's — severe too — confidential: the canary. DNK is registered but
/// takes no part.
/// </summary>
public sealed class InsightsHostFixture : HostFixture
{
    public const string Cycle = "i21";
    public const string Canary = "TZA";

    public static readonly string[] Severe = ["GHA", "KEN", "NGA", "SEN", "ZAF", "BEN"];
    public static readonly string[] Low = ["CMR", "ETH", "MLI", "RWA", "UGA"];

    protected override async Task SeedAsync()
    {
        string[] countries = [.. Severe, .. Low, Canary];
        await Network.RegisterAsync([.. countries, "DNK"]);
        NetworkScenario.Ensure(await Network.OpenCycleAsync(Cycle, countries, NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        IStrategyRepository strategies = Host.App.Services.GetRequiredService<IStrategyRepository>();
        foreach (string country in countries)
        {
            await Network.WaitForOpenAsync(Cycle, country, StrategyStep.RiskAssessment);
        }

        await Host.WaitUntilIdleAsync("the workflows to be at rest");
        foreach (string country in countries)
        {
            RiskAssessmentContent content = new RiskAssessmentBuilder()
                .WithFactor("RF10", Low.Contains(country) ? RiskRating.Low : RiskRating.Severe, Trend.Worsening)
                .SharedAs(country == Canary ? Sharing.Confidential : Sharing.Network)
                .Build();
            await strategies.ApproveAsync(Cycle, country, content);
        }
    }
}

public sealed class InsightsApiTests(InsightsHostFixture host) : IClassFixture<InsightsHostFixture>
{
    private const string Path = $"/api/cycles/{InsightsHostFixture.Cycle}/insights";

    private static JsonNode Row(JsonNode insights, string topic, string subject) =>
        insights["tables"]!.AsArray().Single(t => (string?)t!["topic"] == topic)!["rows"]!.AsArray().First(r => (string?)r!["subject"] == subject)!;

    [Fact(Timeout = 60_000)]
    public async Task Coordinator_ReadsEveryGroup_AndTheConfidentialCanaryIsNotCounted()
    {
        JsonNode insights = NetworkScenario.Ensure(await host.Host.Api.GetAsync(Path, NetworkScenario.Coordinator), HttpStatusCode.OK).Json!;

        Assert.Equal("full", (string?)insights["form"]);
        Assert.Equal(5, insights["groups"]!.AsArray().Count);
        JsonNode sharing = insights["sharing"]!.AsArray().Single(r => (string?)r!["subject"] == "riskAssessment")!;
        Assert.Equal(11, (int?)sharing["network"]);
        Assert.Equal(6, (int?)Row(insights, "riskFactors", "RF10")["network"]);
        Assert.Null((int?)sharing["groups"]![0]);
    }

    [Fact(Timeout = 60_000)]
    public async Task Insights_AreOneTableRequest()
    {
        RequestCounter counter = host.Host.App.Services.GetRequiredService<RequestCounter>();
        long before = counter.Count;

        NetworkScenario.Ensure(await host.Host.Api.GetAsync(Path, NetworkScenario.Coordinator), HttpStatusCode.OK);

        Assert.Equal(1, counter.Count - before);
    }

    [Fact(Timeout = 60_000)]
    public async Task FocalPoint_ReadsTheBriefForm()
    {
        JsonNode insights = NetworkScenario.Ensure(await host.Host.Api.GetAsync(Path, Principals.FocalPoint(Principals.FocalPointEmail("GHA"))), HttpStatusCode.OK).Json!;

        Assert.Equal("brief", (string?)insights["form"]);
        Assert.Empty(insights["groups"]!.AsArray());
        Assert.Empty(Row(insights, "riskFactors", "RF10")["groups"]!.AsArray());
    }

    [Fact(Timeout = 60_000)]
    public async Task OthersAreRefused()
    {
        NetworkScenario.Ensure(await host.Host.Api.GetAsync(Path, Principals.FocalPoint("nobody@elsewhere.example")), HttpStatusCode.Forbidden);
        NetworkScenario.Ensure(await host.Host.Api.GetAsync(Path, Principals.Header("reviewer@peer.example", "PeerReviewer")), HttpStatusCode.Forbidden);
        NetworkScenario.Ensure(await host.Host.Api.GetAsync(Path, null), HttpStatusCode.Unauthorized);
        NetworkScenario.Ensure(await host.Host.Api.GetAsync("/api/cycles/nope/insights", NetworkScenario.Coordinator), HttpStatusCode.NotFound);
    }

    [Fact(Timeout = 60_000)]
    public async Task Csv_HasOneFigureALine()
    {
        ApiResponse csv = NetworkScenario.Ensure(await host.Host.Api.GetAsync(Path + ".csv", NetworkScenario.Coordinator), HttpStatusCode.OK);

        Assert.Equal("text/csv", csv.ContentType);
        string[] lines = csv.Body.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("topic,step,subject,category,regionalGroup,countries,withheld", lines[0]);
        Assert.Contains("riskFactors,riskAssessment,RF10,highOrSevere,network,6,False", lines);
        Assert.Contains("riskFactors,riskAssessment,RF10,highOrSevere,africanStates,,True", lines);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("fr", "moins de 5 pays")]
    [InlineData("ar", "أقل من 5 بلدان")]
    [InlineData("en", "fewer than 5 countries")]
    public async Task Report_IsInTheReadersLanguage_WithWithheldFiguresInWords(string language, string withheld)
    {
        using var http = new HttpClient { BaseAddress = host.Host.App.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, Path + "/report");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", NetworkScenario.Coordinator);
        request.Headers.AcceptLanguage.ParseAdd(language);

        using HttpResponseMessage response = await http.SendAsync(request);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{language}\"", html, StringComparison.Ordinal);
        Assert.Contains(withheld, html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }
}
