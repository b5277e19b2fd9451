using Bunit;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Portal.Api;
using FocalPoints.Portal.Components.Steps;
using static FocalPoints.Portal.Tests.Components.Steps.StepFormTestData;

namespace FocalPoints.Portal.Tests.Components.Steps;

public sealed class StepFormHostTests : PortalTestContext
{
    private readonly List<(StepContent Content, string Key)> submissions = [];
    private readonly List<StepContent> drafts = [];
    private readonly List<string> calls = [];
    private readonly List<Problem> conflicts = [];
    private Problem? submitAnswer;
    private Func<StepContent, Task<Problem?>>? saveAnswer;

    [Fact]
    public void A_rating_left_empty_shows_Required_at_that_factors_rating_and_in_the_summary_with_a_link_to_it()
    {
        // Arrange: RF3 (index 2) not rated
        RiskAssessmentForm form = CompleteRiskAssessment();
        form.Factors[2].Rating = null;
        IRenderedComponent<StepFormHost> cut = Render(form, StrategyStep.RiskAssessment);

        // Act
        ButtonNamed(cut, "Submit for review").Click();

        // Assert
        Assert.Empty(submissions);
        AngleSharp.Dom.IElement rating = cut.Find("#f-riskFactors-2-rating");
        Assert.Equal("f-riskFactors-2-rating-error", rating.GetAttribute("aria-describedby"));
        Assert.Equal("true", rating.GetAttribute("aria-invalid"));
        Assert.Equal("Required.", cut.Find("#f-riskFactors-2-rating-error").TextContent.Trim());
        AngleSharp.Dom.IElement summary = cut.Find(".error-summary");
        Assert.Equal("alert", summary.GetAttribute("role"));
        AngleSharp.Dom.IElement link = summary.QuerySelectorAll("a").Single();
        Assert.Equal("#f-riskFactors-2-rating", link.GetAttribute("href"));
        Assert.Equal("RF3 · Rating: Required.", link.TextContent.Trim());
    }

    [Fact]
    public void A_server_problems_error_path_lands_at_the_right_field()
    {
        // Arrange: the browser's rules pass, the server answers 400 with errors by JSON path
        submitAnswer = new Problem(400, "Invalid", null, new Dictionary<string, string[]> { ["$.riskFactors[3].evidence"] = ["Name your sources."] });
        IRenderedComponent<StepFormHost> cut = Render(CompleteRiskAssessment(), StrategyStep.RiskAssessment);

        // Act
        ButtonNamed(cut, "Submit for review").Click();

        // Assert
        Assert.Single(submissions);
        Assert.Equal("Name your sources.", cut.Find("#f-riskFactors-3-evidence-error").TextContent.Trim());
        Assert.Contains("f-riskFactors-3-evidence-error", cut.Find("#f-riskFactors-3-evidence").GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("#f-riskFactors-3-evidence", cut.Find(".error-summary a").GetAttribute("href"));
    }

    [Fact]
    public void A_retry_after_a_network_failure_keeps_the_idempotency_key_and_a_success_clears_it()
    {
        // Arrange
        submitAnswer = Problem.Network("offline");
        IRenderedComponent<StepFormHost> cut = Render(CompleteRiskAssessment(), StrategyStep.RiskAssessment);

        // Act
        ButtonNamed(cut, "Submit for review").Click();
        submitAnswer = null;
        ButtonNamed(cut, "Submit for review").Click();

        // Assert
        Assert.Equal(2, submissions.Count);
        Assert.Equal(submissions[0].Key, submissions[1].Key);
        Assert.True(Guid.TryParse(submissions[0].Key, out _));
    }

    [Fact]
    public void A_submission_after_an_accepted_one_sends_a_new_idempotency_key()
    {
        // Arrange: the first submission is accepted; the step comes back (returned, reopened) and is
        // submitted again as it stands, without an edit in between. Under the first key the server
        // would answer the first submission again and the second would never be made.
        IRenderedComponent<StepFormHost> cut = Render(CompleteRiskAssessment(), StrategyStep.RiskAssessment);
        ButtonNamed(cut, "Submit for review").Click();
        cut.WaitForAssertion(() => Assert.Single(submissions));

        // Act
        ButtonNamed(cut, "Submit for review").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(2, submissions.Count));
        Assert.NotEqual(submissions[0].Key, submissions[1].Key);
        Assert.True(Guid.TryParse(submissions[1].Key, out _));
    }

    [Fact]
    public void Move_down_swaps_priorities_1_and_2_and_the_content_sent_has_them_in_order()
    {
        // Arrange
        IRenderedComponent<StepFormHost> cut = Render(TwoActions(), StrategyStep.ActionPrioritisation);

        // Act
        cut.FindAll("fluent-button, button").First(b => b.TextContent.Trim() == "Move down").Click();
        ButtonNamed(cut, "Submit for review").Click();

        // Assert
        var sent = (ActionPrioritisationContent)Assert.Single(submissions).Content;
        Assert.Equal(["Early-warning desk", "Train police"], sent.Actions!.Select(a => a.Title));
        Assert.Equal([1, 2], sent.Actions!.Select(a => a.Priority!.Value));
        Assert.Contains("\"Train police\" is now priority 2.", cut.Find(".live").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Priority 1: Early-warning desk", cut.FindAll("legend")[0].TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_saves_the_draft_after_the_wait_and_says_when()
    {
        // Arrange: the autosave's wait ends when the test says so
        var waited = new TaskCompletionSource();
        IRenderedComponent<StepFormHost> cut = Render(CompleteRiskAssessment(), StrategyStep.RiskAssessment, (_, _) => waited.Task);

        // Act
        cut.Find("#f-riskFactors-0-evidence").Input("Reports of the national human rights institution.");
        Assert.Empty(drafts);
        waited.SetResult();

        // Assert
        cut.WaitForAssertion(() => Assert.Single(drafts));
        var saved = (RiskAssessmentContent)drafts[0];
        Assert.Equal("Reports of the national human rights institution.", saved.RiskFactors![0].Evidence);
        cut.WaitForAssertion(() => Assert.StartsWith("Draft saved at 2:32", cut.Find(".save-state").TextContent.Trim(), StringComparison.Ordinal));
    }

    [Fact]
    public void Submitting_right_after_an_edit_saves_the_draft_with_the_submitted_content_before_submitting()
    {
        // Arrange: the autosave's wait never ends by itself
        IRenderedComponent<StepFormHost> cut = Render(CompleteRiskAssessment(), StrategyStep.RiskAssessment);

        // Act: submit before the autosave would have saved the edit
        cut.Find("#f-riskFactors-0-evidence").Input("Edited just before submitting.");
        ButtonNamed(cut, "Submit for review").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(["save", "submit"], calls));
        var saved = (RiskAssessmentContent)Assert.Single(drafts);
        var submitted = (RiskAssessmentContent)Assert.Single(submissions).Content;
        Assert.Equal("Edited just before submitting.", saved.RiskFactors![0].Evidence);
        Assert.Equal("Edited just before submitting.", submitted.RiskFactors![0].Evidence);
    }

    [Fact]
    public void A_second_save_waits_until_the_first_has_finished()
    {
        // Arrange: the first save stays under way until the test ends it
        var firstSave = new TaskCompletionSource<Problem?>();
        saveAnswer = _ => drafts.Count == 1 ? firstSave.Task : Task.FromResult<Problem?>(null);
        IRenderedComponent<StepFormHost> cut = Render(CompleteRiskAssessment(), StrategyStep.RiskAssessment);
        cut.Find("#f-riskFactors-0-evidence").Input("First.");
        ButtonNamed(cut, "Save draft").Click();

        // Act
        cut.Find("#f-riskFactors-0-evidence").Input("Second.");
        ButtonNamed(cut, "Save draft").Click();

        // Assert: the second PUT starts only after the first one answered
        Assert.Single(drafts);
        firstSave.SetResult(null);
        cut.WaitForAssertion(() => Assert.Equal(2, drafts.Count));
        Assert.Equal(["First.", "Second."], drafts.Select(d => ((RiskAssessmentContent)d).RiskFactors![0].Evidence));
    }

    [Fact]
    public async Task Leaving_the_page_with_an_edit_not_yet_saved_saves_it()
    {
        // Arrange
        IRenderedComponent<StepFormHost> cut = Render(CompleteRiskAssessment(), StrategyStep.RiskAssessment);
        cut.Find("#f-riskFactors-0-evidence").Input("Typed just before leaving.");
        Assert.Empty(drafts);

        // Act
        await DisposeComponentsAsync();

        // Assert
        var saved = (RiskAssessmentContent)Assert.Single(drafts);
        Assert.Equal("Typed just before leaving.", saved.RiskFactors![0].Evidence);
    }

    [Fact]
    public void An_edit_after_a_network_failure_submits_with_a_new_idempotency_key()
    {
        // Arrange
        submitAnswer = Problem.Network("offline");
        IRenderedComponent<StepFormHost> cut = Render(CompleteRiskAssessment(), StrategyStep.RiskAssessment);
        ButtonNamed(cut, "Submit for review").Click();
        submitAnswer = null;

        // Act
        cut.Find("#f-riskFactors-0-evidence").Input("Changed after the failure.");
        ButtonNamed(cut, "Submit for review").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(2, submissions.Count));
        Assert.NotEqual(submissions[0].Key, submissions[1].Key);
    }

    [Theory]
    [InlineData(409)]
    [InlineData(422)]
    public void A_submission_the_server_refuses_as_already_made_asks_the_page_to_reload(int status)
    {
        // Arrange
        submitAnswer = new Problem(status, "Conflict", null, null);
        IRenderedComponent<StepFormHost> cut = Render(CompleteRiskAssessment(), StrategyStep.RiskAssessment);

        // Act
        ButtonNamed(cut, "Submit for review").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(status, Assert.Single(conflicts).Status));
    }

    private IRenderedComponent<StepFormHost> Render(IStepForm form, StrategyStep step, Func<TimeSpan, CancellationToken, Task>? delay = null) =>
        Render<StepFormHost>(p => p
            .Add(c => c.Step, step)
            .Add(c => c.Form, form)
            .Add(c => c.SaveDraft, content =>
            {
                drafts.Add(content);
                calls.Add("save");
                return saveAnswer?.Invoke(content) ?? Task.FromResult<Problem?>(null);
            })
            .Add(c => c.Submit, (content, key) =>
            {
                submissions.Add((content, key));
                calls.Add("submit");
                return Task.FromResult(submitAnswer);
            })
            .Add(c => c.Conflict, (Problem problem) => conflicts.Add(problem))
            .Add(c => c.AutosaveDelay, delay ?? ((_, token) => Task.Delay(Timeout.Infinite, token)))
            .Add(c => c.Clock, () => new DateTime(2027, 3, 1, 14, 32, 0)));
}

public sealed class StepFormHostInFrenchTests() : PortalTestContext("fr")
{
    [Fact]
    public void French_shows_French_labels_and_a_French_validation_message()
    {
        // Arrange
        RiskAssessmentForm form = CompleteRiskAssessment();
        form.Factors[0].Rating = null;
        IRenderedComponent<StepFormHost> cut = Render<StepFormHost>(p => p
            .Add(c => c.Step, StrategyStep.RiskAssessment)
            .Add(c => c.Form, form)
            .Add(c => c.SaveDraft, _ => Task.FromResult<Problem?>(null))
            .Add(c => c.Submit, (_, _) => Task.FromResult<Problem?>(null)));

        // Act
        ButtonNamed(cut, "Soumettre pour examen").Click();

        // Assert
        Assert.Equal("Niveau", cut.Find("label[for=f-riskFactors-0-rating]").TextContent.Trim());
        Assert.Equal("Obligatoire.", cut.Find("#f-riskFactors-0-rating-error").TextContent.Trim());
        Assert.Contains("Facteurs de risque communs", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("RF1 · Niveau : Obligatoire.", cut.Find(".error-summary a").TextContent.Trim());
    }
}
