using AngleSharp.Dom;
using Bunit;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Portal.Api;
using FocalPoints.Portal.Components.PeerReview;

namespace FocalPoints.Portal.Tests.Components.PeerReview;

public sealed class RecommendationFormTests
{
    [Fact]
    public void The_servers_error_for_the_text_is_shown_at_the_Recommendation_field()
    {
        using var context = new Context("en");
        var problem = new Problem(400, "Validation failed", null, new Dictionary<string, string[]> { ["$.text"] = ["Required."] });

        IRenderedComponent<RecommendationForm> form = context.Render<RecommendationForm>(p => p
            .Add(f => f.Countries, ["GHA", "DNK"])
            .Add(f => f.Problem, problem)
            .Add(f => f.OnSubmit, _ => Task.FromResult(false)));

        IElement textarea = form.Find("textarea#rec-text");
        Assert.Equal("Recommendation", form.Find("label[for=rec-text]").TextContent);
        Assert.Equal("true", textarea.GetAttribute("aria-invalid"));
        IElement error = form.Find("#" + textarea.GetAttribute("aria-describedby"));
        Assert.Equal("Required.", error.TextContent.Trim());
        Assert.Same(textarea.ParentElement, error.ParentElement);
        Assert.Null(form.Find("#rec-follow-up").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Submitting_sends_the_country_text_status_and_follow_up_date()
    {
        using var context = new Context("en");
        RecommendationInput? sent = null;
        IRenderedComponent<RecommendationForm> form = context.Render<RecommendationForm>(p => p
            .Add(f => f.Countries, ["GHA", "DNK"])
            .Add(f => f.OnSubmit, input =>
            {
                sent = input;
                return Task.FromResult(true);
            }));

        form.Find("#rec-country").Change("DNK");
        form.Find("#rec-text").Change("Train district officials in early warning.");
        form.Find("#rec-status-noted").Change(true);
        form.Find("#rec-follow-up").Change("2028-03-01");
        form.Find("form").Submit();

        Assert.Equal(new RecommendationInput("DNK", "Train district officials in early warning.", RecommendationStatus.Noted, new DateOnly(2028, 3, 1)), sent);
        Assert.Equal(string.Empty, form.Find("#rec-text").GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public void The_labels_are_in_French_in_a_French_session()
    {
        using var context = new Context("fr");

        IRenderedComponent<RecommendationForm> form = context.Render<RecommendationForm>(p => p
            .Add(f => f.Countries, ["GHA"])
            .Add(f => f.OnSubmit, _ => Task.FromResult(true)));

        Assert.Equal("Pays", form.Find("label[for=rec-country]").TextContent);
        Assert.Equal("Recommandation", form.Find("label[for=rec-text]").TextContent);
        Assert.Equal("Statut", form.Find("legend").TextContent);
        Assert.Equal("Acceptée", form.Find("label[for=rec-status-accepted]").TextContent);
        Assert.Equal("Suivi d'ici le", form.Find("label[for=rec-follow-up]").TextContent);
    }

    private sealed class Context(string culture) : PortalTestContext(culture);
}
