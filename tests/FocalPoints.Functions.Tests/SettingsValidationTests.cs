using System.Reflection;
using FocalPoints.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FocalPoints.Functions.Tests;

/// <summary>
/// The Functions app's registration (<c>AddFocalPointsFunctions</c>, from its built assembly as the
/// other host tests read it) checks its settings when the worker starts, naming the wrong key.
/// </summary>
public sealed class SettingsValidationTests
{
    private static Exception? Start(params (string Key, string? Value)[] settings) =>
        StartupSettings.Check(AddFocalPointsFunctions, [("AzureWebJobsStorage", "UseDevelopmentStorage=true"), .. settings]);

    [Fact]
    public void The_defaults_start() => Assert.Null(Start());

    [Theory]
    [InlineData("Reminders:WorkingHours", "25:00")]
    [InlineData("Outbox:RelayAfter", "-00:00:30")]
    [InlineData("Workflow:HandOverAfter", "00:00:30")]
    [InlineData("Mail:Sender", "carrier-pigeon")]
    [InlineData("Graph:BaseUrl", "graph.microsoft.com")]
    [InlineData("Portal:BaseUrl", "/portal")]
    public void A_wrong_setting_stops_the_start_naming_the_key(string key, string value)
    {
        OptionsValidationException failed = Assert.IsType<OptionsValidationException>(Start((key, value)));

        Assert.Contains(key, failed.Message, StringComparison.Ordinal);
    }

    private static void AddFocalPointsFunctions(IServiceCollection services, IConfiguration configuration)
    {
        string directory = typeof(SettingsValidationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "FunctionsOutputDirectory").Value!;
        Type extensions = Assembly.LoadFrom(Path.Combine(directory, "FocalPoints.Functions.dll")).GetType("FocalPoints.Functions.FunctionsServiceCollectionExtensions", throwOnError: true)!;
        extensions.GetMethod("AddFocalPointsFunctions")!.Invoke(null, [services, configuration]);
    }
}
