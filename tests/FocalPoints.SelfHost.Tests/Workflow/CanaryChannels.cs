using System.Collections;
using System.Net;
using System.Text;
using Azure.Data.Tables;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Testing.Hosts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace FocalPoints.SelfHost.Tests.Workflow;

/// <summary>One answer a caller got, kept for the canary's scan.</summary>
public sealed record SweptAnswer(string Caller, string Path, HttpStatusCode Status, string Body);

/// <summary>
/// The channels the canary test reads, each read whole: every GET route the host maps (taken from
/// its own endpoint table, so a new route is swept without anyone adding it here), the stored audit
/// rows, and log records with their message, structured state, scopes and exception.
/// </summary>
public static class CanaryChannels
{
    // Every country's audit rows: AuditEntity.Prefix(iso3) less the country.
    private const string AuditRowPrefix = "audit|";

    /// <summary>
    /// Every GET route under <c>/api</c> with its parameters filled from <paramref name="values"/>
    /// (a parameter with several values gives a path each; <c>step</c> is every step), and the Markdown
    /// edition of every summary.
    /// </summary>
    public static IReadOnlyList<string> ApiGetPaths(IServiceProvider services, IReadOnlyDictionary<string, string> values)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (RouteEndpoint endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            string? template = endpoint.RoutePattern.RawText;
            bool get = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true;
            if (!get || template is null || !template.StartsWith("/api/", StringComparison.Ordinal))
            {
                continue;
            }

            IEnumerable<string> filled = [template];
            foreach (var parameter in endpoint.RoutePattern.Parameters)
            {
                string[] choices = parameter.Name == "step"
                    ? [.. StrategySteps.InOrder.Select(s => s.ToSlug())]
                    : [values.TryGetValue(parameter.Name, out string? value) ? value : throw new InvalidOperationException($"No value for {{{parameter.Name}}} in {template}.")];
                filled = filled.SelectMany(path => choices.Select(choice => path.Replace($"{{{parameter.Name}}}", choice, StringComparison.Ordinal))).ToArray();
            }

            foreach (string path in filled)
            {
                paths.Add(path);
                if (path.EndsWith("/summary", StringComparison.Ordinal))
                {
                    paths.Add(path + "?format=markdown");
                }
            }
        }

        return [.. paths];
    }

    /// <summary>Each of <paramref name="paths"/> as each caller (a name and its principal header; <c>null</c> for nobody signed in).</summary>
    public static async Task<IReadOnlyList<SweptAnswer>> SweepAsync(ApiClient api, IReadOnlyList<string> paths, IReadOnlyDictionary<string, string?> callers)
    {
        var answers = new List<SweptAnswer>();
        foreach ((string caller, string? principal) in callers)
        {
            foreach (string path in paths)
            {
                ApiResponse response = await api.GetAsync(path, principal);
                answers.Add(new SweptAnswer(caller, path, response.Status, response.Body));
            }
        }

        return answers;
    }

    /// <summary>Every property of every audit row (<c>audit|…</c>) of the cycle, one line a row.</summary>
    public static Task<IReadOnlyList<string>> AuditRowsAsync(string connectionString, string cycleId) =>
        RowsAsync(connectionString, cycleId, AuditRowPrefix);

    /// <summary>Every property of every row of the cycle's partition whose key starts with <paramref name="prefix"/>, one line a row.</summary>
    public static async Task<IReadOnlyList<string>> RowsAsync(string connectionString, string cycleId, string prefix)
    {
        TableClient cycles = new TableServiceClient(connectionString).GetTableClient(TableNames.Cycles);
        var rows = new List<string>();
        await foreach (TableEntity row in cycles.QueryAsync<TableEntity>(e => e.PartitionKey == cycleId))
        {
            if (row.RowKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                rows.Add(string.Join(";", row.Select(p => $"{p.Key}={p.Value}")));
            }
        }

        return rows;
    }

    /// <summary>A log record as a leak would show in any sink: category, message, every structured value, every scope, the exception.</summary>
    public static string Render(FakeLogRecord record)
    {
        var text = new StringBuilder().Append(record.Category).Append(' ').Append(record.Level).Append(": ").Append(record.Message);
        foreach (KeyValuePair<string, string?> pair in record.StructuredState ?? [])
        {
            text.Append(" | ").Append(pair.Key).Append('=').Append(pair.Value);
        }

        foreach (object? scope in record.Scopes)
        {
            text.Append(" | scope ");
            if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                text.AppendJoin(", ", pairs.Select(p => $"{p.Key}={p.Value}"));
            }
            else if (scope is IEnumerable items and not string)
            {
                text.AppendJoin(", ", items.Cast<object?>());
            }
            else
            {
                text.Append(scope);
            }
        }

        return text.Append(' ').Append(record.Exception).ToString();
    }
}
