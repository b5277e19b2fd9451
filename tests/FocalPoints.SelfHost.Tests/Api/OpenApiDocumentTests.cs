using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FocalPoints.Contracts;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing.Hosts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>A self-host with nothing in it: the OpenAPI document does not depend on data.</summary>
public sealed class BareHostFixture : HostFixture
{
    protected override Task SeedAsync() => Task.CompletedTask;
}

/// <summary>
/// The OpenAPI document the self-host generates from its endpoints is the committed
/// <c>docs/openapi.json</c> (which the Functions app serves): integrators generate clients from it.
/// </summary>
public sealed class OpenApiDocumentTests(BareHostFixture fixture) : IClassFixture<BareHostFixture>
{
    /// <summary>Set to <c>1</c> to write the served document to <c>docs/openapi.json</c> instead of comparing.</summary>
    public const string WriteVariable = "FOCALPOINTS_WRITE_OPENAPI";

    private static string Committed => Path.Combine(RepositoryRoot.Find(), "docs", "openapi.json");

    [Fact]
    public async Task The_served_document_is_the_committed_one()
    {
        // Arrange
        using var http = new HttpClient { BaseAddress = fixture.Host.App.BaseAddress };

        // Act: no principal, no cookie: the document needs no sign-in
        using HttpResponseMessage response = await http.GetAsync(ApiRoutes.OpenApiDocument);
        string served = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("Content-Security-Policy").FirstOrDefault()), "The host's security headers apply to the document too.");
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            await File.WriteAllTextAsync(Committed, Normalise(served) + "\n");
        }

        Assert.True(
            File.Exists(Committed) && Normalise(served) == Normalise(await File.ReadAllTextAsync(Committed)),
            $"The API's OpenAPI document differs from docs/openapi.json. If the change to the contract is meant, regenerate it: " +
            $"{WriteVariable}=1 dotnet test tests/FocalPoints.SelfHost.Tests --filter FullyQualifiedName~OpenApiDocumentTests, then review and commit docs/openapi.json.");
    }

    [Fact]
    public async Task Every_api_route_the_self_host_maps_is_in_the_document()
    {
        // Arrange
        string[] mapped = fixture.Host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith(ApiRoutes.Prefix + "/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        using var http = new HttpClient { BaseAddress = fixture.Host.App.BaseAddress };

        // Act
        using JsonDocument document = JsonDocument.Parse(await http.GetStringAsync(ApiRoutes.OpenApiDocument));
        string[] described = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Assert
        Assert.Contains("POST " + ApiRoutes.Submission.Template, mapped);
        Assert.Equal(mapped, described);
    }

    /// <summary>The JSON as indented text, so that formatting never counts as a difference.</summary>
    private static string Normalise(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
