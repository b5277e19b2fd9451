using FocalPoints.Application.Configuration;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing;
using FocalPoints.Testing.Hosts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>A wrong setting stops the self-host when it starts, with a message naming the key.</summary>
public sealed class SettingsValidationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static Exception? StartDigest(params (string Key, string? Value)[] settings) => StartupSettings.Check(
        services => services.AddValidatedOptions<DigestOptions, DigestOptionsValidator>(DigestOptions.Section), settings);

    [Fact]
    public void A_digest_time_of_day_past_midnight_is_refused_naming_the_key()
    {
        OptionsValidationException failed = Assert.IsType<OptionsValidationException>(StartDigest(("Digest:TimeUtc", "25:00")));

        Assert.Contains("Digest:TimeUtc", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_day_that_is_not_a_day_is_refused_naming_the_key()
    {
        InvalidOperationException failed = Assert.IsType<InvalidOperationException>(StartDigest(("Digest:Day", "Funday")));

        Assert.Contains("Digest:Day", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_digest_key_is_refused_naming_it()
    {
        InvalidOperationException failed = Assert.IsType<InvalidOperationException>(StartDigest(("Digest:DayOfWeek", "Friday")));

        Assert.Contains("DayOfWeek", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_digest_defaults_and_a_changed_day_start() => Assert.Null(StartDigest(("Digest:Day", "Friday"), ("Digest:TimeUtc", "06:30")));

    [Theory]
    [InlineData("x")]
    [InlineData("task-hub")]
    [InlineData("")]
    public void A_task_hub_Azure_Storage_refuses_is_refused_naming_the_key(string taskHub)
    {
        OptionsValidationException failed = Assert.Throws<OptionsValidationException>(() => new SelfHostOptions { TaskHub = taskHub }.Validated());

        Assert.Contains("SelfHost:TaskHub", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_setting_stops_the_start_naming_the_key()
    {
        OptionsValidationException failed = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningHost.StartAsync(
            DurableEngineKind.InMemory, azurite.ConnectionString, output: null, settings: new Dictionary<string, string?> { ["Mail:Sender"] = "carrier-pigeon" }));

        Assert.Contains("Mail:Sender", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_the_binder_cannot_read_stops_the_start_naming_the_key()
    {
        InvalidOperationException failed = await Assert.ThrowsAsync<InvalidOperationException>(() => RunningHost.StartAsync(
            DurableEngineKind.InMemory, azurite.ConnectionString, output: null, settings: new Dictionary<string, string?> { ["Outbox:RelayEvery"] = "often" }));

        Assert.Contains("Outbox:RelayEvery", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_under_its_old_name_stops_the_start_naming_it()
    {
        OptionsValidationException failed = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningHost.StartAsync(
            DurableEngineKind.InMemory, azurite.ConnectionString, output: null, settings: new Dictionary<string, string?> { ["Workflow:HandOverEvery"] = "00:00:05" }));

        Assert.Contains("Workflow:HandOverEvery is no longer read: the setting is Outbox:RelayEvery.", failed.Message, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("https://login.example/tenant/v2.0", null, "SelfHost:SignIn:Audience")]
    [InlineData(null, "api://focalpoints", "SelfHost:SignIn:Authority")]
    [InlineData("http://login.example/tenant/v2.0", "api://focalpoints", "SelfHost:SignIn:Authority")]
    [InlineData("login.example", "api://focalpoints", "SelfHost:SignIn:Authority")]
    public void A_sign_in_half_given_or_over_plain_http_is_refused_naming_the_key(string? authority, string? audience, string key)
    {
        OptionsValidationException failed = Assert.Throws<OptionsValidationException>(() => SignInOptions.From(SignInSettings(("Authority", authority), ("Audience", audience))));

        Assert.Contains(key, failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_sign_in_key_is_refused_naming_it()
    {
        InvalidOperationException failed = Assert.Throws<InvalidOperationException>(() => SignInOptions.From(SignInSettings(("Authority", "https://login.example/v2.0"), ("Audiences", "api://focalpoints"))));

        Assert.Contains("Audiences", failed.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("https://login.example/tenant/v2.0", "api://focalpoints", true)]
    [InlineData("http://127.0.0.1:5000/tenant/v2.0", "api://focalpoints", true)]
    public void A_sign_in_given_whole_or_not_at_all_is_taken(string? authority, string? audience, bool configured) =>
        Assert.Equal(configured, SignInOptions.From(SignInSettings(("Authority", authority), ("Audience", audience))).IsConfigured);

    private static IConfiguration SignInSettings(params (string Key, string? Value)[] settings) => new ConfigurationBuilder()
        .AddInMemoryCollection(settings.Where(s => s.Value is not null).Select(s => new KeyValuePair<string, string?>(SignInOptions.Section + ":" + s.Key, s.Value)))
        .Build();
}
