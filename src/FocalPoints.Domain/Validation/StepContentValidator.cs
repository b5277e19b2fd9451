using System.Globalization;
using System.Text;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Validation;

/// <summary>
/// The rules for step content. <see cref="ValidateDraft"/> checks that content is well formed and
/// within limits (drafts may be incomplete); <see cref="ValidateSubmission"/> adds the completeness
/// rules of the API contract. Both check first that every list is within its cap and the canonical
/// form within its stored size (<see cref="ContentLimits"/>); past a cap nothing else is looked at,
/// so that a list of thousands is one error, not thousands.
/// </summary>
public static class StepContentValidator
{
    public static ValidationErrors ValidateDraft(StepContent content)
    {
        var errors = new ValidationErrors();
        if (WithinLimits(content, errors))
        {
            CheckWellFormed(content, errors);
        }

        return errors;
    }

    public static ValidationErrors ValidateSubmission(StepContent content, ApprovedSteps approved)
    {
        var errors = new ValidationErrors();
        if (!WithinLimits(content, errors))
        {
            return errors;
        }

        CheckWellFormed(content, errors);
        switch (content)
        {
            case RiskAssessmentContent risk:
                CompleteRiskAssessment(risk, errors);
                break;
            case ActionPrioritisationContent actions:
                CompleteActions(actions, approved, errors);
                break;
            case OfficialTrainingContent training:
                CompleteTraining(training, errors);
                break;
            case ResourceMobilisationContent resources:
                CompleteResources(resources, approved, errors);
                break;
        }

        return errors;
    }

    /// <summary>Every list within its cap, then the canonical form within <see cref="ContentLimits.ContentBytes"/>.</summary>
    private static bool WithinLimits(StepContent content, ValidationErrors errors)
    {
        bool within = content switch
        {
            RiskAssessmentContent risk => ListsWithinCaps(risk, errors),
            ActionPrioritisationContent actions => ListsWithinCaps(actions, errors),
            OfficialTrainingContent training => ListsWithinCaps(training, errors),
            ResourceMobilisationContent resources => ListsWithinCaps(resources, errors),
            _ => true,
        };
        if (!within)
        {
            return false;
        }

        int bytes = Encoding.UTF8.GetByteCount(StepContentJson.Serialize(content));
        if (bytes <= ContentLimits.ContentBytes)
        {
            return true;
        }

        errors.Add("$", ValidationCodes.ContentTooLarge, string.Create(CultureInfo.InvariantCulture, $"At most {ContentLimits.ContentBytes:N0} bytes stored (this is {bytes:N0})."), ContentLimits.ContentBytes, bytes);
        return false;
    }

    private static bool ListsWithinCaps(RiskAssessmentContent risk, ValidationErrors errors) =>
        errors.CheckCount("$.riskFactors", risk.RiskFactors, ContentLimits.RiskFactors)
        & errors.CheckCount("$.resilience", risk.Resilience, ContentLimits.Resilience)
        && EachWithinCaps(risk.RiskFactors, (f, i) => errors.CheckCount($"$.riskFactors[{i}].indicators", f.Indicators, ContentLimits.IndicatorsPerFactor));

    private static bool ListsWithinCaps(ActionPrioritisationContent content, ValidationErrors errors) =>
        errors.CheckCount("$.actions", content.Actions, ContentLimits.Actions)
        && EachWithinCaps(content.Actions, (a, i) => errors.CheckCount($"$.actions[{i}].riskFactors", a.RiskFactors, ContentLimits.RiskFactorsPerAction));

    private static bool ListsWithinCaps(OfficialTrainingContent content, ValidationErrors errors) =>
        errors.CheckCount("$.programmes", content.Programmes, ContentLimits.Programmes)
        && EachWithinCaps(content.Programmes, (p, i) =>
            errors.CheckCount($"$.programmes[{i}].topics", p.Topics, ContentLimits.TopicsPerProgramme)
            & errors.CheckCount($"$.programmes[{i}].sessions", p.Sessions, ContentLimits.SessionsPerProgramme));

    private static bool ListsWithinCaps(ResourceMobilisationContent content, ValidationErrors errors) =>
        errors.CheckCount("$.resources", content.Resources, ContentLimits.Resources)
        & errors.CheckCount("$.politicalSupport.legislativeEngagement", content.PoliticalSupport?.LegislativeEngagement, ContentLimits.LegislativeEngagements)
        & errors.CheckCount("$.partners", content.Partners, ContentLimits.Partners)
        && EachWithinCaps(content.Resources, (r, i) => errors.CheckCount($"$.resources[{i}].linkedActionPriorities", r.LinkedActionPriorities, ContentLimits.LinkedActionPriorities));

    /// <summary>Checks every entry (of a list already within its cap); <c>true</c> when all pass.</summary>
    private static bool EachWithinCaps<T>(IReadOnlyList<T>? list, Func<T, int, bool> check)
    {
        bool within = true;
        for (int i = 0; i < (list?.Count ?? 0); i++)
        {
            within &= check(list![i], i);
        }

        return within;
    }

    private static void CheckWellFormed(StepContent content, ValidationErrors errors)
    {
        switch (content)
        {
            case RiskAssessmentContent risk:
                WellFormedRisk(risk, errors);
                break;
            case ActionPrioritisationContent actions:
                WellFormedActions(actions, errors);
                break;
            case OfficialTrainingContent training:
                WellFormedTraining(training, errors);
                break;
            case ResourceMobilisationContent resources:
                WellFormedResources(resources, errors);
                break;
        }
    }

    private static void WellFormedRisk(RiskAssessmentContent risk, ValidationErrors errors)
    {
        for (int i = 0; i < (risk.RiskFactors?.Count ?? 0); i++)
        {
            RiskFactorAssessment factor = risk.RiskFactors![i];
            string path = $"$.riskFactors[{i}]";
            RiskFactor? known = RiskFactors.Find(factor.Id);
            if (known is null)
            {
                errors.Add($"{path}.id", ValidationCodes.UnknownRiskFactor, "Must be one of RF1 to RF14.");
            }

            errors.CheckText($"{path}.evidence", factor.Evidence);
            for (int j = 0; j < (factor.Indicators?.Count ?? 0); j++)
            {
                CheckIndicator($"{path}.indicators[{j}]", factor.Indicators![j], known, errors);
            }
        }

        for (int i = 0; i < (risk.Resilience?.Count ?? 0); i++)
        {
            ResilienceAssessment resilience = risk.Resilience![i];
            if (Restraints.Find(resilience.Restraint) is null)
            {
                errors.Add($"$.resilience[{i}].restraint", ValidationCodes.UnknownRestraint, "Must be one of R1 to R7.");
            }

            errors.CheckText($"$.resilience[{i}].notes", resilience.Notes);
        }
    }

    private static void CheckIndicator(string path, string? indicator, RiskFactor? factor, ValidationErrors errors)
    {
        string[] parts = (indicator ?? string.Empty).Split('.');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int factorNumber)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int indicatorNumber)
            || indicatorNumber < 1)
        {
            errors.Add(path, ValidationCodes.IndicatorFormat, "An indicator is written \"<factor number>.<indicator number>\", e.g. \"9.3\".");
            return;
        }

        if (factor is null)
        {
            return;
        }

        if (factorNumber != factor.Number)
        {
            errors.Add(path, ValidationCodes.IndicatorOtherFactor, $"Indicator {indicator} does not belong to {factor.Id}.", indicator ?? string.Empty, factor.Id);
        }
        else if (RiskFactors.IndicatorCount(factor) is int count && indicatorNumber > count)
        {
            errors.Add(path, ValidationCodes.IndicatorOutOfRange, $"{factor.Id} has {count} indicators in the Framework of Analysis.", factor.Id, count);
        }
    }

    private static void WellFormedActions(ActionPrioritisationContent content, ValidationErrors errors)
    {
        for (int i = 0; i < (content.Actions?.Count ?? 0); i++)
        {
            PrioritisedAction action = content.Actions![i];
            string path = $"$.actions[{i}]";
            errors.CheckText($"{path}.title", action.Title);
            errors.CheckText($"{path}.leadInstitution", action.LeadInstitution);
            if (action.Restraint is not null && Restraints.Find(action.Restraint) is null)
            {
                errors.Add($"{path}.restraint", ValidationCodes.UnknownRestraint, "Must be one of R1 to R7.");
            }

            for (int j = 0; j < (action.RiskFactors?.Count ?? 0); j++)
            {
                if (RiskFactors.Find(action.RiskFactors![j]) is null)
                {
                    errors.Add($"{path}.riskFactors[{j}]", ValidationCodes.UnknownRiskFactor, "Must be one of RF1 to RF14.");
                }
            }

            if (action.Start is DateOnly start && action.End is DateOnly end && end < start)
            {
                errors.Add($"{path}.end", ValidationCodes.EndBeforeStart, "Must not be before start.");
            }

            if (action.Priority is < 1)
            {
                errors.Add($"{path}.priority", ValidationCodes.PriorityBelowOne, "Priorities start at 1.");
            }
        }
    }

    private static void WellFormedTraining(OfficialTrainingContent content, ValidationErrors errors)
    {
        for (int i = 0; i < (content.Programmes?.Count ?? 0); i++)
        {
            TrainingProgramme programme = content.Programmes![i];
            CheckCount(errors, $"$.programmes[{i}].plannedParticipants", programme.PlannedParticipants);

            for (int j = 0; j < (programme.Sessions?.Count ?? 0); j++)
            {
                CheckCount(errors, $"$.programmes[{i}].sessions[{j}].participants", programme.Sessions![j].Participants);
            }
        }
    }

    /// <summary>A number of people: not negative, not more than a national programme can hold.</summary>
    private static void CheckCount(ValidationErrors errors, string path, int? count)
    {
        if (count is < 0)
        {
            errors.Add(path, ValidationCodes.Negative, "Must not be negative.");
        }
        else if (count > NumberLimits.Participants)
        {
            errors.Add(path, ValidationCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"At most {NumberLimits.Participants:N0}."), NumberLimits.Participants);
        }
    }

    private static void WellFormedResources(ResourceMobilisationContent content, ValidationErrors errors)
    {
        for (int i = 0; i < (content.Resources?.Count ?? 0); i++)
        {
            Resource resource = content.Resources![i];
            errors.CheckText($"$.resources[{i}].description", resource.Description);
            if (resource.Amount is < 0)
            {
                errors.Add($"$.resources[{i}].amount", ValidationCodes.Negative, "Must not be negative.");
            }
            else if (resource.Amount > NumberLimits.Amount)
            {
                errors.Add($"$.resources[{i}].amount", ValidationCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"At most {NumberLimits.Amount:N0}."), NumberLimits.Amount);
            }

            if (resource.Currency is not null && !Currencies.IsIso4217(resource.Currency))
            {
                errors.Add($"$.resources[{i}].currency", ValidationCodes.Currency, "Must be an ISO 4217 currency code, e.g. USD.");
            }
        }

        for (int i = 0; i < (content.PoliticalSupport?.LegislativeEngagement?.Count ?? 0); i++)
        {
            errors.CheckText($"$.politicalSupport.legislativeEngagement[{i}].description", content.PoliticalSupport!.LegislativeEngagement![i].Description);
        }

        for (int i = 0; i < (content.Partners?.Count ?? 0); i++)
        {
            errors.CheckText($"$.partners[{i}].name", content.Partners![i].Name);
        }
    }

    private static void CompleteRiskAssessment(RiskAssessmentContent risk, ValidationErrors errors)
    {
        IReadOnlyList<RiskFactorAssessment> factors = risk.RiskFactors ?? [];
        foreach (RiskFactor expected in RiskFactors.All)
        {
            int count = factors.Count(f => f.Id == expected.Id);
            if (count == 0)
            {
                errors.Add("$.riskFactors", ValidationCodes.RiskFactorMissing, $"{expected.Id} ({expected.Title}) is missing.", expected.Id);
            }
            else if (count > 1)
            {
                errors.Add("$.riskFactors", ValidationCodes.RiskFactorRepeated, $"{expected.Id} is assessed {count} times; assess each factor once.", expected.Id, count);
            }
        }

        for (int i = 0; i < factors.Count; i++)
        {
            RiskFactorAssessment factor = factors[i];
            RiskFactor? known = RiskFactors.Find(factor.Id);
            if (factor.Rating is null)
            {
                errors.Add($"$.riskFactors[{i}].rating", ValidationCodes.Required, "Required.");
            }
            else if (factor.Rating == RiskRating.NotApplicable)
            {
                if (known is { Specific: false })
                {
                    errors.Add($"$.riskFactors[{i}].rating", ValidationCodes.NotApplicableOnlySpecific, "Only the specific factors RF9 to RF14 may be notApplicable.");
                }
                else if (string.IsNullOrWhiteSpace(factor.Evidence))
                {
                    errors.Add($"$.riskFactors[{i}].evidence", ValidationCodes.NotApplicableNeedsEvidence, "Say why the factor does not apply.");
                }
            }
            else if (factor.Trend is null)
            {
                errors.Add($"$.riskFactors[{i}].trend", ValidationCodes.TrendRequired, "Required for a rated factor.");
            }
        }

        IReadOnlyList<ResilienceAssessment> resilience = risk.Resilience ?? [];
        foreach (Restraint expected in Restraints.All)
        {
            int count = resilience.Count(r => r.Restraint == expected.Id);
            if (count == 0)
            {
                errors.Add("$.resilience", ValidationCodes.RestraintMissing, $"{expected.Id} ({expected.Title}) is missing.", expected.Id);
            }
            else if (count > 1)
            {
                errors.Add("$.resilience", ValidationCodes.RestraintRepeated, $"{expected.Id} is assessed {count} times; assess each restraint once.", expected.Id, count);
            }
        }

        for (int i = 0; i < resilience.Count; i++)
        {
            if (resilience[i].Capacity is null)
            {
                errors.Add($"$.resilience[{i}].capacity", ValidationCodes.Required, "Required.");
            }
        }
    }

    private static void CompleteActions(ActionPrioritisationContent content, ApprovedSteps approved, ValidationErrors errors)
    {
        IReadOnlyList<PrioritisedAction> actions = content.Actions ?? [];
        if (actions.Count == 0)
        {
            errors.Add("$.actions", ValidationCodes.ActionNeeded, "At least one action is needed.");
            return;
        }

        for (int i = 0; i < actions.Count; i++)
        {
            PrioritisedAction action = actions[i];
            string path = $"$.actions[{i}]";
            errors.CheckText($"{path}.title", action.Title, required: true);
            Require(errors, $"{path}.scope", action.Scope);
            Require(errors, $"{path}.restraint", action.Restraint);
            Require(errors, $"{path}.priority", action.Priority);
        }

        int[] priorities = actions.Where(a => a.Priority is not null).Select(a => a.Priority!.Value).Order().ToArray();
        if (!priorities.SequenceEqual(Enumerable.Range(1, priorities.Length)))
        {
            errors.Add("$.actions", ValidationCodes.PrioritiesInOrder, $"Priorities must be 1 to {actions.Count}, each once, without gaps.", actions.Count);
        }

        foreach (RiskFactorAssessment high in ActionCoverage.Uncovered(approved.RiskAssessment, actions))
        {
            errors.Add("$.actions", ValidationCodes.HighRiskNotAddressed, $"{high.Id} was rated {JsonNaming.CamelCase(high.Rating!.Value.ToString())} in the approved risk assessment; some action must address it.", high.Id ?? string.Empty, high.Rating.Value);
        }
    }

    private static void CompleteTraining(OfficialTrainingContent content, ValidationErrors errors)
    {
        IReadOnlyList<TrainingProgramme> programmes = content.Programmes ?? [];
        if (programmes.Count == 0)
        {
            errors.Add("$.programmes", ValidationCodes.ProgrammeNeeded, "At least one programme is needed.");
        }

        for (int i = 0; i < programmes.Count; i++)
        {
            TrainingProgramme programme = programmes[i];
            Require(errors, $"$.programmes[{i}].audience", programme.Audience);
            if ((programme.Topics?.Count ?? 0) == 0)
            {
                errors.Add($"$.programmes[{i}].topics", ValidationCodes.TopicNeeded, "At least one topic is needed.");
            }

            if (programme.PlannedParticipants is not > 0)
            {
                errors.Add($"$.programmes[{i}].plannedParticipants", ValidationCodes.MoreThanZero, "Must be more than 0.");
            }

            for (int j = 0; j < (programme.Sessions?.Count ?? 0); j++)
            {
                TrainingSession session = programme.Sessions![j];
                Require(errors, $"$.programmes[{i}].sessions[{j}].date", session.Date);
                Require(errors, $"$.programmes[{i}].sessions[{j}].participants", session.Participants);
            }
        }
    }

    private static void CompleteResources(ResourceMobilisationContent content, ApprovedSteps approved, ValidationErrors errors)
    {
        IReadOnlyList<Resource> resources = content.Resources ?? [];
        if (!resources.Any(r => r.Amount > 0 && Currencies.IsIso4217(r.Currency)))
        {
            errors.Add("$.resources", ValidationCodes.ResourceNeeded, "At least one resource with an amount above 0 and an ISO 4217 currency is needed.");
        }

        HashSet<int> priorities = (approved.ActionPrioritisation?.Actions ?? [])
            .Where(a => a.Priority is not null)
            .Select(a => a.Priority!.Value)
            .ToHashSet();
        for (int i = 0; i < resources.Count; i++)
        {
            Resource resource = resources[i];
            Require(errors, $"$.resources[{i}].source", resource.Source);
            Require(errors, $"$.resources[{i}].status", resource.Status);
            Require(errors, $"$.resources[{i}].amount", resource.Amount);
            Require(errors, $"$.resources[{i}].currency", resource.Currency);
            foreach (int linked in resource.LinkedActionPriorities ?? [])
            {
                if (!priorities.Contains(linked))
                {
                    errors.Add($"$.resources[{i}].linkedActionPriorities", ValidationCodes.LinkedPriorityUnknown, $"Priority {linked} is not an action of the approved action prioritisation.", linked);
                }
            }
        }
    }

    private static void Require<T>(ValidationErrors errors, string path, T? value)
    {
        if (value is null)
        {
            errors.Add(path, ValidationCodes.Required, "Required.");
        }
    }
}
