namespace FocalPoints.Domain.Strategies;

/// <summary>A coordinator's last decision on a step.</summary>
public sealed record LastReview(ReviewDecision Decision, string? Comments, DateTime ReviewedUtc);

/// <summary>Where one step of a country's strategy stands.</summary>
public sealed record StepProgress(
    StrategyStep Step,
    StepStatus Status,
    DateTime? OpenedUtc,
    DateTime? DueUtc,
    int SubmittedVersions,
    LastReview? LastReview)
{
    public static StepProgress NotStarted(StrategyStep step) => new(step, StepStatus.NotStarted, null, null, 0, null);

    /// <summary>Open for a focal point's submission: opened and not waiting for review or approved.</summary>
    public bool AcceptsSubmission => Status is StepStatus.Open or StepStatus.Returned;
}

/// <summary>
/// The state of one country's strategy in one cycle, and the rules for moving it. This is also the
/// row of the coordinators' network view, so every transition happens here and nowhere else.
/// </summary>
public sealed record StrategyProgress(
    string CycleId,
    string Country,
    StrategyStatus Status,
    StrategyStep CurrentStep,
    IReadOnlyList<StepProgress> Steps,
    DateTime LastActivityUtc)
{
    /// <summary>The country's name, kept on the row so the network view needs no second query.</summary>
    public string? CountryName { get; init; }

    /// <summary>The country's UN regional group, kept on the row for filters and cohorts.</summary>
    public Network.RegionalGroup? RegionalGroup { get; init; }

    public static StrategyProgress Start(string cycleId, string country, DateTime nowUtc, string? name = null, Network.RegionalGroup? group = null) =>
        new(cycleId, country, StrategyStatus.InProgress, StrategySteps.First,
            StrategySteps.InOrder.Select(StepProgress.NotStarted).ToArray(), nowUtc)
        {
            CountryName = name,
            RegionalGroup = group,
        };

    /// <summary>
    /// A country's strategy as a cycle opens it, named as the network directory registers the country
    /// (<paramref name="registered"/>) or else as the UN lists it, so the network view needs no second query.
    /// </summary>
    public static StrategyProgress StartFor(string cycleId, string country, DateTime nowUtc, Network.Member? registered) =>
        registered is not null ? Start(cycleId, country, nowUtc, registered.Name, registered.RegionalGroup)
        : Network.UnMemberStates.TryGet(country, out Network.UnMemberState state) ? Start(cycleId, country, nowUtc, state.Name, state.RegionalGroup)
        : Start(cycleId, country, nowUtc);

    /// <summary>Whole days past the current step's due date while it waits for the focal point; 0 otherwise.</summary>
    public int DaysOverdue(DateTime nowUtc) => IsOverdue(nowUtc) ? (int)Math.Floor((nowUtc - Current.DueUtc!.Value).TotalDays) : 0;

    public StepProgress this[StrategyStep step] => Steps[(int)step];

    public StepProgress Current => this[CurrentStep];

    public int CompletedSteps => Steps.Count(s => s.Status == StepStatus.Approved);

    /// <summary>Whether the current step is past its due date and still waits for the focal point.</summary>
    public bool IsOverdue(DateTime nowUtc) =>
        Status == StrategyStatus.InProgress && Current.AcceptsSubmission && Current.DueUtc < nowUtc;

    /// <summary>
    /// Whether the current step has waited for the coordinators' review longer than
    /// <paramref name="reviewDuration"/>. While a step waits for review nothing else moves the
    /// strategy, so its submission is the last activity.
    /// </summary>
    public bool IsReviewOverdue(DateTime nowUtc, TimeSpan reviewDuration) =>
        Status == StrategyStatus.InProgress && Current.Status == StepStatus.Submitted && LastActivityUtc + reviewDuration < nowUtc;

    /// <summary>Why a submission of <paramref name="step"/> is refused now, or <c>null</c> when it is accepted.</summary>
    public string? RefuseSubmission(StrategyStep step)
    {
        StepProgress s = this[step];
        return Status != StrategyStatus.InProgress ? $"The strategy is {JsonNaming.CamelCase(Status.ToString())}."
            : s.Status == StepStatus.NotStarted ? $"{step.Title()} is not open yet."
            : s.Status == StepStatus.Submitted ? $"{step.Title()} is waiting for review."
            : s.Status == StepStatus.Approved ? $"{step.Title()} is already approved."
            : null;
    }

    /// <summary>Why a review of <paramref name="step"/> is refused now, or <c>null</c> when it is accepted.</summary>
    public string? RefuseReview(StrategyStep step) =>
        Status == StrategyStatus.InProgress && this[step].Status == StepStatus.Submitted
            ? null
            : $"There is no submission of {step.Title().ToLowerInvariant()} waiting for review.";

    public StrategyProgress Opened(StrategyStep step, DateTime openedUtc, DateTime dueUtc) =>
        With(step, s => s with { Status = StepStatus.Open, OpenedUtc = openedUtc, DueUtc = dueUtc }, openedUtc) with { CurrentStep = step };

    public StrategyProgress Submitted(StrategyStep step, DateTime nowUtc) =>
        With(step, s => s with { Status = StepStatus.Submitted, SubmittedVersions = s.SubmittedVersions + 1 }, nowUtc);

    public StrategyProgress Reviewed(StrategyStep step, ReviewDecision decision, string? comments, DateTime nowUtc) =>
        With(step, s => s with
        {
            Status = decision == ReviewDecision.Approve ? StepStatus.Approved : StepStatus.Returned,
            LastReview = new LastReview(decision, comments, nowUtc),
        }, nowUtc);

    /// <summary>
    /// A coordinator's decision on <paramref name="step"/>, with what follows from it at once: an
    /// approval opens the next step (due <paramref name="stepDuration"/> later) or, after the fourth
    /// step, completes the strategy; a return leaves the step to the focal point. The focal point sees
    /// the next step the moment it is approved; the workflow then sends the messages and keeps the
    /// step's time (it opens nothing already open).
    /// </summary>
    public StrategyProgress Decided(StrategyStep step, ReviewDecision decision, string? comments, DateTime nowUtc, TimeSpan stepDuration)
    {
        StrategyProgress reviewed = Reviewed(step, decision, comments, nowUtc);
        if (decision != ReviewDecision.Approve)
        {
            return reviewed;
        }

        return step.Next() is { } next
            ? reviewed.Opened(next, nowUtc, StepDue(nowUtc, stepDuration))
            : reviewed.Completed(nowUtc);
    }

    /// <summary>When a step opened at <paramref name="openedUtc"/> is due: the same rule for the review and the workflow.</summary>
    public static DateTime StepDue(DateTime openedUtc, TimeSpan stepDuration) => openedUtc + stepDuration;

    /// <summary>
    /// The due date of a step returned at <paramref name="returnedUtc"/>: the focal point gets at least
    /// as long as the coordinators had for the review, and never less than the step's due date.
    /// The same rule for the review and the workflow.
    /// </summary>
    public static DateTime ReturnedDue(DateTime returnedUtc, DateTime? dueUtc, TimeSpan reviewDuration)
    {
        DateTime floor = returnedUtc + reviewDuration;
        return dueUtc is { } due && due > floor ? due : floor;
    }

    /// <summary>A returned step gets a new due date when the workflow reopens it.</summary>
    public StrategyProgress Rescheduled(StrategyStep step, DateTime dueUtc, DateTime nowUtc) =>
        With(step, s => s with { DueUtc = dueUtc }, nowUtc);

    public StrategyProgress Completed(DateTime nowUtc) => this with { Status = StrategyStatus.Completed, LastActivityUtc = nowUtc };

    public StrategyProgress Cancelled(DateTime nowUtc) => this with { Status = StrategyStatus.Cancelled, LastActivityUtc = nowUtc };

    private StrategyProgress With(StrategyStep step, Func<StepProgress, StepProgress> change, DateTime nowUtc)
    {
        StepProgress[] steps = Steps.ToArray();
        steps[(int)step] = change(steps[(int)step]);
        return this with { Steps = steps, LastActivityUtc = nowUtc };
    }
}
