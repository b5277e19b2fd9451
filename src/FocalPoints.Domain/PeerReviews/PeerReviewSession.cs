using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.PeerReviews;

public enum RecommendationStatus
{
    Accepted,
    Noted,
}

/// <summary>A peer-review session: a cohort of countries of one cycle, and the people who review them.</summary>
public sealed record PeerReviewSession(
    string SessionId,
    string Title,
    DateOnly Date,
    string CycleId,
    IReadOnlyList<string> Countries,
    RegionalGroup? RegionalGroup,
    IReadOnlyList<string> Reviewers,
    DateTime CreatedUtc)
{
    public bool IsReviewer(string email) => Reviewers.Any(r => string.Equals(r, email, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// A numbered recommendation to a reviewed country (UPR style: accepted or noted, with a follow-up date).
/// <see cref="Progress"/> is what the country last declared of its implementation (<see cref="RecommendationProgressRules"/>);
/// <c>null</c> until it declares.
/// </summary>
public sealed record Recommendation(string SessionId, string CycleId, string Country, int Number, string Text, RecommendationStatus Status, DateOnly FollowUpBy, ProgressDeclaration? Progress = null);

/// <summary>The reviewed country's response, appended to the session (APRM style).</summary>
public sealed record CountryResponse(string SessionId, string CycleId, string Country, string Text, string Actor, DateTime RespondedUtc);

/// <summary>The body of <c>POST /api/peer-reviews</c>.</summary>
public sealed record PeerReviewInput(string? Title, DateOnly? Date, string? CycleId, IReadOnlyList<string>? Countries, RegionalGroup? RegionalGroup, IReadOnlyList<string>? Reviewers);

public sealed record RecommendationInput(string? Country, string? Text, RecommendationStatus? Status, DateOnly? FollowUpBy);

public sealed record ResponseInput(string? Text);

/// <summary>
/// The rules for scheduling a session and recording its outcome. A session is stored in one property
/// of one row: its caps (<see cref="ContentLimits.Reviewers"/>, <see cref="ContentLimits.SessionCountries"/>,
/// <see cref="ContentLimits.SessionTitleLength"/>) keep a full session within it. Recommendations are
/// rows of their own, capped per country and per session; a country's response replaces its last.
/// </summary>
public static class PeerReviewRules
{
    /// <summary>
    /// Validates a session against the cycle's countries; the cohort is the given countries, or the
    /// cycle's countries of the given regional group.
    /// </summary>
    public static PeerReviewSession? Validate(PeerReviewInput input, IReadOnlyDictionary<string, RegionalGroup?> cycleCountries, string sessionId, DateTime nowUtc, ValidationErrors errors)
    {
        errors.CheckText("$.title", input.Title, ContentLimits.SessionTitleLength, required: true);
        if (input.Date is null)
        {
            errors.Add("$.date", "Required (YYYY-MM-DD).");
        }

        if (!CycleRules.IsValidCycleId(input.CycleId))
        {
            errors.Add("$.cycleId", "Required: the cycle whose strategies are reviewed.");
        }

        string[] cohort = [];
        if ((input.Countries is null) == (input.RegionalGroup is null))
        {
            errors.Add("$.countries", "Give either countries or a regionalGroup.");
        }
        else if (!errors.CheckCount("$.countries", input.Countries, ContentLimits.SessionCountries))
        {
            // Past the cap, the entries are not looked at.
        }
        else if (input.Countries is not null)
        {
            cohort = input.Countries.Distinct(StringComparer.Ordinal).ToArray();
            for (int i = 0; i < input.Countries.Count; i++)
            {
                if (!cycleCountries.ContainsKey(input.Countries[i]))
                {
                    errors.Add($"$.countries[{i}]", $"{input.Countries[i]} takes no part in cycle {input.CycleId}.");
                }
            }
        }
        else
        {
            cohort = cycleCountries.Where(c => c.Value == input.RegionalGroup).Select(c => c.Key).Order(StringComparer.Ordinal).ToArray();
        }

        if (errors.IsEmpty && cohort.Length == 0)
        {
            errors.Add("$.countries", "The cohort is empty.");
        }

        IReadOnlyList<string> reviewers = input.Reviewers ?? [];
        if (reviewers.Count == 0)
        {
            errors.Add("$.reviewers", "At least one reviewer.");
        }

        if (!errors.CheckCount("$.reviewers", reviewers, ContentLimits.Reviewers))
        {
            reviewers = [];
        }

        for (int i = 0; i < reviewers.Count; i++)
        {
            if (!DirectoryRules.IsEmail(reviewers[i]))
            {
                errors.Add($"$.reviewers[{i}]", "An e-mail address.");
            }
        }

        return errors.IsEmpty
            ? new PeerReviewSession(sessionId, input.Title!.Trim(), input.Date!.Value, input.CycleId!, cohort, input.RegionalGroup,
                reviewers.Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), nowUtc)
            : null;
    }

    /// <summary>Validates a recommendation to append to a session that holds <paramref name="recorded"/> already.</summary>
    public static void ValidateRecommendation(RecommendationInput input, PeerReviewSession session, IReadOnlyList<Recommendation> recorded, ValidationErrors errors)
    {
        if (input.Country is null || !session.Countries.Contains(input.Country))
        {
            errors.Add("$.country", "A country of the session's cohort.");
        }
        else if (recorded.Count(r => r.Country == input.Country) is int toCountry && toCountry >= ContentLimits.RecommendationsPerCountry)
        {
            errors.Add("$.country", ValidationCodes.TooMany, $"{input.Country} has the most recommendations a session makes to one country: {ContentLimits.RecommendationsPerCountry}.", ContentLimits.RecommendationsPerCountry, toCountry + 1);
        }

        if (recorded.Count >= ContentLimits.RecommendationsPerSession)
        {
            errors.Add("$", ValidationCodes.TooMany, $"The session has the most recommendations a session holds: {ContentLimits.RecommendationsPerSession}.", ContentLimits.RecommendationsPerSession, recorded.Count + 1);
        }

        errors.CheckText("$.text", input.Text, required: true);
        if (input.Status is null)
        {
            errors.Add("$.status", "Required: accepted or noted.");
        }

        if (input.FollowUpBy is null)
        {
            errors.Add("$.followUpBy", "Required (YYYY-MM-DD).");
        }
        else if (input.FollowUpBy < session.Date)
        {
            errors.Add("$.followUpBy", "Not before the session.");
        }
    }
}
