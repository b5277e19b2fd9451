using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Mail;

/// <summary>
/// What one recipient's message says: the moment, the recipient's language and time zone, and the
/// facts to fill in. Never step content; <see cref="Comments"/> and <see cref="Reason"/> are free
/// text and are HTML-encoded in the HTML body.
/// </summary>
public sealed record MessageRequest(
    NotificationMoment Moment,
    Language Language,
    string TimeZone,
    string CycleTitle,
    string CountryName,
    StrategyStep? Step = null,
    DateTime? DueUtc = null,
    string? Comments = null,
    string? Link = null,
    string? Recipient = null,
    string? Reason = null,
    IReadOnlyList<string>? Items = null,
    DigestCounts? Counts = null);

/// <summary>The numbers of a coordinators' digest.</summary>
public sealed record DigestCounts(int Overdue, int WaitingForReview, int Completed);
