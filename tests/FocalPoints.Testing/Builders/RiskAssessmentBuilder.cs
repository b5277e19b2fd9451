using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Testing.Builders;

/// <summary>A complete risk assessment (every factor low and stable, every restraint partial) to change one thing at a time.</summary>
public sealed class RiskAssessmentBuilder : IStepContentBuilder<RiskAssessmentContent>
{
    private readonly List<RiskFactorAssessment> factors =
        RiskFactors.All.Select(f => new RiskFactorAssessment(f.Id, RiskRating.Low, Trend.Stable, [], $"Evidence for {f.Id}.")).ToList();

    private readonly List<ResilienceAssessment> resilience =
        Restraints.All.Select(r => new ResilienceAssessment(r.Id, Capacity.Partial, $"Notes on {r.Id}.")).ToList();

    private Sharing? sharing = Sharing.Confidential;

    public RiskAssessmentBuilder WithFactor(string id, RiskRating rating, Trend? trend = Trend.Stable, string? evidence = "Evidence.", params string[] indicators)
    {
        Replace(factors, f => f.Id == id, new RiskFactorAssessment(id, rating, trend, indicators, evidence));
        return this;
    }

    public RiskAssessmentBuilder WithoutFactor(string id)
    {
        factors.RemoveAll(f => f.Id == id);
        return this;
    }

    public RiskAssessmentBuilder WithDuplicateFactor(string id)
    {
        factors.Add(factors.First(f => f.Id == id));
        return this;
    }

    public RiskAssessmentBuilder WithRestraint(string id, Capacity? capacity, string? notes = "Notes.")
    {
        Replace(resilience, r => r.Restraint == id, new ResilienceAssessment(id, capacity, notes));
        return this;
    }

    public RiskAssessmentBuilder WithoutRestraint(string id)
    {
        resilience.RemoveAll(r => r.Restraint == id);
        return this;
    }

    public RiskAssessmentBuilder SharedAs(Sharing? level)
    {
        sharing = level;
        return this;
    }

    public RiskAssessmentContent Build() => new(factors.ToArray(), resilience.ToArray(), true, false, sharing);

    private static void Replace<T>(List<T> list, Predicate<T> match, T value)
    {
        int index = list.FindIndex(match);
        if (index < 0)
        {
            list.Add(value);
        }
        else
        {
            list[index] = value;
        }
    }
}
