using System.ComponentModel.DataAnnotations;
using FocalPoints.Application.Configuration;
using Microsoft.Extensions.Options;

namespace FocalPoints.Application.Strategies.HandOver;

/// <summary>When committed workflow events that were not delivered at once are delivered again (configuration section <c>Workflow</c>).</summary>
public sealed record HandOverOptions : IValidatableObject
{
    public const string Section = "Workflow";

    private static readonly TimeSpan Instant = TimeSpan.FromMilliseconds(1);

    /// <summary>How old an undelivered event must be before the background delivery takes it (the request that committed it gets this long first).</summary>
    public TimeSpan HandOverAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the self-host looks for undelivered events (the Functions app's timer runs every minute).</summary>
    public TimeSpan HandOverEvery { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long one delivery may take before it is left to the background run (a delivery slot is not held while the engine's storage is out of reach).</summary>
    public TimeSpan DeliverWithin { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a stored event whose workflow does not exist is kept before it is given up (its workflow was never started, or was purged).</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How many queued events are raised at once just after their requests are answered (<see cref="HandOverDispatcher"/>).</summary>
    public int DeliverAtOnce { get; init; } = 8;

    /// <summary>How long the dispatcher waits before it tries a failed event again (twice as long each further time).</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times the dispatcher tries a failed event again before it leaves it to the background run.</summary>
    public int RetriesAtOnce { get; init; } = 4;

    /// <summary>How many events may wait in the queue; past that, the background run delivers them.</summary>
    public int QueueCapacity { get; init; } = 10_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => Setting.Failures(
        Setting.Between($"{Section}:{nameof(HandOverAfter)}", HandOverAfter, Instant, TimeSpan.FromDays(1)),
        Setting.Between($"{Section}:{nameof(HandOverEvery)}", HandOverEvery, Instant, TimeSpan.FromDays(1)),
        Setting.Between($"{Section}:{nameof(DeliverWithin)}", DeliverWithin, Instant, TimeSpan.FromHours(1)),
        Setting.Between($"{Section}:{nameof(GiveUpAfter)}", GiveUpAfter, TimeSpan.FromSeconds(1), TimeSpan.FromDays(365)),
        Setting.Between($"{Section}:{nameof(DeliverAtOnce)}", DeliverAtOnce, 1, 1_000),
        Setting.Between($"{Section}:{nameof(RetryAfter)}", RetryAfter, Instant, TimeSpan.FromHours(1)),
        Setting.Between($"{Section}:{nameof(RetriesAtOnce)}", RetriesAtOnce, 0, 20),
        Setting.Between($"{Section}:{nameof(QueueCapacity)}", QueueCapacity, 1, 1_000_000));
}

/// <summary>Checks <see cref="HandOverOptions"/> when the host starts (source-generated).</summary>
[OptionsValidator]
public sealed partial class HandOverOptionsValidator : IValidateOptions<HandOverOptions>;
