using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Summaries.Sections;

/// <summary>Resources in a summary: amounts by source, status and currency, totals per currency, political support.</summary>
public static class ResourceMobilisationSection
{
    public static ResourcesSection Write(ResourceMobilisationContent content, bool confidential)
    {
        ResourceLine[] lines = (content.Resources ?? [])
            .Where(r => r.Source is not null && r.Status is not null && r.Currency is not null && r.Amount is not null)
            .GroupBy(r => (Source: r.Source!.Value, Status: r.Status!.Value, Currency: r.Currency!))
            .Select(g => new ResourceLine(g.Key.Source, g.Key.Status, g.Key.Currency, g.SumSaturating(r => r.Amount!.Value)))
            .OrderBy(l => l.Source).ThenBy(l => l.Status).ThenBy(l => l.Currency, StringComparer.Ordinal)
            .ToArray();
        CurrencyTotal[] totals = lines
            .GroupBy(l => l.Currency)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CurrencyTotal(
                g.Key,
                g.Where(l => l.Status == ResourceStatus.Planned).SumSaturating(l => l.Amount),
                g.Where(l => l.Status == ResourceStatus.Committed).SumSaturating(l => l.Amount),
                g.Where(l => l.Status == ResourceStatus.Disbursed).SumSaturating(l => l.Amount),
                g.SumSaturating(l => l.Amount)))
            .ToArray();
        return new ResourcesSection(
            confidential,
            lines,
            totals,
            content.PoliticalSupport?.DeclaredNationalPriority,
            (content.PoliticalSupport?.LegislativeEngagement ?? []).OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.Description, StringComparer.Ordinal).ToArray());
    }
}
