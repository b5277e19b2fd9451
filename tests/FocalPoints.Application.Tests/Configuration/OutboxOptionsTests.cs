using FocalPoints.Testing;
using Microsoft.Extensions.Options;

namespace FocalPoints.Application.Tests.Configuration;

/// <summary>Section <c>Outbox</c> (<see cref="FocalPoints.Application.Outbox.OutboxOptions"/>) is checked when the host starts.</summary>
public sealed class OutboxOptionsTests
{
    private static Exception? Start(params (string Key, string? Value)[] settings) =>
        StartupSettings.Check(services => services.AddFocalPointsApplication(), settings);

    [Fact]
    public void The_defaults_and_a_changed_setting_start() =>
        Assert.Null(Start(("Outbox:RelayAfter", "00:01:00"), ("Outbox:DeliverAtOnce", "4")));

    [Theory]
    [InlineData("Outbox:RelayAfter", "-00:00:05")]
    [InlineData("Outbox:RelayEvery", "00:00:00")]
    [InlineData("Outbox:GiveUpAfter", "400.00:00:00")]
    [InlineData("Outbox:DeliverAtOnce", "0")]
    [InlineData("Outbox:RetriesAtOnce", "-1")]
    [InlineData("Outbox:QueueCapacity", "0")]
    public void A_value_out_of_range_stops_the_start_naming_the_key(string key, string value)
    {
        OptionsValidationException failed = Assert.IsType<OptionsValidationException>(Start((key, value)));

        Assert.Contains(key, failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_a_time_span_stops_the_start_naming_the_key()
    {
        InvalidOperationException failed = Assert.IsType<InvalidOperationException>(Start(("Outbox:RetryAfter", "soon")));

        Assert.Contains("Outbox:RetryAfter", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_stops_the_start_naming_it()
    {
        InvalidOperationException failed = Assert.IsType<InvalidOperationException>(Start(("Outbox:RelayAftr", "00:01:00")));

        Assert.Contains("RelayAftr", failed.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Workflow:HandOverAfter", "Outbox:RelayAfter")]
    [InlineData("Workflow:HandOverEvery", "Outbox:RelayEvery")]
    [InlineData("Workflow:DeliverAtOnce", "Outbox:DeliverAtOnce")]
    public void A_key_of_the_retired_section_stops_the_start_naming_it_and_its_new_key(string retired, string current)
    {
        OptionsValidationException failed = Assert.IsType<OptionsValidationException>(Start((retired, "00:00:30")));

        Assert.Contains($"{retired} is no longer read: the setting is {current}.", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_key_in_the_new_section_stops_the_start_naming_it()
    {
        InvalidOperationException failed = Assert.IsType<InvalidOperationException>(Start(("Outbox:HandOverAfter", "00:01:00")));

        Assert.Contains("HandOverAfter", failed.Message, StringComparison.Ordinal);
    }
}
