using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Domain.Insights;

/// <summary>Who reads the insights: coordinators read every regional group, focal points the network's figures only.</summary>
public enum InsightsForm
{
    /// <summary>The network and each of the five regional groups (coordinators).</summary>
    Full,

    /// <summary>The network's figures only (every focal point).</summary>
    Brief,
}

/// <summary>What a table of the insights counts.</summary>
public enum InsightTopic
{
    /// <summary>Countries rating a risk factor high or severe.</summary>
    RiskFactors,

    /// <summary>Countries declaring a risk factor improving, stable or worsening.</summary>
    RiskTrends,

    /// <summary>Countries prioritising at least one action under a restraint.</summary>
    Restraints,

    /// <summary>Countries training an audience.</summary>
    TrainingAudiences,

    /// <summary>Countries with at least one resource from a source.</summary>
    ResourceSources,

    /// <summary>Countries with at least one resource in a status.</summary>
    ResourceStatuses,

    /// <summary>Countries that declared prevention a national priority.</summary>
    NationalPriority,

    /// <summary>Countries with at least one legislative engagement of a kind (or any).</summary>
    LegislativeEngagement,
}

/// <summary>
/// One line of figures: how many countries are in <see cref="Category"/> for <see cref="Subject"/> (<c>RF9</c>
/// <c>highOrSevere</c>, <c>R3</c> <c>prioritised</c>), in each regional group (in <see cref="NetworkInsights.Groups"/>
/// order; none in the short form) and across the network. <c>null</c> is a figure withheld: fewer than five
/// countries, or one that would let a withheld figure be worked out.
/// </summary>
public sealed record InsightRow(string Subject, string Category, IReadOnlyList<int?> Groups, int? Network);

/// <summary>A table of the insights: its rows count countries among those sharing <see cref="Step"/>.</summary>
public sealed record InsightTable(InsightTopic Topic, StrategyStep Step, IReadOnlyList<InsightRow> Rows);

/// <summary>
/// The network insights of a cycle: counts of countries that name no country, from approved content shared at
/// network or public level only. <see cref="Sharing"/> says how many countries share each step (the base of
/// that step's tables; its <see cref="InsightRow.Subject"/> is the step's JSON name). Every figure rests on at
/// least <see cref="MinimumCountries"/> countries or is withheld (<see cref="DisclosureRule"/>).
/// </summary>
public sealed record NetworkInsights(
    string CycleId,
    string CycleTitle,
    DateOnly GeneratedOn,
    InsightsForm Form,
    int MinimumCountries,
    IReadOnlyList<RegionalGroup> Groups,
    IReadOnlyList<InsightRow> Sharing,
    IReadOnlyList<InsightTable> Tables)
{
    /// <summary>The same insights for a focal point: the network's figures only.</summary>
    public NetworkInsights Brief() => this with
    {
        Form = InsightsForm.Brief,
        Groups = [],
        Sharing = Sharing.Select(r => r with { Groups = [] }).ToArray(),
        Tables = Tables.Select(t => t with { Rows = t.Rows.Select(r => r with { Groups = [] }).ToArray() }).ToArray(),
    };
}
