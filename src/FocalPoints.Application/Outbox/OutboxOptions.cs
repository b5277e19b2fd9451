using System.ComponentModel.DataAnnotations;
using FocalPoints.Application.Configuration;
using Microsoft.Extensions.Options;

namespace FocalPoints.Application.Outbox;

/// <summary>
/// How the outbox is relayed (configuration section <c>Outbox</c>): the workflow events committed with
/// a submission or review, and the invitations of a stored peer-review session, at once by
/// <see cref="OutboxRelay"/> and later by the hosts' schedules for any that were not relayed then.
/// </summary>
public sealed record OutboxOptions : IValidatableObject
{
    public const string Section = "Outbox";

    /// <summary>The section these settings had before it was named for what it holds; a key under it is refused at start, naming it.</summary>
    public const string RetiredSection = "Workflow";

    private static readonly TimeSpan Instant = TimeSpan.FromMilliseconds(1);

    /// <summary>How old an undelivered event must be before the hosts' schedules relay it (the request that committed it gets this long first).</summary>
    public TimeSpan RelayAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the self-host relays the overdue rows of the outbox (the Functions app's timer runs every minute).</summary>
    public TimeSpan RelayEvery { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long one delivery may take before it is left to the background run (a delivery slot is not held while the engine's storage is out of reach).</summary>
    public TimeSpan DeliverWithin { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a stored event whose workflow does not exist is kept before it is given up (its workflow was never started, or was purged).</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How many queued events are raised at once just after their requests are answered (<see cref="OutboxRelay"/>).</summary>
    public int DeliverAtOnce { get; init; } = 8;

    /// <summary>How long the relay waits before it tries a failed event again (twice as long each further time).</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times the relay tries a failed event again before it leaves it to the background run.</summary>
    public int RetriesAtOnce { get; init; } = 4;

    /// <summary>How many events may wait in the queue; past that, the background run delivers them.</summary>
    public int QueueCapacity { get; init; } = 10_000;

    /// <summary>A key's name in <see cref="Section"/>, given its name in <see cref="RetiredSection"/>.</summary>
    public static string RenamedKey(string retiredKey) => retiredKey switch
    {
        "HandOverAfter" => nameof(RelayAfter),
        "HandOverEvery" => nameof(RelayEvery),
        _ => retiredKey,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => Setting.Failures(
        Setting.Between($"{Section}:{nameof(RelayAfter)}", RelayAfter, Instant, TimeSpan.FromDays(1)),
        Setting.Between($"{Section}:{nameof(RelayEvery)}", RelayEvery, Instant, TimeSpan.FromDays(1)),
        Setting.Between($"{Section}:{nameof(DeliverWithin)}", DeliverWithin, Instant, TimeSpan.FromHours(1)),
        Setting.Between($"{Section}:{nameof(GiveUpAfter)}", GiveUpAfter, TimeSpan.FromSeconds(1), TimeSpan.FromDays(365)),
        Setting.Between($"{Section}:{nameof(DeliverAtOnce)}", DeliverAtOnce, 1, 1_000),
        Setting.Between($"{Section}:{nameof(RetryAfter)}", RetryAfter, Instant, TimeSpan.FromHours(1)),
        Setting.Between($"{Section}:{nameof(RetriesAtOnce)}", RetriesAtOnce, 0, 20),
        Setting.Between($"{Section}:{nameof(QueueCapacity)}", QueueCapacity, 1, 1_000_000));
}

/// <summary>Checks <see cref="OutboxOptions"/> when the host starts (source-generated).</summary>
[OptionsValidator]
public sealed partial class OutboxOptionsValidator : IValidateOptions<OutboxOptions>;
