namespace FocalPoints.Domain.Validation;

/// <summary>
/// The most entries of every list a request can grow, and the sizes that keep what is stored within
/// Azure Table Storage (a string property holds 32 K UTF-16 characters, an entity 1 MiB). A list
/// past its cap is refused whole (one error at the list's JSON path, code
/// <see cref="ValidationCodes.TooMany"/>) before its entries are looked at, for drafts as for
/// submissions, so that no request can make the API store, return or report more than these allow.
/// Canonical JSON escapes a character outside the Basic Multilingual Plane as 12 characters
/// (<c>\uD83D\uDE00</c>): the directory and session caps are chosen so that a row at every cap, with
/// every text at its longest in such characters, still fits one property (proved in
/// <c>MaximalRowTests</c>).
/// </summary>
public static class ContentLimits
{
    /// <summary>
    /// Step 1: risk factors assessed: twice the Framework of Analysis's 14, so that a factor given twice
    /// or an unknown one is reported as such (a submission assesses each factor once).
    /// </summary>
    public const int RiskFactors = 28;

    /// <summary>Step 1: restraints assessed: twice the framework's 7, as for <see cref="RiskFactors"/>.</summary>
    public const int Resilience = 14;

    /// <summary>Step 1: indicators cited for one risk factor.</summary>
    public const int IndicatorsPerFactor = 30;

    /// <summary>Step 2: prioritised actions.</summary>
    public const int Actions = 100;

    /// <summary>Step 2: risk factors one action addresses: twice the framework's 14, as for <see cref="RiskFactors"/>.</summary>
    public const int RiskFactorsPerAction = 28;

    /// <summary>Step 3: training programmes.</summary>
    public const int Programmes = 50;

    /// <summary>Step 3: topics of one programme: twice the 6 topics, as for <see cref="RiskFactors"/>.</summary>
    public const int TopicsPerProgramme = 12;

    /// <summary>Step 3: sessions of one programme.</summary>
    public const int SessionsPerProgramme = 100;

    /// <summary>Step 4: resources.</summary>
    public const int Resources = 100;

    /// <summary>Step 4: action priorities one resource is linked to (as many as there may be actions).</summary>
    public const int LinkedActionPriorities = Actions;

    /// <summary>Step 4: legislative engagements.</summary>
    public const int LegislativeEngagements = 100;

    /// <summary>Step 4: partners.</summary>
    public const int Partners = 100;

    /// <summary>
    /// A step's content as stored (canonical UTF-8 JSON, nulls left out): at most 768 KiB, three
    /// times the largest body, because canonical JSON writes a 4-byte character as a 12-byte escape.
    /// Anything larger was inflated, not written.
    /// </summary>
    public const int ContentBytes = 3 * TextLimits.MaxBodyBytes;

    /// <summary>The directory: focal points of one member (country).</summary>
    public const int FocalPointsPerMember = 10;

    /// <summary>The directory: the network's coordinators.</summary>
    public const int Coordinators = 10;

    /// <summary>The directory: a person's name, at most 200 characters.</summary>
    public const int ContactNameLength = 200;

    /// <summary>A cycle's countries: the 193 UN Member States.</summary>
    public const int CycleCountries = 193;

    /// <summary>A peer-review session's countries (its cohort): at most a cycle's.</summary>
    public const int SessionCountries = CycleCountries;

    /// <summary>A peer-review session's reviewers.</summary>
    public const int Reviewers = 15;

    /// <summary>A peer-review session's title, at most 200 characters.</summary>
    public const int SessionTitleLength = 200;

    /// <summary>Recommendations to one country in one session (numbered 1 to 300).</summary>
    public const int RecommendationsPerCountry = 300;

    /// <summary>Recommendations in one session, all countries together.</summary>
    public const int RecommendationsPerSession = 1000;

    /// <summary>The note a reviewed country adds to its declared progress on a recommendation, at most 500 characters.</summary>
    public const int ProgressNoteLength = 500;
}
