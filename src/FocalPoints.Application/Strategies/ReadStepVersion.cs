using System.Globalization;
using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Application.Strategies;

/// <summary>
/// Reads one submitted version of a step (versions are immutable), so two versions can be compared:
/// <see cref="Invalid"/> for a version that is not a positive whole number, <see cref="NotFound"/> when there is no such version.
/// </summary>
public sealed class ReadStepVersion(AccessControl access, IStrategyRepository strategies, IStepDocumentStore documents)
{
    public async Task<Outcome<StoredSubmission>> ExecuteAsync(Caller? caller, string cycleId, string iso3, string step, string version, CancellationToken cancellationToken)
    {
        if ((await access.RequireCountryAsync(caller, iso3, coordinatorsToo: true, cancellationToken)).Failure is { } denied)
        {
            return denied;
        }

        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1)
        {
            return Invalid.At("version", $"'{version}' is not a version number (1, 2, ...).");
        }

        Outcome<StepInCycle> found = await CountryInCycle.FindStepAsync(strategies, cycleId, iso3, step, cancellationToken);
        if (found.Failure is { } missing)
        {
            return missing;
        }

        (StrategyProgress progress, StrategyStep parsed) = found.Value;
        StoredSubmission? submitted = number > progress[parsed].SubmittedVersions ? null : await documents.GetSubmissionAsync(cycleId, iso3, parsed, number, cancellationToken);
        return submitted is null ? new NotFound($"{parsed.Title()} of {iso3} has no submitted version {number}.") : submitted;
    }
}
