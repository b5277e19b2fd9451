using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FocalPoints.Testing;

/// <summary>
/// The checks a host runs on its settings when it starts (<c>ValidateOnStart</c>), without a host:
/// the services a registration adds, over the given settings, then <see cref="IStartupValidator"/>.
/// </summary>
public static class StartupSettings
{
    /// <summary>What the start would throw (an <see cref="OptionsValidationException"/>, or the binder's <see cref="InvalidOperationException"/>), or <c>null</c>.</summary>
    public static Exception? Check(Action<IServiceCollection> register, params (string Key, string? Value)[] settings) =>
        Check((services, _) => register(services), settings);

    /// <inheritdoc cref="Check(Action{IServiceCollection}, ValueTuple{string, string}[])"/>
    public static Exception? Check(Action<IServiceCollection, IConfiguration> register, params (string Key, string? Value)[] settings)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        register(services, configuration);
        using ServiceProvider provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException)
        {
            return e;
        }
    }
}
