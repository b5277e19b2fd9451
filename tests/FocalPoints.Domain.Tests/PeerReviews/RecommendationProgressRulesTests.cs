using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.Tests.PeerReviews;

public sealed class RecommendationProgressRulesTests
{
    private static readonly Recommendation ToGhana = new("s1", "c1", "GHA", 2, "Train judges.", RecommendationStatus.Accepted, new DateOnly(2028, 1, 1));
    private static readonly DateTime Now = new(2027, 9, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void MayDeclare_OnlyTheFocalPointsOfTheCountryItIsAddressedTo()
    {
        Assert.True(RecommendationProgressRules.MayDeclare(ToGhana, ["GHA"]));
        Assert.True(RecommendationProgressRules.MayDeclare(ToGhana, ["FRA", "GHA"]));
        Assert.False(RecommendationProgressRules.MayDeclare(ToGhana, ["FRA"]));
        Assert.False(RecommendationProgressRules.MayDeclare(ToGhana, []));
    }

    [Fact]
    public void Declare_ALaterDeclaration_ReplacesTheEarlier()
    {
        Recommendation first = RecommendationProgressRules.Declare(ToGhana, new ProgressInput(RecommendationProgress.InProgress, "  Judges' school booked. "), Now, new ValidationErrors())!;
        Recommendation second = RecommendationProgressRules.Declare(first, new ProgressInput(RecommendationProgress.Done, null), Now.AddDays(30), new ValidationErrors())!;

        Assert.Equal(new ProgressDeclaration(RecommendationProgress.InProgress, Now, "Judges' school booked."), first.Progress);
        Assert.Equal(new ProgressDeclaration(RecommendationProgress.Done, Now.AddDays(30), null), second.Progress);
        Assert.Equal(ToGhana, second with { Progress = null });
    }

    [Fact]
    public void Declare_NoProgressOrALongNote_NamesTheFieldAndDeclaresNothing()
    {
        var errors = new ValidationErrors();

        Recommendation? declared = RecommendationProgressRules.Declare(ToGhana, new ProgressInput(null, new string('x', ContentLimits.ProgressNoteLength + 1)), Now, errors);

        Assert.Null(declared);
        Assert.Equal(["$.note", "$.progress"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Declare_ANoteOfTheMostLength_IsKept()
    {
        string note = new('x', ContentLimits.ProgressNoteLength);

        Recommendation? declared = RecommendationProgressRules.Declare(ToGhana, new ProgressInput(RecommendationProgress.NotStarted, note), Now, new ValidationErrors());

        Assert.Equal(note, declared?.Progress?.Note);
    }
}
