using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FocalPoints.Testing.Hosts;

/// <summary>A response as a test reads it: status, headers, parsed JSON body.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? ContentType, string Body, HttpResponseHeaders Headers)
{
    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);

    public override string ToString() => $"{(int)Status} {ContentType}: {Body}";
}

/// <summary>Talks to a running host over real HTTP, as a given principal.</summary>
public sealed class ApiClient(HttpClient http)
{
    public Task<ApiResponse> GetAsync(string path, string? principal) => SendAsync(HttpMethod.Get, path, null, principal);

    public Task<ApiResponse> PutAsync(string path, object? body, string? principal) => SendAsync(HttpMethod.Put, path, body, principal);

    public Task<ApiResponse> PostAsync(string path, object? body, string? principal, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, path, body, principal, idempotencyKey);

    public Task<ApiResponse> DeleteAsync(string path, string? principal) => SendAsync(HttpMethod.Delete, path, null, principal);

    /// <summary>Sends <paramref name="body"/>: a string is sent as it is (for malformed JSON), anything else serialized.</summary>
    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body, string? principal, string? idempotencyKey = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (principal is not null)
        {
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            string text = body as string ?? JsonSerializer.Serialize(body, TestJson.Options);
            request.Content = new StringContent(text, Encoding.UTF8, contentType);
        }

        using HttpResponseMessage response = await http.SendAsync(request);
        return new ApiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), response.Headers);
    }
}
