namespace FocalPoints.Domain.Notifications;

/// <summary>A written message: subject, a plain-text body and an HTML body saying the same.</summary>
public sealed record ComposedMessage(string Subject, string Text, string Html);
