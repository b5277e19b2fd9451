using FocalPoints.Domain.Framework;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Summaries;
using FocalPoints.Domain.Summaries.Sections;

namespace FocalPoints.Domain.Comparisons;

/// <summary>One cycle of a country as the comparison reads it: its id, title and approved content.</summary>
public sealed record ComparedCycle(string CycleId, string Title, ApprovedSteps Approved);

/// <summary>
/// Compares a country's cycle with its previous one. The rules, in one place:
/// <list type="bullet">
/// <item>A rating rose or fell by the order low &lt; moderate &lt; high &lt; severe; "not applicable" or a
/// missing rating has no order, so no change is computed for it.</item>
/// <item>Actions have no id in the content model: they are matched by title, ignoring case, the
/// spaces around it and repeated spaces inside it. An action of the previous cycle that is not in this
/// one is <see cref="ActionFate.Completed"/> when its planned end is before today, else
/// <see cref="ActionFate.Dropped"/>.</item>
/// <item>An action <em>covers</em> a factor when the factor is among its <c>riskFactors</c> in this
/// cycle's approved action prioritisation (the rule of <see cref="Validation.ActionCoverage"/>); while
/// that step is not approved, nothing covers anything.</item>
/// <item>For peer reviewers a step's part appears only when the country shares that step (network or
/// public) in both cycles, and there are never early warnings.</item>
/// <item>A recommendation's follow-up is <see cref="FollowUpState.Done"/> when its country last declared it
/// done, else <see cref="FollowUpState.Overdue"/> past its follow-up date, else <see cref="FollowUpState.Open"/>.</item>
/// </list>
/// </summary>
public static class CycleComparer
{
    public static CycleComparison Compare(string country, ComparedCycle now, ComparedCycle? before, IReadOnlyList<Recommendation> recommendations, DateOnly today, SummaryAudience audience)
    {
        if (before is null)
        {
            return CycleComparison.First(country, now.CycleId, audience);
        }

        TContent? Shown<TContent>(ApprovedSteps steps)
            where TContent : StepContent =>
            steps.Get<TContent>() is { } content
            && (audience == SummaryAudience.Internal
                || (content.EffectiveSharing != Sharing.Confidential && before.Approved.Get<TContent>()?.EffectiveSharing is not (null or Sharing.Confidential)
                    && now.Approved.Get<TContent>()?.EffectiveSharing is not (null or Sharing.Confidential)))
                ? content
                : null;

        RiskAssessmentContent? riskNow = Shown<RiskAssessmentContent>(now.Approved);
        RiskAssessmentContent? riskBefore = Shown<RiskAssessmentContent>(before.Approved);
        ActionPrioritisationContent? actionsNow = Shown<ActionPrioritisationContent>(now.Approved);
        ActionPrioritisationContent? actionsBefore = Shown<ActionPrioritisationContent>(before.Approved);
        FactorChange[] factors = riskNow is null || riskBefore is null ? [] : Factors(riskBefore, riskNow);

        return new CycleComparison(
            country,
            now.CycleId,
            before.CycleId,
            before.Title,
            audience,
            factors,
            actionsNow is null && actionsBefore is null ? [] : Actions(actionsBefore, actionsNow, today),
            Training(Shown<OfficialTrainingContent>(before.Approved), Shown<OfficialTrainingContent>(now.Approved)),
            Resources(Shown<ResourceMobilisationContent>(before.Approved), Shown<ResourceMobilisationContent>(now.Approved)),
            FollowUps(before.CycleId, recommendations, today),
            audience == SummaryAudience.Internal ? Warnings(factors, now.Approved, before.Approved) : []);
    }

    /// <summary>The order of ratings; <c>null</c> for one that has none (not applicable, missing).</summary>
    public static int? Severity(RiskRating? rating) => rating switch
    {
        RiskRating.Low => 0,
        RiskRating.Moderate => 1,
        RiskRating.High => 2,
        RiskRating.Severe => 3,
        _ => null,
    };

    /// <summary>How an action's title is matched across cycles: trimmed, inner spaces collapsed, case ignored.</summary>
    public static string MatchKey(string? title) =>
        string.Join(' ', (title ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static FactorChange[] Factors(RiskAssessmentContent before, RiskAssessmentContent now) =>
        RiskFactors.All
            .Select(f => (Id: f.Id, Before: before.RiskFactors?.FirstOrDefault(r => r.Id == f.Id), Now: now.RiskFactors?.FirstOrDefault(r => r.Id == f.Id)))
            .Where(x => x.Before is not null || x.Now is not null)
            .Select(x =>
            {
                RatingChange? change = Severity(x.Before?.Rating) is int b && Severity(x.Now?.Rating) is int n
                    ? n > b ? RatingChange.Rose : n < b ? RatingChange.Fell : RatingChange.Same
                    : null;
                bool? agrees = change is null || x.Now?.Trend is null
                    ? null
                    : (change, x.Now.Trend) is (RatingChange.Rose, Trend.Worsening) or (RatingChange.Same, Trend.Stable) or (RatingChange.Fell, Trend.Improving);
                return new FactorChange(x.Id, x.Before?.Rating, x.Now?.Rating, x.Before?.Trend, x.Now?.Trend, change, agrees);
            })
            .ToArray();

    private static ActionFollowUp[] Actions(ActionPrioritisationContent? before, ActionPrioritisationContent? now, DateOnly today)
    {
        PrioritisedAction[] previous = before?.Actions?.ToArray() ?? [];
        PrioritisedAction[] current = now?.Actions?.ToArray() ?? [];
        HashSet<string> currentKeys = current.Select(a => MatchKey(a.Title)).ToHashSet(StringComparer.Ordinal);
        HashSet<string> previousKeys = previous.Select(a => MatchKey(a.Title)).ToHashSet(StringComparer.Ordinal);

        // Without this cycle's actions (not approved, or not shown) nothing can be said of the previous ones' fate.
        IEnumerable<ActionFollowUp> earlier = now is null
            ? []
            : previous
                .DistinctBy(a => MatchKey(a.Title))
                .Select(a => new ActionFollowUp(
                    a.Title ?? string.Empty,
                    a.Restraint,
                    currentKeys.Contains(MatchKey(a.Title)) ? ActionFate.CarriedOver : a.End < today ? ActionFate.Completed : ActionFate.Dropped,
                    a.End));
        IEnumerable<ActionFollowUp> added = before is null
            ? []
            : current
                .Where(a => !previousKeys.Contains(MatchKey(a.Title)))
                .DistinctBy(a => MatchKey(a.Title))
                .Select(a => new ActionFollowUp(a.Title ?? string.Empty, a.Restraint, ActionFate.New, a.End));
        return [.. earlier.Concat(added).OrderBy(a => a.Fate).ThenBy(a => a.Title, StringComparer.Ordinal)];
    }

    private static TrainingAgainstPlan[] Training(OfficialTrainingContent? before, OfficialTrainingContent? now)
    {
        if (before is null || now is null)
        {
            return [];
        }

        TrainingSection b = OfficialTrainingSection.Write(before, confidential: false);
        TrainingSection n = OfficialTrainingSection.Write(now, confidential: false);
        return b.Reach.Select(r => r.Audience).Union(n.Reach.Select(r => r.Audience)).Order()
            .Select(a => (Before: b.Reach.FirstOrDefault(r => r.Audience == a), Now: n.Reach.FirstOrDefault(r => r.Audience == a), Audience: a))
            .Select(x => new TrainingAgainstPlan(x.Audience, x.Before?.Planned ?? 0, x.Before?.Trained ?? 0, x.Now?.Planned ?? 0, x.Now?.Trained ?? 0))
            .ToArray();
    }

    private static ResourcesAgainstPlan[] Resources(ResourceMobilisationContent? before, ResourceMobilisationContent? now)
    {
        if (before is null || now is null)
        {
            return [];
        }

        ResourcesSection b = ResourceMobilisationSection.Write(before, confidential: false);
        ResourcesSection n = ResourceMobilisationSection.Write(now, confidential: false);
        return b.Totals.Select(t => t.Currency).Union(n.Totals.Select(t => t.Currency)).Order(StringComparer.Ordinal)
            .Select(c => new ResourcesAgainstPlan(c, b.Totals.FirstOrDefault(t => t.Currency == c), n.Totals.FirstOrDefault(t => t.Currency == c)))
            .ToArray();
    }

    private static RecommendationFollowUp[] FollowUps(string previousCycleId, IReadOnlyList<Recommendation> recommendations, DateOnly today) =>
        recommendations
            .Where(r => r.CycleId == previousCycleId)
            .OrderBy(r => r.SessionId, StringComparer.Ordinal).ThenBy(r => r.Number)
            .Select(r => new RecommendationFollowUp(
                r.SessionId, r.Number, r.Text, r.Status, r.FollowUpBy, r.Progress?.Progress,
                r.Progress?.Progress == RecommendationProgress.Done ? FollowUpState.Done
                : r.FollowUpBy < today ? FollowUpState.Overdue
                : FollowUpState.Open))
            .ToArray();

    private static EarlyWarning[] Warnings(FactorChange[] factors, ApprovedSteps now, ApprovedSteps before)
    {
        PrioritisedAction[] actions = now.Get<ActionPrioritisationContent>()?.Actions?.ToArray() ?? [];
        bool confidential = now.Get<RiskAssessmentContent>()?.EffectiveSharing is not (null or Sharing.Network or Sharing.Public)
            || before.Get<RiskAssessmentContent>()?.EffectiveSharing is not (null or Sharing.Network or Sharing.Public);
        bool Covered(string factor) => actions.Any(a => a.RiskFactors?.Contains(factor) == true);
        return factors
            .Select(f => (Factor: f, Reasons: Reasons(f)))
            .Where(x => x.Reasons.Length > 0 && x.Factor.Now is not null && !Covered(x.Factor.Id))
            .Select(x => new EarlyWarning(x.Factor.Id, x.Factor.Before, x.Factor.Now!.Value, x.Reasons, confidential))
            .ToArray();
    }

    private static WarningReason[] Reasons(FactorChange f)
    {
        var reasons = new List<WarningReason>(2);
        if (f.Change == RatingChange.Rose && f.Now is RiskRating.High or RiskRating.Severe)
        {
            reasons.Add(WarningReason.RoseToHighOrSevere);
        }

        if (f.TrendBefore == Trend.Worsening && f.TrendNow == Trend.Worsening)
        {
            reasons.Add(WarningReason.WorseningTwice);
        }

        return [.. reasons];
    }
}
