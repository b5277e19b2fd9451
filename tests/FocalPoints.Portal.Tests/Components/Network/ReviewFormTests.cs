using Bunit;
using FocalPoints.Domain.Strategies;
using FocalPoints.Portal.Api;
using FocalPoints.Portal.Components.Network;

namespace FocalPoints.Portal.Tests.Components.Network;

public sealed class ReviewFormTests : PortalTestContext
{
    private readonly List<(ReviewDecision Decision, string? Comments)> sent = [];

    [Fact]
    public void Return_without_comments_is_refused_at_the_comments_field_and_nothing_is_sent()
    {
        // Arrange
        IRenderedComponent<ReviewForm> form = RenderForm(null);

        // Act
        ButtonNamed(form, "Return for revision").Click();

        // Assert
        Assert.Empty(sent);
        Assert.Equal("true", form.Find("#review-comments").GetAttribute("aria-invalid"));
        Assert.Contains("review-comments-error", form.Find("#review-comments").GetAttribute("aria-describedby"));
        Assert.StartsWith("Write comments to return the step", form.Find("#review-comments-error").TextContent);
        Assert.Contains("invalid", form.Find("#review-comments").ParentElement!.ClassList);
    }

    [Fact]
    public void Return_with_comments_sends_them_and_confirms()
    {
        // Arrange
        IRenderedComponent<ReviewForm> form = RenderForm(null);

        // Act
        form.Find("#review-comments").Input("  Add the evidence for RF9.  ");
        ButtonNamed(form, "Return for revision").Click();

        // Assert
        Assert.Equal([(ReviewDecision.Return, "Add the evidence for RF9.")], sent);
        Assert.Contains("Returned for revision", form.Markup);
        Assert.Equal("/reviews", form.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Approve_needs_no_comments()
    {
        // Arrange
        IRenderedComponent<ReviewForm> form = RenderForm(null);

        // Act
        ButtonNamed(form, "Approve").Click();

        // Assert
        Assert.Equal([(ReviewDecision.Approve, (string?)null)], sent);
    }

    [Fact]
    public void The_servers_comments_error_is_shown_at_the_comments_field()
    {
        // Arrange
        var problem = new Problem(400, "Invalid", null, new Dictionary<string, string[]> { ["$.comments"] = ["At most 4000 characters (this has 4001)."] });
        IRenderedComponent<ReviewForm> form = RenderForm(problem);

        // Act
        form.Find("#review-comments").Input("Fine.");
        ButtonNamed(form, "Return for revision").Click();

        // Assert
        Assert.Equal("At most 4000 characters (this has 4001).", form.Find("#review-comments-error").TextContent);
    }

    [Fact]
    public void A_conflict_says_in_plain_words_that_someone_else_reviewed_it()
    {
        // Arrange
        IRenderedComponent<ReviewForm> form = RenderForm(new Problem(409, "Conflict", "There is no submission waiting for review.", null));

        // Act
        ButtonNamed(form, "Approve").Click();

        // Assert
        Assert.Contains("someone else has already reviewed it", form.Markup);
        Assert.Empty(form.FindAll("#review-comments-error"));
    }

    private IRenderedComponent<ReviewForm> RenderForm(Problem? answer) =>
        Render<ReviewForm>(p => p.Add(c => c.Submit, (decision, comments) =>
        {
            sent.Add((decision, comments));
            return Task.FromResult(answer);
        }));

    private static AngleSharp.Dom.IElement ButtonNamed(IRenderedComponent<ReviewForm> form, string name) =>
        form.FindAll("fluent-button, button").Single(b => b.TextContent.Trim() == name);
}

public sealed class ReviewFormInFrenchTests() : PortalTestContext("fr")
{
    [Fact]
    public void Labels_and_the_refusal_are_in_French()
    {
        // Arrange
        IRenderedComponent<ReviewForm> form = Render<ReviewForm>(p => p.Add(c => c.Submit, (_, _) => Task.FromResult<Problem?>(null)));

        // Act
        form.FindAll("fluent-button, button").Single(b => b.TextContent.Trim() == "Renvoyer pour révision").Click();

        // Assert
        Assert.Equal("Commentaires", form.Find("label[for=review-comments]").TextContent);
        Assert.StartsWith("Rédigez des commentaires", form.Find("#review-comments-error").TextContent);
        Assert.Contains(form.FindAll("fluent-button, button"), b => b.TextContent.Trim() == "Approuver");
    }
}
