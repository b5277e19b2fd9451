using System.Globalization;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Validation.Steps;

/// <summary>Step 4: at least one resource with an amount and a currency; links to the approved actions only.</summary>
public sealed class ResourceMobilisationRules : StepContentRules<ResourceMobilisationContent>
{
    public override bool ListsWithinCaps(ResourceMobilisationContent content, ValidationErrors errors) =>
        errors.CheckCount("$.resources", content.Resources, ContentLimits.Resources)
        & errors.CheckCount("$.politicalSupport.legislativeEngagement", content.PoliticalSupport?.LegislativeEngagement, ContentLimits.LegislativeEngagements)
        & errors.CheckCount("$.partners", content.Partners, ContentLimits.Partners)
        && EachWithinCaps(content.Resources, (r, i) => errors.CheckCount($"$.resources[{i}].linkedActionPriorities", r.LinkedActionPriorities, ContentLimits.LinkedActionPriorities));

    public override void CheckWellFormed(ResourceMobilisationContent content, ValidationErrors errors)
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

    public override void CheckComplete(ResourceMobilisationContent content, ApprovedSteps approved, ValidationErrors errors)
    {
        IReadOnlyList<Resource> resources = content.Resources ?? [];
        if (!resources.Any(r => r.Amount > 0 && Currencies.IsIso4217(r.Currency)))
        {
            errors.Add("$.resources", ValidationCodes.ResourceNeeded, "At least one resource with an amount above 0 and an ISO 4217 currency is needed.");
        }

        HashSet<int> priorities = (approved.Get<ActionPrioritisationContent>()?.Actions ?? [])
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
}
