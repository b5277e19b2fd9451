using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FocalPoints.Api.Http;
using FocalPoints.Domain;
using FocalPoints.Domain.Network;

namespace FocalPoints.Tools.Demo;

/// <summary>
/// The self-host's API as the demo and the rush use it: as the network's coordinator or as a
/// country's focal point (signed in through the principal header, which only Development believes).
/// </summary>
public sealed class NetworkClient(HttpClient http)
{
    public const string Coordinator = "coordinator@network.example";

    private static readonly JsonSerializerOptions Json = DomainJson.Options;

    public static string CoordinatorHeader => ClientPrincipal.Encode(Coordinator, "Coordinator");

    public static string FocalPointHeader(string iso3) => ClientPrincipal.Encode(FocalPointEmail(iso3), "FocalPoint");

    public static string FocalPointEmail(string iso3) => $"focalpoint@{iso3.ToLowerInvariant()}.example";

    /// <summary>Registers each state with one focal point (in its regional group's time zone) and the coordinator.</summary>
    public async Task RegisterAsync(IEnumerable<UnMemberState> members, CancellationToken ct)
    {
        foreach (UnMemberState state in members)
        {
            await SendAsync(HttpMethod.Put, $"/api/network/members/{state.Iso3}", CoordinatorHeader, new
            {
                name = state.Name,
                regionalGroup = JsonNaming.CamelCase(state.RegionalGroup.ToString()),
                focalPoints = new[] { new { name = $"Focal point, {state.Name}", email = FocalPointEmail(state.Iso3), language = "en", timeZone = TimeZoneOf(state.RegionalGroup) } },
            }, ct);
        }

        await SendAsync(HttpMethod.Put, "/api/network/coordinators", CoordinatorHeader, new
        {
            coordinators = new[] { new { name = "Network coordinator", email = Coordinator, language = "en", timeZone = "Europe/Copenhagen" } },
        }, ct);
    }

    /// <summary>The network view of a cycle: one row per country (status, current step, step status).</summary>
    public async Task<JsonArray> ViewAsync(string cycleId, CancellationToken ct) => (JsonArray)(await GetAsync($"/api/cycles/{cycleId}", CoordinatorHeader, ct))["countries"]!;

    /// <summary>The messages of a cycle in the Development outbox.</summary>
    public async Task<JsonArray> OutboxAsync(string cycleId, CancellationToken ct) => (JsonArray)(await GetAsync($"/api/dev/outbox?cycleId={cycleId}", CoordinatorHeader, ct))["messages"]!;

    /// <summary>Sends a request without a body and returns the status, whatever it is.</summary>
    public async Task<HttpStatusCode> TrySendAsync(HttpMethod method, string path, string principal, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        using HttpResponseMessage response = await http.SendAsync(request, ct);
        return response.StatusCode;
    }

    public async Task<JsonNode> GetAsync(string path, string principal, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        using HttpResponseMessage response = await http.SendAsync(request, ct);
        string body = await response.Content.ReadAsStringAsync(ct);
        return response.IsSuccessStatusCode ? JsonNode.Parse(body)! : throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {body}");
    }

    /// <summary>Sends <paramref name="body"/> as JSON; throws unless the answer is a success.</summary>
    public async Task SendAsync(HttpMethod method, string path, string principal, object body, CancellationToken ct, string? idempotencyKey = null)
    {
        (HttpStatusCode status, string answer) = await TrySendAsync(method, path, principal, body, ct, idempotencyKey);
        if ((int)status is < 200 or > 299)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)status} {answer}");
        }
    }

    /// <summary>Sends <paramref name="body"/> as JSON and returns the status and body, whatever they are.</summary>
    public async Task<(HttpStatusCode Status, string Body)> TrySendAsync(HttpMethod method, string path, string principal, object body, CancellationToken ct, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, body.GetType(), options: Json) };
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using HttpResponseMessage response = await http.SendAsync(request, ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    private static string TimeZoneOf(RegionalGroup group) => group switch
    {
        RegionalGroup.AfricanStates => "Africa/Accra",
        RegionalGroup.AsiaPacificStates => "Asia/Bangkok",
        RegionalGroup.EasternEuropeanStates => "Europe/Warsaw",
        RegionalGroup.LatinAmericanAndCaribbeanStates => "America/Bogota",
        _ => "Europe/Paris",
    };
}
