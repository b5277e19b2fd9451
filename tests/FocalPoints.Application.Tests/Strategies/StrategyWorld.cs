using FocalPoints.Application.Access;
using FocalPoints.Application.Outbox;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace FocalPoints.Application.Tests.Strategies;

/// <summary>
/// One country (GHA, with one focal point) in one cycle, behind strict mocks of the ports: a use case
/// that touches a port the test did not set up fails the test, so "changes nothing" is checked by
/// construction.
/// </summary>
internal sealed class StrategyWorld
{
    public const string CycleId = "c2027";
    public const string Country = "GHA";
    public const string FocalPointEmail = "fp@gha.example";

    public static readonly DateTime Now = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    public Mock<ICycleStore> Cycles { get; } = new(MockBehavior.Strict);

    public Mock<IDirectoryStore> Directory { get; } = new(MockBehavior.Strict);

    public Mock<IStepDocumentStore> Documents { get; } = new(MockBehavior.Strict);

    public Mock<IStrategyRepository> Strategies { get; } = new(MockBehavior.Strict);

    public Mock<IStrategyWorkflows> Workflows { get; } = new(MockBehavior.Strict);

    public TimeProvider Time { get; } = new FixedTime(Now);

    public static Caller FocalPoint { get; } = new("Focal point", FocalPointEmail, new HashSet<string> { Roles.FocalPoint });

    public static Caller Coordinator { get; } = new("Coordinator", "co@network.example", new HashSet<string> { Roles.Coordinator });

    public static Caller Stranger { get; } = new("Someone", "someone@elsewhere.example", new HashSet<string> { Roles.FocalPoint });

    /// <summary>The directory lists the focal point for GHA.</summary>
    public StrategyWorld WithDirectory()
    {
        Directory.Setup(d => d.GetMemberAsync(Country, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Member(Country, "Ghana", RegionalGroup.AfricanStates, [new Contact("Focal point", FocalPointEmail, Language.En, "UTC")]));
        return this;
    }

    /// <summary>
    /// GHA takes part in the cycle with <paramref name="progress"/>: the request's own load (no key)
    /// finds it; a later load finds what <see cref="ThenLoads"/> stored, if a test set it.
    /// </summary>
    public StrategyWorld WithProgress(StrategyProgress progress)
    {
        int loads = 0;
        Strategies.Setup(s => s.LoadAsync(CycleId, Country, It.IsAny<SubmissionKey?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string _, SubmissionKey? key, CancellationToken _) =>
                Interlocked.Increment(ref loads) == 1 || later is null ? new Strategy(progress, "W/\"1\"") : later(key));
        return this;
    }

    /// <summary>What a load after the first finds: another writer stored <paramref name="progress"/> (and the key, if looked up, stored <paramref name="stored"/>).</summary>
    public StrategyWorld ThenLoads(StrategyProgress progress, SubmissionReceipt? stored = null)
    {
        later = key => new Strategy(progress, "W/\"2\"") { Key = key is null ? null : new KeyLookup(key.KeyHash, stored) };
        return this;
    }

    /// <summary>The request found the strategy with one load of its own (no key).</summary>
    public void VerifyLoadedOnce() =>
        Strategies.Verify(s => s.LoadAsync(CycleId, Country, null, It.IsAny<CancellationToken>()), Times.Once);

    private Func<SubmissionKey?, Strategy>? later;

    /// <summary>A strategy whose risk assessment is open.</summary>
    public static StrategyProgress RiskAssessmentOpen() =>
        StrategyProgress.Start(CycleId, Country, Now).Opened(StrategyStep.RiskAssessment, Now, Now.AddDays(30));

    /// <summary>Where the use cases queue their workflow events; run it to raise them.</summary>
    public OutboxRelay Relay => relay ??= new OutboxRelay(
        new WorkflowEventOutbox(Documents.Object, new OutboxOptions(), Time, NullLogger<WorkflowEventOutbox>.Instance), new OutboxOptions(), Time, NullLogger<OutboxRelay>.Instance);

    private OutboxRelay? relay;

    public SubmitStep SubmitStep()
    {
        var access = new StrategyAccess(new AccessControl(Directory.Object), Strategies.Object);
        return new SubmitStep(access, Strategies.Object, new ApprovedStrategies(Documents.Object), Relay, Time);
    }

    public ReviewStep ReviewStep() => new(Cycles.Object, Strategies.Object, Relay, Time);
}

/// <summary>A clock that always says <paramref name="now"/>.</summary>
internal sealed class FixedTime(DateTime now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(now);
}
