namespace FocalPoints.Domain.Strategies.Content;

public enum ResourceSource
{
    NationalBudget,
    BilateralPartner,
    Multilateral,
    RegionalOrganisation,
    PrivateFoundation,
}

public enum ResourceStatus
{
    Planned,
    Committed,
    Disbursed,
}

public enum LegislativeKind
{
    Briefing,
    Hearing,
    Motion,
    Legislation,
}

public enum PartnerKind
{
    CivilSociety,
    Media,
    Academia,
}

/// <summary>Step 4: money, political and legislative support, partners.</summary>
public sealed record ResourceMobilisationContent(
    IReadOnlyList<Resource>? Resources,
    PoliticalSupport? PoliticalSupport,
    IReadOnlyList<Partner>? Partners,
    Sharing? Sharing) : StepContent(Sharing);

public sealed record Resource(
    ResourceSource? Source,
    string? Description,
    decimal? Amount,
    string? Currency,
    ResourceStatus? Status,
    IReadOnlyList<int>? LinkedActionPriorities);

public sealed record PoliticalSupport(bool? DeclaredNationalPriority, IReadOnlyList<LegislativeEngagement>? LegislativeEngagement);

public sealed record LegislativeEngagement(LegislativeKind? Kind, DateOnly? Date, string? Description);

public sealed record Partner(PartnerKind? Kind, string? Name);
