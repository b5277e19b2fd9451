using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FocalPoints.Domain;

namespace FocalPoints.Portal.Api;

/// <summary>
/// The portal's one client of the API (<c>/api</c> on the portal's origin, or on the API's own
/// origin with a bearer token: <see cref="Auth.SignInRegistration"/>). Every call answers an
/// <see cref="ApiResult{T}"/>: the value, or the RFC 9457 problem the server sent, so pages show
/// the server's errors at their fields instead of throwing.
/// </summary>
public sealed class PortalApi(HttpClient http)
{
    /// <summary>The API's JSON rules (camelCase, enums as camelCase strings), the same options the server uses, for what the portal sends.</summary>
    public static JsonSerializerOptions Json => DomainJson.Options;

    /// <summary>For what the portal reads: the same rules, but fields a newer server adds are skipped, not refused.</summary>
    public static JsonSerializerOptions ReadJson { get; } = new(DomainJson.Options) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip };

    /// <summary>
    /// Raised when the server answers 401 to any call: the session has expired (or nobody is
    /// signed in), and the layout asks the person to sign in again.
    /// </summary>
    public event Action? SignedOut;

    public Task<ApiResult<MeView>> GetMeAsync(CancellationToken cancellationToken = default) =>
        GetAsync<MeView>("api/me", cancellationToken);

    public async Task<AuthMe> GetAuthMeAsync(CancellationToken cancellationToken = default)
    {
        ApiResult<AuthMe> result = await GetAsync<AuthMe>(".auth/me", cancellationToken);
        return result.Value ?? new AuthMe(null);
    }

    public async Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            using HttpResponseMessage response = await http.GetAsync(path, cancellationToken);
            return await ReadAsync<T>(response, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return new ApiResult<T>(default, Problem.Network(e.Message));
        }
    }

    /// <summary>Text as the server renders it (summaries as HTML or Markdown).</summary>
    public Task<ApiResult<string>> GetTextAsync(string path, CancellationToken cancellationToken = default) =>
        GetContentAsync(path, (content, ct) => content.ReadAsStringAsync(ct), cancellationToken);

    /// <summary>
    /// A file as the server sends it (a printable summary, the network's CSV), read through this
    /// client so that it carries the bearer token when the API is on another origin; the portal then
    /// shows or saves it from memory.
    /// </summary>
    public Task<ApiResult<ApiFile>> GetFileAsync(string path, CancellationToken cancellationToken = default) =>
        GetContentAsync(
            path,
            async (content, ct) => new ApiFile(await content.ReadAsByteArrayAsync(ct), content.Headers.ContentType?.ToString() ?? "application/octet-stream"),
            cancellationToken);

    /// <summary>A GET whose successful body is not JSON: read by <paramref name="read"/>; otherwise the server's problem.</summary>
    private async Task<ApiResult<T>> GetContentAsync<T>(string path, Func<HttpContent, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            using HttpResponseMessage response = await http.GetAsync(path, cancellationToken);
            return response.IsSuccessStatusCode
                ? new ApiResult<T>(await read(response.Content, cancellationToken), null)
                : new ApiResult<T>(default, await ReadProblemAsync(response, cancellationToken));
        }
        catch (HttpRequestException e)
        {
            return new ApiResult<T>(default, Problem.Network(e.Message));
        }
    }

    public Task<ApiResult<T>> PutAsync<T>(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body, null, cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, idempotencyKey, cancellationToken);

    public Task<ApiResult<T>> DeleteAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Delete, path, null, null, cancellationToken);

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        try
        {
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
            return await ReadAsync<T>(response, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return new ApiResult<T>(default, Problem.Network(e.Message));
        }
    }

    private async Task<ApiResult<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return new ApiResult<T>(default, await ReadProblemAsync(response, cancellationToken));
        }

        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return new ApiResult<T>(default, null);
        }

        T? value = await response.Content.ReadFromJsonAsync<T>(ReadJson, cancellationToken);
        return new ApiResult<T>(value, null);
    }

    private async Task<Problem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            SignedOut?.Invoke();
        }

        try
        {
            Problem? problem = await response.Content.ReadFromJsonAsync<Problem>(ReadJson, cancellationToken);
            if (problem is not null)
            {
                return problem with { Status = (int)response.StatusCode };
            }
        }
        catch (JsonException)
        {
            // Not a problem document (a proxy's page, say): the status code is all there is.
        }

        return new Problem((int)response.StatusCode, response.ReasonPhrase, null, null);
    }
}
