using System.Diagnostics;
using System.Reflection;
using System.Text;
using Azure.Data.Tables;
using FocalPoints.Api.Health;
using FocalPoints.Testing.Hosts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Moq;

namespace FocalPoints.Functions.Tests;

/// <summary>
/// The Functions app's <c>/healthz</c> and <c>/readyz</c>: anonymous, the status alone; ready while
/// storage and the durable engine answer, not ready within about two seconds when storage is out of reach.
/// </summary>
public sealed class HealthFunctionTests : IClassFixture<AzuriteFixture>
{
    private readonly AzuriteFixture azurite;

    public HealthFunctionTests(AzuriteFixture azurite) => this.azurite = azurite;

    [Fact]
    public void Both_probes_are_anonymous_at_their_paths()
    {
        Type functions = FunctionsApp.Type("FocalPoints.Functions.Http.HealthFunctions");
        string[] routes = [.. new[] { "GetLiveness", "GetReadiness" }
            .Select(name => functions.GetMethod(name)!.GetParameters()[0].GetCustomAttributes().Single(a => a.GetType().Name == "HttpTriggerAttribute"))
            .Select(trigger => $"{trigger.GetType().GetProperty("AuthLevel")!.GetValue(trigger)} {trigger.GetType().GetProperty("Route")!.GetValue(trigger)}")];

        Assert.Equal(["Anonymous healthz", "Anonymous readyz"], routes);
    }

    [Fact]
    public async Task Readiness_is_healthy_while_storage_and_the_engine_answer()
    {
        (int status, string body, _) = await ReadinessAsync(azurite.ConnectionString);

        Assert.Equal((StatusCodes.Status200OK, "Healthy"), (status, body));
    }

    [Fact]
    public async Task Readiness_is_unhealthy_within_two_seconds_when_storage_is_out_of_reach()
    {
        // A port nothing listens on, with the SDK's retries left as they are: the probe's bound decides.
        const string Unreachable = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

        (int status, string body, TimeSpan took) = await ReadinessAsync(Unreachable);

        Assert.Equal((StatusCodes.Status503ServiceUnavailable, "Unhealthy"), (status, body));
        Assert.InRange(took, TimeSpan.Zero, TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Liveness_answers_without_touching_anything()
    {
        MethodInfo function = FunctionsApp.Type("FocalPoints.Functions.Http.HealthFunctions").GetMethod("GetLiveness")!;
        DefaultHttpContext http = FunctionsApp.HttpContext();

        await FunctionsApp.Execute((IActionResult)function.Invoke(null, [http.Request])!, http);

        Assert.Equal((StatusCodes.Status200OK, "Healthy"), (http.Response.StatusCode, Body(http)));
    }

    private static async Task<(int Status, string Body, TimeSpan Took)> ReadinessAsync(string storage)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(new TableServiceClient(storage));
        services.AddFocalPointsHealthChecks();
        using ServiceProvider provider = services.BuildServiceProvider();
        Type type = FunctionsApp.Type("FocalPoints.Functions.Http.HealthFunctions");
        object functions = Activator.CreateInstance(type, provider.GetRequiredService<HealthCheckService>())!;
        DurableTaskClient engine = new Mock<DurableTaskClient>(MockBehavior.Loose, "test") { CallBase = false }.Object;
        DefaultHttpContext http = FunctionsApp.HttpContext();

        var clock = Stopwatch.StartNew();
        var action = await (Task<IActionResult>)type.GetMethod("GetReadiness")!.Invoke(functions, [http.Request, engine])!;
        await FunctionsApp.Execute(action, http);
        return (http.Response.StatusCode, Body(http), clock.Elapsed);
    }

    private static string Body(DefaultHttpContext http) => Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());
}
