namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// The tables. <c>Directory</c>: members and coordinators. <c>Cycles</c>: one partition per cycle
/// holding the cycle row, one progress row per country (the network view is a range query over
/// <c>progress|</c> rows of that one partition), drafts, immutable submissions and reviews, so that a
/// submission and the progress it moves are written in one entity-group transaction. <c>Outbox</c>:
/// notifications, one partition per cycle. <c>MailLedger</c>: one row per e-mail sent through Graph.
/// </summary>
public static class TableNames
{
    public const string Directory = "Directory";
    public const string Cycles = "Cycles";
    public const string Outbox = "Outbox";
    public const string MailLedger = "MailLedger";
    public const string PeerReviews = "PeerReviews";
    public const string GoodPractice = "GoodPractice";

    public static IReadOnlyList<string> All { get; } = [Directory, Cycles, Outbox, MailLedger, PeerReviews, GoodPractice];
}
