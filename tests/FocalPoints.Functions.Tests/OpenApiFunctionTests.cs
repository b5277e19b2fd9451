using System.Reflection;
using FocalPoints.Api.Http;
using FocalPoints.Contracts;
using FocalPoints.SelfHost.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoints.Functions.Tests;

/// <summary>
/// The Functions app serves the committed <c>docs/openapi.json</c> as it is (the self-host's tests keep
/// that file equal to the document the self-host generates), as JSON, with the security headers of every
/// function's answer.
/// </summary>
public class OpenApiFunctionTests
{
    [Fact]
    public async Task The_function_serves_the_committed_document_as_json()
    {
        // Arrange
        MethodInfo function = FunctionsApp.Type("FocalPoints.Functions.Http.OpenApiFunctions").GetMethod("GetOpenApiDocument")!;
        DefaultHttpContext http = FunctionsApp.HttpContext();
        http.Request.Method = HttpMethods.Get;
        http.Request.Path = ApiRoutes.OpenApiDocument;

        // Act: no principal: the document needs no sign-in
        await FunctionsApp.Execute((IActionResult)function.Invoke(null, [http.Request])!, http);

        // Assert
        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        Assert.Equal("application/json", http.Response.ContentType);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, http.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.Equal("nosniff", http.Response.Headers.XContentTypeOptions.ToString());
        byte[] committed = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Find(), "docs", "openapi.json"));
        Assert.True(
            committed.AsSpan().SequenceEqual(((MemoryStream)http.Response.Body).ToArray()),
            "The Functions app's OpenAPI document is not docs/openapi.json byte for byte: rebuild (FocalPoints.Api embeds the file).");
    }
}
