using System.ComponentModel.DataAnnotations;
using FocalPoints.Application.Configuration;
using Microsoft.Extensions.Options;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// How the self-host runs. Bound from configuration section <c>SelfHost</c> (so also <c>SelfHost__Urls</c>, ...)
/// by hand, since it is read before the host is built; checked by <see cref="SelfHostOptionsValidator"/>
/// as the host's own sections are (<see cref="Load"/>, <see cref="SelfHostApp.StartAsync"/>).
/// </summary>
public sealed class SelfHostOptions
{
    public const string Section = "SelfHost";

    /// <summary>
    /// Where the API listens (port 0 picks a free port) when neither <c>--urls</c>, <c>DOTNET_URLS</c>
    /// nor <c>ASPNETCORE_URLS</c> says; else <see cref="HostSettings.DefaultUrls"/>.
    /// </summary>
    public string? Urls { get; set; }

    /// <summary>A storage connection string; empty starts Azurite with data under <see cref="DataDirectory"/>.</summary>
    public string? StorageConnectionString { get; set; }

    [EnumDataType(typeof(DurableEngineKind), ErrorMessage = Section + ":Engine must be AzureStorage or InMemory.")]
    public DurableEngineKind Engine { get; set; } = DurableEngineKind.AzureStorage;

    /// <summary>Azurite's data folder, relative to the repository root unless absolute.</summary>
    [Required(ErrorMessage = Section + ":DataDirectory must name a folder.")]
    public string DataDirectory { get; set; } = ".azurite";

    /// <summary>The durable engine's task hub: Azure Storage's rule, 3 to 45 letters and digits starting with a letter.</summary>
    [Required(ErrorMessage = Section + ":TaskHub must be 3 to 45 letters and digits, starting with a letter.")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$", ErrorMessage = Section + ":TaskHub must be 3 to 45 letters and digits, starting with a letter.")]
    public string TaskHub { get; set; } = "FocalPoints";

    /// <summary>The worker id every self-host has unless told otherwise.</summary>
    public const string DefaultWorkerId = "focalpoints-selfhost";

    /// <summary>
    /// Who holds the task hub's lease on Azure Storage. One self-host keeps the default (after a restart it
    /// takes its lease back at once); replicas on one task hub each need their own (the pod's or the
    /// systemd instance's name), or two would each believe the lease theirs.
    /// </summary>
    [Required(ErrorMessage = Section + ":WorkerId must be 1 to 100 letters, digits, '.', '_' or '-'.")]
    [RegularExpression("^[A-Za-z0-9._-]{1,100}$", ErrorMessage = Section + ":WorkerId must be 1 to 100 letters, digits, '.', '_' or '-'.")]
    public string WorkerId { get; set; } = DefaultWorkerId;

    /// <summary>
    /// The ASP.NET Core environment when neither <c>--environment</c>, <c>DOTNET_ENVIRONMENT</c> nor
    /// <c>ASPNETCORE_ENVIRONMENT</c> says; else <see cref="HostSettings.DefaultEnvironment"/>. The
    /// launch profile (<c>dotnet run</c>) sets it to Development: the principal header believed from
    /// loopback, the emulated sign-in, the outbox.
    /// </summary>
    public string? Environment { get; set; }

    /// <summary>
    /// Development refuses to start unless every address it listens on is loopback: its sign-in lets
    /// anyone be anyone. <c>true</c> lets it listen on the network anyway (a development container
    /// whose port only its owner reaches); the sign-in and the principal header are still for
    /// loopback callers only, so anything that forwards from loopback lets anyone in.
    /// </summary>
    public bool AllowDevelopmentSignInOnNetwork { get; set; }

    /// <summary>
    /// Outside Development the self-host refuses Azurite (started here or named by its well-known
    /// account): the emulator keeps its data in memory and writes it to disk every few seconds, so a
    /// crash loses what was just answered 202. <c>true</c> accepts that (a trial, a test of the settings).
    /// </summary>
    public bool AllowStorageEmulator { get; set; }

    /// <summary>The published portal (the build writes it to <c>portal/</c> beside the self-host), relative to the self-host's folder unless absolute.</summary>
    [Required(ErrorMessage = Section + ":PortalDirectory must name a folder.")]
    public string PortalDirectory { get; set; } = "portal";

    /// <summary>
    /// The settings of section <c>SelfHost</c> in <c>appsettings.json</c> beside the running program,
    /// under <c>SelfHost__*</c> environment variables (the self-host's command, and the tools that start one);
    /// a wrong one throws (<see cref="OptionsValidationException"/>, or the binder's
    /// <see cref="InvalidOperationException"/> for a value it cannot convert), naming the key.
    /// </summary>
    public static SelfHostOptions Load()
    {
        IConfigurationRoot configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new SelfHostOptions();
        configuration.GetSection(Section).Bind(options);
        return options.Validated();
    }

    /// <summary>These settings, or an <see cref="OptionsValidationException"/> naming each wrong key.</summary>
    public SelfHostOptions Validated() => new SelfHostOptionsValidator().ValidateNow(this);
}

/// <summary>Checks <see cref="SelfHostOptions"/> (source-generated from its attributes).</summary>
[OptionsValidator]
public sealed partial class SelfHostOptionsValidator : IValidateOptions<SelfHostOptions>;
