using FocalPoints.Testing;
using Microsoft.Extensions.Options;

namespace FocalPoints.Application.Tests.Configuration;

/// <summary>Section <c>Workflow</c> (<see cref="FocalPoints.Application.Strategies.HandOver.HandOverOptions"/>) is checked when the host starts.</summary>
public sealed class HandOverOptionsTests
{
    private static Exception? Start(params (string Key, string? Value)[] settings) =>
        StartupSettings.Check(services => services.AddFocalPointsApplication(), settings);

    [Fact]
    public void The_defaults_and_a_changed_setting_start() =>
        Assert.Null(Start(("Workflow:HandOverAfter", "00:01:00"), ("Workflow:DeliverAtOnce", "4")));

    [Theory]
    [InlineData("Workflow:HandOverAfter", "-00:00:05")]
    [InlineData("Workflow:HandOverEvery", "00:00:00")]
    [InlineData("Workflow:GiveUpAfter", "400.00:00:00")]
    [InlineData("Workflow:DeliverAtOnce", "0")]
    [InlineData("Workflow:RetriesAtOnce", "-1")]
    [InlineData("Workflow:QueueCapacity", "0")]
    public void A_value_out_of_range_stops_the_start_naming_the_key(string key, string value)
    {
        OptionsValidationException failed = Assert.IsType<OptionsValidationException>(Start((key, value)));

        Assert.Contains(key, failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_a_time_span_stops_the_start_naming_the_key()
    {
        InvalidOperationException failed = Assert.IsType<InvalidOperationException>(Start(("Workflow:RetryAfter", "soon")));

        Assert.Contains("Workflow:RetryAfter", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_stops_the_start_naming_it()
    {
        InvalidOperationException failed = Assert.IsType<InvalidOperationException>(Start(("Workflow:HandoverAftr", "00:01:00")));

        Assert.Contains("HandoverAftr", failed.Message, StringComparison.Ordinal);
    }
}
