using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Functions.Tests;

/// <summary>
/// The built Functions app, as the tests load it (this project does not reference its assembly: it is a
/// Functions worker), and what running one of its answers takes.
/// </summary>
internal static class FunctionsApp
{
    /// <summary>The app's output folder (its assembly, <c>functions.metadata</c>, <c>host.json</c>).</summary>
    public static string Directory => typeof(FunctionsApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "FunctionsOutputDirectory").Value!;

    /// <summary>A type of the app's assembly, by its full name.</summary>
    public static Type Type(string fullName) =>
        Assembly.LoadFrom(Path.Combine(Directory, "FocalPoints.Functions.dll")).GetType(fullName, throwOnError: true)!;

    /// <summary>A request's context whose response body is kept, to read what an answer wrote.</summary>
    public static DefaultHttpContext HttpContext()
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        return http;
    }

    /// <summary>Runs <paramref name="action"/> on <paramref name="http"/>, as the Functions ASP.NET Core integration does.</summary>
    public static Task Execute(IActionResult action, HttpContext http) =>
        action.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));
}
