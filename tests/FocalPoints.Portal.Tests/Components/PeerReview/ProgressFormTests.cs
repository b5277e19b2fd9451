using AngleSharp.Dom;
using Bunit;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Portal.Api;
using FocalPoints.Portal.Components.PeerReview;

namespace FocalPoints.Portal.Tests.Components.PeerReview;

public sealed class ProgressFormTests
{
    private static readonly Recommendation ToGhana = new("s1", "c2027", "GHA", 3, "Publish the indicators.", RecommendationStatus.Accepted, new DateOnly(2028, 3, 1));

    [Fact]
    public void Saving_with_nothing_chosen_says_so_in_the_persons_language_and_sends_nothing()
    {
        using var context = new Context("fr");
        int sent = 0;
        IRenderedComponent<ProgressForm> form = context.Render<ProgressForm>(p => p
            .Add(f => f.Recommendation, ToGhana)
            .Add(f => f.OnSave, _ =>
            {
                sent++;
                return Task.FromResult<Problem?>(null);
            }));

        form.Find("form").Submit();

        IElement select = form.Find("select");
        Assert.Equal("Mise en œuvre de la recommandation 3", form.Find($"label[for={select.Id}]").TextContent);
        Assert.Equal("true", select.GetAttribute("aria-invalid"));
        Assert.Equal("Obligatoire.", form.Find("#" + select.GetAttribute("aria-describedby")).TextContent.Trim());
        Assert.Equal(0, sent);
    }

    [Fact]
    public void Saving_sends_the_choice_and_the_note_and_starts_from_the_last_declaration()
    {
        using var context = new Context("en");
        ProgressInput? sent = null;
        Recommendation declared = ToGhana with { Progress = new ProgressDeclaration(RecommendationProgress.InProgress, new DateTime(2027, 10, 1, 0, 0, 0, DateTimeKind.Utc), "Drafted.") };
        IRenderedComponent<ProgressForm> form = context.Render<ProgressForm>(p => p
            .Add(f => f.Recommendation, declared)
            .Add(f => f.OnSave, input =>
            {
                sent = input;
                return Task.FromResult<Problem?>(null);
            }));
        Assert.Equal("InProgress", form.Find("select").GetAttribute("value"));

        form.Find("select").Change("Done");
        form.Find("form").Submit();

        Assert.Equal(new ProgressInput(RecommendationProgress.Done, "Drafted."), sent);
        Assert.Equal("Saved.", form.Find("[role=status]").TextContent);
    }

    private sealed class Context(string culture) : PortalTestContext(culture);
}
