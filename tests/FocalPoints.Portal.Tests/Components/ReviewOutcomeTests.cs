using Bunit;
using FocalPoints.Domain.Strategies;
using FocalPoints.Portal.Components;

namespace FocalPoints.Portal.Tests.Components;

public sealed class ReviewOutcomeTests
{
    private static readonly DateTime Reviewed = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_approval_reads_as_what_happened_to_the_step_not_as_the_button()
    {
        using var context = new Context("en");
        IRenderedComponent<ReviewOutcome> outcome = context.Render<ReviewOutcome>(p => p.Add(c => c.Review, new LastReview(ReviewDecision.Approve, null, Reviewed)));

        Assert.StartsWith("Approved · ", outcome.Find("span").TextContent, StringComparison.Ordinal);
        Assert.Empty(outcome.FindAll(".review-comments"));
    }

    [Fact]
    public void A_return_in_French_shows_the_outcome_and_the_comments()
    {
        using var context = new Context("fr");
        IRenderedComponent<ReviewOutcome> outcome = context.Render<ReviewOutcome>(p => p.Add(c => c.Review, new LastReview(ReviewDecision.Return, "Préciser RF9.", Reviewed)));

        Assert.StartsWith("Renvoyée pour révision · ", outcome.Find("span").TextContent, StringComparison.Ordinal);
        Assert.Equal("Préciser RF9.", outcome.Find(".review-comments").TextContent);
    }

    private sealed class Context(string culture) : PortalTestContext(culture);
}
