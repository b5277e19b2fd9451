using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Ports;

/// <summary>
/// What one recipient's message says: the moment, the recipient's language and time zone, and the
/// facts to fill in. <see cref="Country"/> is a Member State's code (empty when the message is about
/// none): the messenger writes its name in the recipient's language. Never step content; <see cref="Comments"/> and <see cref="Reason"/> are free
/// text and are HTML-encoded in the HTML body. <see cref="Comments"/> carries the sharing level of
/// its step: the comments of a confidential step are never written into a message.
/// </summary>
public sealed record MessageRequest(
    NotificationMoment Moment,
    Language Language,
    string TimeZone,
    string CycleTitle,
    string Country,
    StrategyStep? Step = null,
    DateTime? DueUtc = null,
    StepText? Comments = null,
    PortalLink? Link = null,
    string? Recipient = null,
    string? Reason = null,
    IReadOnlyList<DigestEntry>? Items = null,
    DigestCounts? Counts = null);

/// <summary>
/// The page of the portal a message links to: the messenger writes it as an address under the
/// portal's configured base, so callers say where, never how it is spelt.
/// </summary>
public sealed record PortalLink(string? CycleId, string? Country = null, StrategyStep? Step = null, string? PeerReviewSessionId = null)
{
    /// <summary>A country's step in a cycle.</summary>
    public static PortalLink ToStep(string cycleId, string country, StrategyStep step) => new(cycleId, country, step);

    /// <summary>A country's strategy in a cycle.</summary>
    public static PortalLink ToStrategy(string cycleId, string country) => new(cycleId, country);

    /// <summary>A cycle (the coordinators' network view).</summary>
    public static PortalLink ToCycle(string cycleId) => new(cycleId);

    /// <summary>A peer-review session.</summary>
    public static PortalLink ToPeerReview(string sessionId) => new(null, PeerReviewSessionId: sessionId);
}

/// <summary>Where a country stands in a coordinators' digest.</summary>
public enum DigestState
{
    Overdue,
    WaitingForReview,
    ReviewOverdue,
    Completed,

    /// <summary>An early warning on a risk factor (<see cref="DigestEntry.Factor"/>, or none named when a risk assessment it rests on is confidential).</summary>
    EarlyWarning,
}

/// <summary>
/// One line of a digest: a country (its code), its current step and where it stands, and for an early
/// warning the risk factor's id (<c>RF9</c>) when it may be named; the messenger writes it in the recipient's language.
/// </summary>
public sealed record DigestEntry(string Country, StrategyStep Step, DigestState State, string? Factor = null);

/// <summary>The numbers of a coordinators' digest.</summary>
public sealed record DigestCounts(int Overdue, int WaitingForReview, int Completed);

/// <summary>
/// Free text written about a step (a review's comments) with the sharing level of that step. Mail
/// leaves the control of the country and the coordinators, so the text of a confidential step is
/// never quoted: the message says that something is waiting and links to it.
/// </summary>
public sealed record StepText(string Text, Sharing StepSharing)
{
    /// <summary>The text a message may quote, or <c>null</c> when the step is confidential.</summary>
    public string? Quotable => StepSharing == Sharing.Confidential ? null : Text;
}
