namespace FocalPoints.Tools.Measure.PortalLoad;

/// <summary>A first visit (empty cache) or a repeat visit (the cache of the first).</summary>
public enum VisitKind
{
    First,
    Repeat,
}

/// <summary>
/// One load of the risk-assessment form: every request that finished, those the browser answered from its cache,
/// the bytes on the wire, the cultures whose satellite resources were fetched, and when the form accepted input.
/// </summary>
public sealed record PortalVisit(
    VisitKind Kind,
    int Requests,
    int FromCache,
    long Bytes,
    IReadOnlyList<string> SatelliteCultures,
    double UsableMs,
    IReadOnlyList<TransferredFile> Files)
{
    /// <summary>Issue 20's targets: a first visit in any language at most 2.5 MB, a repeat visit at most 100 KB (on the wire).</summary>
    public long Target => Kind == VisitKind.First ? 2_500_000 : 100_000;

    public bool TargetMet => Bytes <= Target;
}

/// <summary>A finished request: its address and what it carried on the wire (headers and the body as served, Brotli for the runtime).</summary>
public sealed record TransferredFile(string Url, long Bytes, bool FromCache);

/// <summary>A language's two visits on one line.</summary>
public sealed record LanguageLoad(PortalLanguage Language, NetworkLine Line, PortalVisit First, PortalVisit Repeat);
