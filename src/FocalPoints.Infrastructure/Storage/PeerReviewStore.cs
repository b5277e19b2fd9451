using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain;
using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// Table <c>PeerReviews</c>: one partition per session (the session row, <c>rec|…</c> rows, each
/// with its last declared progress, and <c>resp|…</c> rows), and one index partition per country (<c>country|{ISO3}</c>) so that a
/// country's follow-ups are one partition query.
/// </summary>
public sealed class TablePeerReviewStore(TableServiceClient tables) : IPeerReviewStore
{
    private const string SessionRow = "session";
    private const string InvitationsStarted = "InvitationsStarted";

    private TableClient Table => tables.GetTableClient(TableNames.PeerReviews);

    /// <summary>A session's row, checked against Azure's limits (the domain's caps keep a full session within them).</summary>
    public static TableEntity SessionEntity(PeerReviewSession session) =>
        EntitySize.Checked(new TableEntity(session.SessionId, SessionRow) { ["Json"] = JsonSerializer.Serialize(session, DomainJson.Options) });

    public async Task<bool> TryAddSessionAsync(PeerReviewSession session, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(SessionEntity(session), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<PeerReviewSession?> GetSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found = await Table.GetEntityIfExistsAsync<TableEntity>(sessionId, SessionRow, cancellationToken: cancellationToken);
        return found.HasValue ? JsonSerializer.Deserialize<PeerReviewSession>(found.Value!.GetString("Json"), DomainJson.Options) : null;
    }

    public async Task<IReadOnlyList<PeerReviewSession>> ListSessionsAwaitingInvitationsAsync(DateTime createdBefore, CancellationToken cancellationToken)
    {
        // Sessions are few: the flag is read with the session rows and tested here (a filter on a
        // property that older rows lack would depend on how the service compares a missing value).
        var awaiting = new List<PeerReviewSession>();
        await foreach (TableEntity row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {SessionRow}"), select: ["Json", InvitationsStarted], cancellationToken: cancellationToken))
        {
            PeerReviewSession session = JsonSerializer.Deserialize<PeerReviewSession>(row.GetString("Json"), DomainJson.Options)!;
            if (row.GetBoolean(InvitationsStarted) != true && session.CreatedUtc < createdBefore)
            {
                awaiting.Add(session);
            }
        }

        return awaiting;
    }

    public async Task MarkInvitationsStartedAsync(string sessionId, CancellationToken cancellationToken) =>
        await Table.UpdateEntityAsync(new TableEntity(sessionId, SessionRow) { [InvitationsStarted] = true }, ETag.All, TableUpdateMode.Merge, cancellationToken);

    public async Task<IReadOnlyList<PeerReviewSession>> ListSessionsAsync(CancellationToken cancellationToken)
    {
        // The session rows share one row key across the session partitions. Sessions are few (a
        // handful a year) and their partitions small, so the filtered scan stays cheap; selecting
        // Json keeps the rows it returns small.
        var sessions = new List<PeerReviewSession>();
        await foreach (TableEntity row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {SessionRow}"), select: ["Json"], cancellationToken: cancellationToken))
        {
            sessions.Add(JsonSerializer.Deserialize<PeerReviewSession>(row.GetString("Json"), DomainJson.Options)!);
        }

        return sessions;
    }

    public async Task<Recommendation> AddRecommendationAsync(PeerReviewSession session, string country, string text, RecommendationStatus status, DateOnly followUpBy, CancellationToken cancellationToken)
    {
        while (true)
        {
            FollowUps existing = await ListSessionFollowUpsAsync(session.SessionId, cancellationToken);
            int number = existing.Recommendations.Count(r => r.Country == country) + 1;
            var recommendation = new Recommendation(session.SessionId, session.CycleId, country, number, text, status, followUpBy);
            string json = JsonSerializer.Serialize(recommendation, DomainJson.Options);
            try
            {
                // The number is taken by inserting its row: a concurrent recording of the same number loses and retries with the next.
                await Table.AddEntityAsync(new TableEntity(session.SessionId, RecommendationRow(country, number)) { ["Json"] = json }, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                continue;
            }

            await IndexRecommendationAsync(recommendation, json, cancellationToken);
            return recommendation;
        }
    }

    public async Task PutResponseAsync(CountryResponse response, CancellationToken cancellationToken)
    {
        string json = JsonSerializer.Serialize(response, DomainJson.Options);
        await Table.UpsertEntityAsync(new TableEntity(response.SessionId, $"resp|{response.Country}") { ["Json"] = json }, TableUpdateMode.Replace, cancellationToken);
        await Table.UpsertEntityAsync(new TableEntity(IndexPartition(response.Country), $"{response.SessionId}|resp") { ["Json"] = json }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task PutProgressAsync(Recommendation recommendation, CancellationToken cancellationToken)
    {
        // The declaration travels in the recommendation's own rows (old rows, without one, read as not declared);
        // Update (not upsert) on the session's row: a recommendation that was never recorded is not created.
        string json = JsonSerializer.Serialize(recommendation, DomainJson.Options);
        await Table.UpdateEntityAsync(new TableEntity(recommendation.SessionId, RecommendationRow(recommendation.Country, recommendation.Number)) { ["Json"] = json }, ETag.All, TableUpdateMode.Merge, cancellationToken);
        await IndexRecommendationAsync(recommendation, json, cancellationToken);
    }

    /// <summary>Writes a recommendation's row in its country's index partition (<paramref name="json"/>: the recommendation serialised).</summary>
    private async Task IndexRecommendationAsync(Recommendation recommendation, string json, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(
            new TableEntity(IndexPartition(recommendation.Country), $"{recommendation.SessionId}|{RecommendationRow(recommendation.Country, recommendation.Number)}") { ["Json"] = json },
            TableUpdateMode.Replace,
            cancellationToken);

    public Task<FollowUps> ListSessionFollowUpsAsync(string sessionId, CancellationToken cancellationToken) =>
        ReadAsync(TableClient.CreateQueryFilter($"PartitionKey eq {sessionId}"), cancellationToken);

    public Task<FollowUps> ListCountryFollowUpsAsync(string country, CancellationToken cancellationToken) =>
        ReadAsync(TableClient.CreateQueryFilter($"PartitionKey eq {IndexPartition(country)}"), cancellationToken);

    private async Task<FollowUps> ReadAsync(string filter, CancellationToken cancellationToken)
    {
        var recommendations = new List<Recommendation>();
        var responses = new List<CountryResponse>();
        await foreach (TableEntity row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey.Contains("rec|", StringComparison.Ordinal))
            {
                recommendations.Add(JsonSerializer.Deserialize<Recommendation>(row.GetString("Json"), DomainJson.Options)!);
            }
            else if (row.RowKey.StartsWith("resp|", StringComparison.Ordinal) || row.RowKey.EndsWith("|resp", StringComparison.Ordinal))
            {
                responses.Add(JsonSerializer.Deserialize<CountryResponse>(row.GetString("Json"), DomainJson.Options)!);
            }
        }

        return new FollowUps(
            recommendations.OrderBy(r => r.SessionId, StringComparer.Ordinal).ThenBy(r => r.Country, StringComparer.Ordinal).ThenBy(r => r.Number).ToArray(),
            responses.OrderBy(r => r.SessionId, StringComparer.Ordinal).ThenBy(r => r.Country, StringComparer.Ordinal).ToArray());
    }

    private static string IndexPartition(string country) => $"country|{country}";

    private static string RecommendationRow(string country, int number) => string.Create(CultureInfo.InvariantCulture, $"rec|{country}|{number:D3}");
}
