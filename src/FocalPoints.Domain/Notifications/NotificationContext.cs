using FocalPoints.Domain.Strategies;

namespace FocalPoints.Domain.Notifications;

/// <summary>What a message is about: enough to write it, nothing of the step's content.</summary>
public sealed record NotificationContext(
    NotificationMoment Moment,
    string CycleId,
    string CycleTitle,
    string Country,
    string CountryName,
    StrategyStep? Step,
    DateTime? DueUtc,
    string? Comments,
    string? Link);

/// <summary>A written message: subject, a plain-text body and an HTML body saying the same.</summary>
public sealed record ComposedMessage(string Subject, string Text, string Html);
