using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Insights;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Application.Insights;

/// <summary>
/// The network insights of a cycle (<see cref="InsightsBuilder"/>): the full form for coordinators, the brief
/// form (the network's figures) for a focal point of a member country; anyone else is <see cref="Forbidden"/>.
/// The cycle is read once (<see cref="IInsightReads"/>: one range query whatever the number of countries); each
/// country's approved version of each step is the one its progress row names, as for its summary.
/// </summary>
public sealed class ReadNetworkInsights(IInsightReads reads, AccessControl access, TimeProvider time)
{
    public async Task<Outcome<NetworkInsights>> ExecuteAsync(Caller? caller, string cycleId, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return new Unauthorized();
        }

        bool full = caller.IsCoordinator;
        if (!full && (await access.CountriesOfAsync(caller, cancellationToken)).Count == 0)
        {
            return new Forbidden();
        }

        CycleSubmissions? cycle = CycleRules.IsValidCycleId(cycleId) ? await reads.GetCycleSubmissionsAsync(cycleId, cancellationToken) : null;
        if (cycle is null)
        {
            return new NotFound($"There is no cycle {cycleId}.");
        }

        NetworkInsights insights = InsightsBuilder.Build(
            cycleId,
            cycle.View.Cycle.Definition.Title,
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            Approved(cycle));
        return full ? insights : insights.Brief();
    }

    /// <summary>Each country's approved steps: the latest submission of every approved step.</summary>
    private static IEnumerable<CountryContent> Approved(CycleSubmissions cycle)
    {
        var submissions = cycle.Submissions.ToDictionary(s => (s.Country, s.Step, s.Version));
        foreach (StrategyProgress progress in cycle.View.Countries)
        {
            var approved = new List<StepContent>();
            foreach (StrategyStep step in StrategySteps.InOrder)
            {
                StepProgress state = progress[step];
                if (state.Status == StepStatus.Approved && submissions.TryGetValue((progress.Country, step, state.SubmittedVersions), out CountrySubmission? submission))
                {
                    approved.Add(StepContentJson.Parse(step, submission.ContentJson));
                }
            }

            yield return new CountryContent(progress.Country, new ApprovedSteps(approved));
        }
    }
}
