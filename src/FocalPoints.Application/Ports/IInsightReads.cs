using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Ports;

/// <summary>A cycle's progress rows and every submitted version of every step, as stored.</summary>
/// <param name="View">The cycle and each country's progress (which version of a step is approved).</param>
/// <param name="Submissions">Every submission of the cycle; most are superseded or not approved.</param>
public sealed record CycleSubmissions(NetworkView View, IReadOnlyList<CountrySubmission> Submissions);

/// <summary>One stored submission of a country's step.</summary>
public sealed record CountrySubmission(string Country, StrategyStep Step, int Version, string ContentJson);

/// <summary>What the network insights read: the whole cycle at once, never country by country.</summary>
public interface IInsightReads
{
    /// <summary>The cycle's progress and submissions in one range query over its partition; <c>null</c> when there is no such cycle.</summary>
    Task<CycleSubmissions?> GetCycleSubmissionsAsync(string cycleId, CancellationToken cancellationToken);
}
