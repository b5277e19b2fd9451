using FocalPoints.Domain;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Contracts;

/// <summary>
/// The network view's filters as the API takes them (<c>regionalGroup</c>, <c>status</c>,
/// <c>overdue=true</c>); the domain's <see cref="ProgressFilter"/> reads them back on the server.
/// </summary>
public static class ProgressFilterQuery
{
    public const string RegionalGroup = "regionalGroup";
    public const string Status = "status";
    public const string Overdue = "overdue";

    /// <summary>The <c>status</c> value: a strategy status or a step status, as the API names it; empty for none.</summary>
    public static string StatusValue(ProgressFilter filter) =>
        filter.Status is StrategyStatus strategy ? JsonNaming.CamelCase(strategy.ToString())
        : filter.StepStatus is StepStatus step ? JsonNaming.CamelCase(step.ToString())
        : string.Empty;

    /// <summary>The <c>regionalGroup</c> value as the API names it; empty for none.</summary>
    public static string GroupValue(RegionalGroup? group) =>
        group is RegionalGroup g ? JsonNaming.CamelCase(g.ToString()) : string.Empty;

    /// <summary>The filter as a query string without the leading <c>?</c> (empty when there is no filter).</summary>
    public static string Of(ProgressFilter? filter)
    {
        if (filter is null)
        {
            return string.Empty;
        }

        var parts = new List<string>(3);
        if (filter.RegionalGroup is not null)
        {
            parts.Add(RegionalGroup + "=" + GroupValue(filter.RegionalGroup));
        }

        string status = StatusValue(filter);
        if (status.Length > 0)
        {
            parts.Add(Status + "=" + status);
        }

        if (filter.OverdueOnly)
        {
            parts.Add(Overdue + "=true");
        }

        return string.Join('&', parts);
    }
}
