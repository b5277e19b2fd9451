using System.Reflection;
using System.Text.Json;
using FocalPoints.Api;
using FocalPoints.Api.Health;
using FocalPoints.Api.Http;
using FocalPoints.Application.Ports;
using FocalPoints.Contracts;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Workflow;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Functions.Tests;

/// <summary>
/// Keeps the two hosts equal: the Functions app's generated function metadata lists exactly the
/// HTTP routes the self-host serves (its host adds no <c>api/</c> prefix: the routes carry it, and the
/// OpenAPI document is beside them), and the orchestrators and activities the self-host's worker runs.
/// </summary>
public class HostContractTests
{
    private static readonly JsonElement[] Functions = ReadMetadata();

    [Fact]
    public void Functions_app_serves_the_same_http_routes_as_the_self_host()
    {
        string[] functions = Functions
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
            .SelectMany(b => b.GetProperty("methods").EnumerateArray().Select(m => $"{m.GetString()!.ToUpperInvariant()} /{b.GetProperty("route").GetString()}"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(SelfHostRoutes(), functions);
        Assert.Contains("POST /api/cycles/{cycleId}/countries/{iso3}/steps/{step}/submission", functions);
        Assert.Contains("GET " + ApiRoutes.OpenApiDocument, functions);
    }

    [Fact]
    public void Functions_host_adds_no_route_prefix_so_its_routes_are_the_self_hosts_paths()
    {
        string output = Path.GetDirectoryName(MetadataPath())!;
        using JsonDocument host = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "host.json")));
        Assert.Equal(string.Empty, host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void Functions_app_runs_the_same_orchestrators_and_activities_as_the_self_host()
    {
        Assert.Equal(WorkflowRegistration.Orchestrators.Select(t => t.Name).Order(), Triggered("orchestrationTrigger"));
        Assert.Equal(WorkflowRegistration.Activities.Select(t => t.Name).Order(), Triggered("activityTrigger"));
    }

    [Fact]
    public void Each_workflow_trigger_takes_and_returns_what_its_registered_task_does()
    {
        string directory = Path.GetDirectoryName(MetadataPath())!;
        Type triggers = Assembly.LoadFrom(Path.Combine(directory, "FocalPoints.Functions.dll")).GetType("FocalPoints.Functions.Durable.WorkflowFunctions", throwOnError: true)!;
        string[] checkedTasks = triggers.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => (Method: m, Name: m.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType.Name == "FunctionAttribute")?.ConstructorArguments[0].Value as string))
            .Where(t => t.Name is not null)
            .Select(t =>
            {
                Type task = WorkflowRegistration.Find(t.Name!);
                Type[] inOut = BaseGenericArguments(task);
                ParameterInfo? input = t.Method.GetParameters().SingleOrDefault(p => p.GetCustomAttributesData().Any(a => a.AttributeType.Name == "ActivityTriggerAttribute"));
                if (input is not null)
                {
                    Assert.Equal(inOut[0].FullName, input.ParameterType.FullName);
                }

                Assert.Equal(inOut[1].FullName, t.Method.ReturnType.GetGenericArguments().Single().FullName);
                return t.Name!;
            })
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(WorkflowRegistration.Orchestrators.Concat(WorkflowRegistration.Activities).Select(t => t.Name).Order(StringComparer.Ordinal), checkedTasks);

        static Type[] BaseGenericArguments(Type task)
        {
            Type type = task;
            while (!type.IsGenericType)
            {
                type = type.BaseType!;
            }

            return type.GetGenericArguments();
        }
    }

    [Fact]
    public void Root_host_json_is_the_functions_host_json_with_a_default_version()
    {
        string output = Path.GetDirectoryName(MetadataPath())!;
        using JsonDocument host = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "host.json")));
        Assert.Equal(WorkflowNames.CurrentVersion, host.RootElement.GetProperty("extensions").GetProperty("durableTask").GetProperty("defaultVersion").GetString());
    }

    private static string[] Triggered(string type) => Functions
        .Where(f => f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == type))
        .Select(f => f.GetProperty("name").GetString()!)
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static string[] SelfHostRoutes()
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.Services.AddFocalPointsApi(StorageConnection.FromConnectionString("UseDevelopmentStorage=true"), new CallerOptions());
        builder.Services.AddFocalPointsOpenApi();
        builder.Services.AddSingleton<IStrategyWorkflows, StrategyWorkflowClient>();
        builder.Services.AddFocalPointsHealthChecks();
        WebApplication app = builder.Build();
        app.MapFocalPointsApi();
        app.MapFocalPointsHealth();
        app.MapFocalPointsOpenApi();
        return ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(d => d.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static JsonElement[] ReadMetadata()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(MetadataPath()));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    private static string MetadataPath()
    {
        string path = Path.Combine(FunctionsApp.Directory, "functions.metadata");
        Assert.True(File.Exists(path), $"Build the Functions app first: {path} is missing.");
        return path;
    }
}
