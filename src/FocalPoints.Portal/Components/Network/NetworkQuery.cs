using FocalPoints.Contracts;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Portal.Components.Network;

/// <summary>
/// The network view's filters as the API takes them (<c>regionalGroup</c>, <c>status</c>,
/// <c>overdue=true</c>): the domain's <see cref="ProgressFilter"/> reads them, so the page, the URL,
/// the API call and the CSV link all carry the one filter the server applies.
/// </summary>
public static class NetworkQuery
{
    /// <summary>Reads the values from the page's URL; values the domain does not know are dropped.</summary>
    public static ProgressFilter Parse(string? regionalGroup, string? status, string? overdue) =>
        ProgressFilter.Parse(regionalGroup, status, overdue, new ValidationErrors()) ?? ProgressFilter.None;

    /// <summary>The <c>status</c> value: a strategy status or a step status, as the API names it; empty for none.</summary>
    public static string StatusValue(ProgressFilter filter) => ProgressFilterQuery.StatusValue(filter);

    /// <summary>The <c>regionalGroup</c> value as the API names it; empty for none.</summary>
    public static string GroupValue(RegionalGroup? group) => ProgressFilterQuery.GroupValue(group);

    /// <summary>The filter as a query string without the leading <c>?</c> (empty when there is no filter).</summary>
    public static string ToQuery(ProgressFilter filter) => ProgressFilterQuery.Of(filter);

    /// <summary>The dashboard's own address, so a cycle and its filters can be bookmarked and shared.</summary>
    public static string PagePath(string cycleId, ProgressFilter filter) => WithQuery("/network", "cycle=" + Uri.EscapeDataString(cycleId) + (ToQuery(filter) is { Length: > 0 } q ? "&" + q : string.Empty));

    private static string WithQuery(string path, string query) => query.Length == 0 ? path : path + "?" + query;
}
