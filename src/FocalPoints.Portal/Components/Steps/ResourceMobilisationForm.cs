using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Portal.Components.Steps;

/// <summary>Step 4: resources, political support and partners.</summary>
public sealed class ResourceMobilisationForm : IStepForm
{
    public List<ResourceRow> Resources { get; } = [];

    public bool DeclaredNationalPriority { get; set; }

    public List<EngagementRow> Engagements { get; } = [];

    public List<PartnerRow> Partners { get; } = [];

    public Sharing Sharing { get; set; }

    public static ResourceMobilisationForm From(ResourceMobilisationContent? content)
    {
        var form = new ResourceMobilisationForm
        {
            Sharing = content?.EffectiveSharing ?? Sharing.Confidential,
            DeclaredNationalPriority = content?.PoliticalSupport?.DeclaredNationalPriority ?? false,
        };
        form.Resources.AddRange((content?.Resources ?? []).Where(r => r is not null).Select(r => new ResourceRow
        {
            Source = r.Source,
            Description = r.Description,
            Amount = r.Amount,
            Currency = r.Currency,
            Status = r.Status,
            LinkedPriorities = [.. r.LinkedActionPriorities ?? []],
        }));
        form.Engagements.AddRange((content?.PoliticalSupport?.LegislativeEngagement ?? []).Where(e => e is not null).Select(e => new EngagementRow { Kind = e.Kind, Date = e.Date, Description = e.Description }));
        form.Partners.AddRange((content?.Partners ?? []).Where(p => p is not null).Select(p => new PartnerRow { Kind = p.Kind, Name = p.Name }));
        return form;
    }

    public StepContent ToContent() => new ResourceMobilisationContent(
        Resources.Select(r => new Resource(r.Source, StepForms.Text(r.Description), r.Amount, StepForms.Text(r.Currency)?.Trim().ToUpperInvariant(), r.Status, r.LinkedPriorities.Order().ToArray())).ToArray(),
        new PoliticalSupport(DeclaredNationalPriority, Engagements.Select(e => new LegislativeEngagement(e.Kind, e.Date, StepForms.Text(e.Description))).ToArray()),
        Partners.Select(p => new Partner(p.Kind, StepForms.Text(p.Name))).ToArray(),
        Sharing);
}

public sealed class ResourceRow
{
    public Guid Key { get; } = Guid.NewGuid();

    public ResourceSource? Source { get; set; }

    public string? Description { get; set; }

    public decimal? Amount { get; set; }

    public string? Currency { get; set; }

    public ResourceStatus? Status { get; set; }

    public List<int> LinkedPriorities { get; set; } = [];
}

public sealed class EngagementRow
{
    public Guid Key { get; } = Guid.NewGuid();

    public LegislativeKind? Kind { get; set; }

    public DateOnly? Date { get; set; }

    public string? Description { get; set; }
}

public sealed class PartnerRow
{
    public Guid Key { get; } = Guid.NewGuid();

    public PartnerKind? Kind { get; set; }

    public string? Name { get; set; }
}
