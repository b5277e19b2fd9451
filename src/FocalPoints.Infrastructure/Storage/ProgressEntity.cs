using Azure.Data.Tables;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>Maps <see cref="StrategyProgress"/> to its row <c>progress|{ISO3}</c> in the cycle's partition.</summary>
public static class ProgressEntity
{
    public const string RowPrefix = "progress|";

    /// <summary>The first row key after every progress row (<c>'}'</c> follows <c>'|'</c>).</summary>
    public const string RowPrefixEnd = "progress}";

    public static string RowKey(string country) => RowPrefix + country;

    public static TableEntity ToEntity(StrategyProgress p)
    {
        var entity = new TableEntity(p.CycleId, RowKey(p.Country))
        {
            ["Country"] = p.Country,
            ["Status"] = p.Status.ToString(),
            ["CurrentStep"] = p.CurrentStep.ToString(),
            ["LastActivityUtc"] = p.LastActivityUtc,
            ["Name"] = p.CountryName,
            ["RegionalGroup"] = p.RegionalGroup?.ToString(),
        };
        foreach (StepProgress s in p.Steps)
        {
            string n = s.Step.ToString();
            entity[n + "Status"] = s.Status.ToString();
            entity[n + "OpenedUtc"] = s.OpenedUtc;
            entity[n + "DueUtc"] = s.DueUtc;
            entity[n + "Versions"] = s.SubmittedVersions;
            entity[n + "Decision"] = s.LastReview?.Decision.ToString();
            entity[n + "Comments"] = s.LastReview?.Comments;
            entity[n + "ReviewedUtc"] = s.LastReview?.ReviewedUtc;
        }

        return entity;
    }

    public static StrategyProgress FromEntity(TableEntity e)
    {
        StepProgress[] steps = StrategySteps.InOrder.Select(step =>
        {
            string n = step.ToString();
            string? decision = e.GetString(n + "Decision");
            return new StepProgress(
                step,
                Enum.Parse<StepStatus>(e.GetString(n + "Status")),
                e.GetUtc(n + "OpenedUtc"),
                e.GetUtc(n + "DueUtc"),
                e.GetInt32(n + "Versions") ?? 0,
                decision is null ? null : new LastReview(Enum.Parse<ReviewDecision>(decision), e.GetString(n + "Comments"), e.GetUtc(n + "ReviewedUtc") ?? default));
        }).ToArray();
        return new StrategyProgress(
            e.PartitionKey,
            e.GetString("Country"),
            Enum.Parse<StrategyStatus>(e.GetString("Status")),
            Enum.Parse<StrategyStep>(e.GetString("CurrentStep")),
            steps,
            e.GetUtc("LastActivityUtc") ?? default)
        {
            CountryName = e.GetString("Name"),
            RegionalGroup = e.GetString("RegionalGroup") is string g ? Enum.Parse<Domain.Network.RegionalGroup>(g) : null,
        };
    }
}
