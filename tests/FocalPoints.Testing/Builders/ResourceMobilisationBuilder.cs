using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Testing.Builders;

/// <summary>Resources; by default 250,000 USD from the national budget, linked to priority 1.</summary>
public sealed class ResourceMobilisationBuilder : IStepContentBuilder<ResourceMobilisationContent>
{
    private readonly List<Resource> resources = [];
    private bool useDefault = true;

    public ResourceMobilisationBuilder WithResource(decimal? amount, string? currency, params int[] linkedPriorities)
    {
        useDefault = false;
        resources.Add(new Resource(ResourceSource.NationalBudget, "Budget line", amount, currency, ResourceStatus.Committed, linkedPriorities));
        return this;
    }

    public ResourceMobilisationContent Build() => new(
        useDefault ? [new Resource(ResourceSource.NationalBudget, "Budget line", 250_000m, "USD", ResourceStatus.Committed, [1])] : resources.ToArray(),
        new PoliticalSupport(true, [new LegislativeEngagement(LegislativeKind.Briefing, new DateOnly(2027, 4, 2), "Briefing of the foreign affairs committee")]),
        [new Partner(PartnerKind.CivilSociety, "National coalition for prevention")],
        Sharing.Network);
}
