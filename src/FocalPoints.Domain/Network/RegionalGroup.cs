namespace FocalPoints.Domain.Network;

/// <summary>The five UN regional groups, used for cohorts and filters.</summary>
public enum RegionalGroup
{
    AfricanStates,
    AsiaPacificStates,
    EasternEuropeanStates,
    LatinAmericanAndCaribbeanStates,
    WesternEuropeanAndOtherStates,
}
