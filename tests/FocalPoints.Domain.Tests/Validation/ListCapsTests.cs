using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.Tests.Validation;

/// <summary>The caps of the directory, of cycles and of peer-review sessions (<see cref="ContentLimits"/>).</summary>
public class ListCapsTests
{
    private static readonly ScheduleInput Schedule = new("P60D", "P14D", ["P7D"], "P7D", "P14D");

    private static ContactInput[] People(int count) =>
        Enumerable.Range(1, count).Select(i => new ContactInput($"Person {i}", $"p{i}@gh.example", Language.En, "Africa/Accra")).ToArray();

    private static string[] Reviewers(int count) => Enumerable.Range(1, count).Select(i => $"r{i}@peer.example").ToArray();

    private static readonly Dictionary<string, RegionalGroup?> CycleCountries = UnMemberStates.All.ToDictionary(s => s.Iso3, s => (RegionalGroup?)RegionalGroup.AfricanStates);

    private static ValidationEntry OnlyError(ValidationErrors errors, string path, int cap, int count)
    {
        ValidationEntry entry = Assert.Single(errors.Entries);
        Assert.Equal(path, entry.Path);
        Assert.Equal(ValidationCodes.TooMany, entry.Code);
        Assert.Equal([cap, count], entry.Args);
        return entry;
    }

    [Fact]
    public void A_member_with_more_focal_points_than_the_cap_is_refused_and_one_at_the_cap_is_valid()
    {
        var errors = new ValidationErrors();
        Assert.Null(DirectoryRules.ValidateMember("GHA", new MemberInput("Ghana", RegionalGroup.AfricanStates, People(ContentLimits.FocalPointsPerMember + 1)), errors));
        OnlyError(errors, "$.focalPoints", ContentLimits.FocalPointsPerMember, ContentLimits.FocalPointsPerMember + 1);

        var ok = new ValidationErrors();
        Assert.NotNull(DirectoryRules.ValidateMember("GHA", new MemberInput("Ghana", RegionalGroup.AfricanStates, People(ContentLimits.FocalPointsPerMember)), ok));
    }

    [Fact]
    public void Thousands_of_focal_points_are_one_error()
    {
        var errors = new ValidationErrors();
        DirectoryRules.ValidateMember("GHA", new MemberInput("Ghana", RegionalGroup.AfricanStates, Enumerable.Repeat(new ContactInput(null, "bad", null, "Mars"), 5000).ToArray()), errors);
        OnlyError(errors, "$.focalPoints", ContentLimits.FocalPointsPerMember, 5000);
    }

    [Fact]
    public void More_coordinators_than_the_cap_are_refused()
    {
        var errors = new ValidationErrors();
        Assert.Null(DirectoryRules.ValidateCoordinators(new CoordinatorsInput(People(ContentLimits.Coordinators + 1)), errors));
        OnlyError(errors, "$.coordinators", ContentLimits.Coordinators, ContentLimits.Coordinators + 1);
    }

    [Fact]
    public void A_contacts_name_is_at_most_200_characters()
    {
        var errors = new ValidationErrors();
        DirectoryRules.ValidateCoordinators(new CoordinatorsInput([new ContactInput(new string('n', ContentLimits.ContactNameLength + 1), "c@un.example", Language.En, "UTC")]), errors);
        ValidationEntry entry = Assert.Single(errors.Entries);
        Assert.Equal(("$.coordinators[0].name", ValidationCodes.TooLong), (entry.Path, entry.Code));
    }

    [Fact]
    public void A_cycle_with_more_countries_than_the_un_has_is_one_error()
    {
        var errors = new ValidationErrors();
        CycleRules.Validate(new CycleInput("c", "T", Enumerable.Repeat("XYZ", 50_000).ToArray(), Schedule), errors, ScheduleBounds.ForPeople);
        OnlyError(errors, "$.countries", ContentLimits.CycleCountries, 50_000);
    }

    private static PeerReviewInput Session(int reviewers, IReadOnlyList<string>? countries = null, string title = "Session") =>
        new(title, new DateOnly(2027, 9, 15), "c", countries ?? ["GHA"], null, Reviewers(reviewers));

    [Fact]
    public void A_session_with_3000_reviewers_is_one_error_and_one_at_the_cap_is_valid()
    {
        var errors = new ValidationErrors();
        Assert.Null(PeerReviewRules.Validate(Session(3000), CycleCountries, "pr-1", DateTime.UtcNow, errors));
        OnlyError(errors, "$.reviewers", ContentLimits.Reviewers, 3000);

        var ok = new ValidationErrors();
        Assert.NotNull(PeerReviewRules.Validate(Session(ContentLimits.Reviewers), CycleCountries, "pr-1", DateTime.UtcNow, ok));
    }

    [Fact]
    public void A_session_with_more_countries_than_a_cycle_holds_is_one_error()
    {
        var errors = new ValidationErrors();
        PeerReviewRules.Validate(Session(1, Enumerable.Repeat("GHA", ContentLimits.SessionCountries + 1).ToArray()), CycleCountries, "pr-1", DateTime.UtcNow, errors);
        OnlyError(errors, "$.countries", ContentLimits.SessionCountries, ContentLimits.SessionCountries + 1);
    }

    [Fact]
    public void A_sessions_title_is_at_most_200_characters()
    {
        var errors = new ValidationErrors();
        PeerReviewRules.Validate(Session(1, title: new string('t', ContentLimits.SessionTitleLength + 1)), CycleCountries, "pr-1", DateTime.UtcNow, errors);
        ValidationEntry entry = Assert.Single(errors.Entries);
        Assert.Equal(("$.title", ValidationCodes.TooLong), (entry.Path, entry.Code));
    }

    private static readonly PeerReviewSession Reviewed = new("pr-1", "S", new DateOnly(2027, 9, 15), "c", ["GHA", "CRI"], null, ["r@peer.example"], DateTime.UnixEpoch);

    private static Recommendation[] Recorded(string country, int count) =>
        Enumerable.Range(1, count).Select(n => new Recommendation("pr-1", "c", country, n, "R", RecommendationStatus.Noted, new DateOnly(2028, 1, 1))).ToArray();

    private static readonly RecommendationInput Next = new("GHA", "One more", RecommendationStatus.Accepted, new DateOnly(2028, 1, 1));

    [Fact]
    public void A_recommendation_past_the_countrys_cap_is_refused()
    {
        var errors = new ValidationErrors();
        PeerReviewRules.ValidateRecommendation(Next, Reviewed, Recorded("GHA", ContentLimits.RecommendationsPerCountry), errors);
        OnlyError(errors, "$.country", ContentLimits.RecommendationsPerCountry, ContentLimits.RecommendationsPerCountry + 1);

        var ok = new ValidationErrors();
        PeerReviewRules.ValidateRecommendation(Next, Reviewed, Recorded("GHA", ContentLimits.RecommendationsPerCountry - 1), ok);
        Assert.True(ok.IsEmpty);
    }

    [Fact]
    public void A_recommendation_past_the_sessions_cap_is_refused()
    {
        var errors = new ValidationErrors();
        Recommendation[] recorded = [.. Recorded("CRI", ContentLimits.RecommendationsPerSession - 1), .. Recorded("GHA", 1)];
        PeerReviewRules.ValidateRecommendation(Next, Reviewed, recorded, errors);
        OnlyError(errors, "$", ContentLimits.RecommendationsPerSession, ContentLimits.RecommendationsPerSession + 1);
    }
}
