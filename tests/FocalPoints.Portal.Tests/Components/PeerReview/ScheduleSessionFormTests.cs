using Bunit;
using FocalPoints.Contracts;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Portal.Api;
using FocalPoints.Portal.Components.PeerReview;

namespace FocalPoints.Portal.Tests.Components.PeerReview;

public sealed class ScheduleSessionFormTests
{
    private static readonly CycleListItem[] Cycles = [new("2027", "National strategies 2027", new DateTime(2027, 1, 5, 0, 0, 0, DateTimeKind.Utc), 3, [])];

    private static readonly CohortCountry[] Countries =
    [
        new("DNK", "Denmark", RegionalGroup.WesternEuropeanAndOtherStates),
        new("GHA", "Ghana", RegionalGroup.AfricanStates),
        new("KEN", "Kenya", RegionalGroup.AfricanStates),
    ];

    [Fact]
    public void A_cohort_given_by_regional_group_sends_the_group_and_no_countries()
    {
        using var context = new Context();
        PeerReviewInput? sent = null;
        IRenderedComponent<ScheduleSessionForm> form = Render(context, input => sent = input);
        Fill(form);
        form.Find("#sr-country-DNK").Change(true);

        form.Find("#sr-cohort-group").Change(true);
        form.Find("#sr-group").Change(nameof(RegionalGroup.AfricanStates));
        form.Find("form").Submit();

        Assert.NotNull(sent);
        Assert.Equal(RegionalGroup.AfricanStates, sent.RegionalGroup);
        Assert.Null(sent.Countries);
        Assert.Equal("2027", sent.CycleId);
        Assert.Equal(["reviewer@example.org"], sent.Reviewers);
    }

    [Fact]
    public void A_cohort_of_chosen_countries_sends_them_and_no_group()
    {
        using var context = new Context();
        PeerReviewInput? sent = null;
        IRenderedComponent<ScheduleSessionForm> form = Render(context, input => sent = input);
        Fill(form);

        form.Find("#sr-country-KEN").Change(true);
        form.Find("#sr-country-DNK").Change(true);
        form.Find("form").Submit();

        Assert.NotNull(sent);
        Assert.Null(sent.RegionalGroup);
        Assert.Equal(["DNK", "KEN"], sent.Countries);
        Assert.Equal("Peer review, Accra", sent.Title);
        Assert.Equal(new DateOnly(2027, 9, 15), sent.Date);
    }

    [Fact]
    public void The_filter_box_narrows_the_countries_listed()
    {
        using var context = new Context();
        IRenderedComponent<ScheduleSessionForm> form = Render(context, _ => { });

        form.Find("#sr-filter").Input("gha");

        Assert.Single(form.FindAll("input[type=checkbox]"));
        Assert.NotNull(form.Find("#sr-country-GHA"));
    }

    [Fact]
    public void A_reviewer_the_server_refuses_is_marked_at_its_row()
    {
        using var context = new Context();
        var problem = new Problem(400, null, null, new Dictionary<string, string[]> { ["$.reviewers[1]"] = ["An e-mail address."] });
        IRenderedComponent<ScheduleSessionForm> form = context.Render<ScheduleSessionForm>(p => p
            .Add(f => f.Cycles, Cycles)
            .Add(f => f.CycleCountries, Countries)
            .Add(f => f.Problem, problem)
            .Add(f => f.OnSubmit, _ => Task.FromResult(false)));
        form.FindAll("button, fluent-button").Single(b => b.TextContent.Contains("Add a reviewer", StringComparison.Ordinal)).Click();

        Assert.Null(form.Find("#sr-reviewer-0").GetAttribute("aria-invalid"));
        Assert.Equal("true", form.Find("#sr-reviewer-1").GetAttribute("aria-invalid"));
        Assert.Equal("An e-mail address.", form.Find("#sr-reviewer-1-error").TextContent.Trim());
    }

    private static IRenderedComponent<ScheduleSessionForm> Render(Context context, Action<PeerReviewInput> capture) =>
        context.Render<ScheduleSessionForm>(p => p
            .Add(f => f.Cycles, Cycles)
            .Add(f => f.CycleCountries, Countries)
            .Add(f => f.OnSubmit, input =>
            {
                capture(input);
                return Task.FromResult(true);
            }));

    private static void Fill(IRenderedComponent<ScheduleSessionForm> form)
    {
        form.Find("#sr-title").Change("Peer review, Accra");
        form.Find("#sr-date").Change("2027-09-15");
        form.Find("#sr-cycle").Change("2027");
        form.Find("#sr-reviewer-0").Change(" reviewer@example.org ");
    }

    private sealed class Context() : PortalTestContext("en");
}
