using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using FocalPoints.Domain.Validation;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>A recommendation past the cap of its country in a session is a 400 problem and stores nothing.</summary>
public sealed class RecommendationCapTests(StrategyHostFixture host) : IClassFixture<StrategyHostFixture>
{
    /// <summary>Every row of the peer-review table with its ETag (the session's invitations write elsewhere, when they like).</summary>
    private async Task<string> PeerReviewRowsAsync()
    {
        var text = new StringBuilder();
        await foreach (TableEntity row in new TableServiceClient(host.ConnectionString).GetTableClient(TableNames.PeerReviews).QueryAsync<TableEntity>())
        {
            text.Append(row.PartitionKey).Append('|').Append(row.RowKey).Append('|').Append(row.ETag).AppendLine();
        }

        return text.ToString();
    }

    [Fact(Timeout = 300_000)]
    public async Task The_recommendation_after_the_countrys_cap_is_400_and_stores_nothing()
    {
        ApiResponse created = await host.Host.Api.PostAsync("/api/peer-reviews", new { title = "Cap", date = "2027-09-15", cycleId = StrategyHostFixture.Cycle, countries = new[] { "GHA" }, reviewers = new[] { "r@peer.example" } }, NetworkScenario.Coordinator);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        string path = $"/api/peer-reviews/{(string)created.Json!["sessionId"]!}/recommendations";
        for (int i = 1; i <= ContentLimits.RecommendationsPerCountry; i++)
        {
            ApiResponse recorded = await host.Host.Api.PostAsync(path, new { country = "GHA", text = $"Recommendation {i}", status = "accepted", followUpBy = "2028-03-01" }, NetworkScenario.Coordinator);
            Assert.True(recorded.Status == HttpStatusCode.Created, $"recommendation {i}: {recorded}");
        }

        string before = await PeerReviewRowsAsync();

        ApiResponse refused = await host.Host.Api.PostAsync(path, new { country = "GHA", text = "One too many", status = "noted", followUpBy = "2028-03-01" }, NetworkScenario.Coordinator);

        Assert.True(refused.Status == HttpStatusCode.BadRequest, refused.ToString());
        Assert.Equal("application/problem+json", refused.ContentType);
        JsonNode message = Assert.Single(refused.Json!["errors"]!["$.country"]!.AsArray())!;
        Assert.Contains(ContentLimits.RecommendationsPerCountry.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)message!, StringComparison.Ordinal);
        Assert.Equal(before, await PeerReviewRowsAsync());
    }
}
