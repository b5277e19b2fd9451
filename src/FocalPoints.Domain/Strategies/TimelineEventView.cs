namespace FocalPoints.Domain.Strategies;

/// <summary>One event of a timeline; <c>Step</c> is <c>null</c> for events of the whole strategy.</summary>
/// <remarks>
/// An <see cref="AuditEvent"/> as one reader may see it: the application's <c>TimelineReader</c> decides whom it names, and the API sends it as it is.
/// <c>Detail</c> is a line in English for programs and logs; <c>To</c>, on a message's event, says the same in parts a reader's language can put into words.
/// </remarks>
public sealed record TimelineEventView(DateTime AtUtc, string Kind, StrategyStep? Step, string Actor, string? Detail, TimelineRecipients? To = null);

/// <summary>
/// Whom a message went to, as one reader may see it: the addresses they may read (<c>Named</c>), and the
/// others only counted, the coordinators apart from anyone else.
/// </summary>
public sealed record TimelineRecipients(IReadOnlyList<string> Named, int Coordinators, int Others);
