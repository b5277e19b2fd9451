using FocalPoints.Application.Access;
using FocalPoints.Application.GoodPractice;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Application.Tests.Strategies;
using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Testing.Builders;
using Moq;

namespace FocalPoints.Application.Tests.GoodPractice;

/// <summary>The library's use cases behind strict mocks: a store the test did not set up fails the test, so "changes nothing" is checked by construction.</summary>
public class GoodPracticeUseCaseTests
{
    private const string Cycle = StrategyWorld.CycleId;
    private const string Country = StrategyWorld.Country;

    private readonly StrategyWorld world = new StrategyWorld().WithDirectory();
    private readonly Mock<IGoodPracticeStore> library = new(MockBehavior.Strict);

    private static GoodPracticeInput Input(int index = 0) =>
        new(Cycle, Country, GoodPracticeItemKind.Action, index, "It worked because parliament backed it.", null, Language.En);

    [Fact]
    public async Task A_focal_point_offers_an_item_of_a_shared_approved_step()
    {
        world.WithProgress(ActionsApproved(version: 1));
        Submission(1, Sharing.Network);
        library.Setup(l => l.TryAddAsync(It.IsAny<GoodPracticeEntry>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        Outcome<GoodPracticeEntry> offered = await Offer().ExecuteAsync(StrategyWorld.FocalPoint, _ => Task.FromResult<Outcome<GoodPracticeInput>>(Input()), CancellationToken.None);

        Assert.Null(offered.Failure);
        Assert.Equal(Country, offered.Value.Country);
        library.Verify(l => l.TryAddAsync(It.Is<GoodPracticeEntry>(e => e.Item.Restraints.Contains("R3")), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_resource_is_classified_by_the_approved_actions_its_priorities_name()
    {
        world.WithProgress(ApprovedProgress.Of(Cycle, Country, StrategyWorld.Now, (StrategyStep.RiskAssessment, 1), (StrategyStep.ActionPrioritisation, 1), (StrategyStep.OfficialTraining, 1), (StrategyStep.ResourceMobilisation, 1)));
        world.Documents.Setup(d => d.GetSubmissionAsync(Cycle, Country, StrategyStep.ActionPrioritisation, 1, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StoredSubmission(StrategyStep.ActionPrioritisation, 1, StepContentJson.Serialize(new ActionPrioritisationBuilder().WithAction("Mediation", "R5", 1, ["RF8"]).Build()), "fp", StrategyWorld.Now));
        world.Documents.Setup(d => d.GetSubmissionAsync(Cycle, Country, StrategyStep.ResourceMobilisation, 1, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StoredSubmission(StrategyStep.ResourceMobilisation, 1, StepContentJson.Serialize(new ResourceMobilisationBuilder().WithResource(5000m, "USD", 1).Build()), "fp", StrategyWorld.Now));
        library.Setup(l => l.TryAddAsync(It.IsAny<GoodPracticeEntry>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        Outcome<GoodPracticeEntry> offered = await Offer().ExecuteAsync(
            StrategyWorld.FocalPoint, _ => Task.FromResult<Outcome<GoodPracticeInput>>(Input() with { Kind = GoodPracticeItemKind.Resource, RiskFactors = ["RF1"] }), CancellationToken.None);

        Assert.Null(offered.Failure);
        library.Verify(l => l.TryAddAsync(It.Is<GoodPracticeEntry>(e => e.Item.Restraints.SequenceEqual(new[] { "R5" }) && e.Item.RiskFactors.SequenceEqual(new[] { "RF1", "RF8" })), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_chosen_restraint_outside_the_framework_is_refused_and_nothing_is_stored()
    {
        world.WithProgress(ActionsApproved(version: 1));
        Submission(1, Sharing.Network);

        Outcome<GoodPracticeEntry> offered = await Offer().ExecuteAsync(
            StrategyWorld.FocalPoint, _ => Task.FromResult<Outcome<GoodPracticeInput>>(Input() with { Restraints = ["R0"] }), CancellationToken.None);

        Invalid invalid = Assert.IsType<Invalid>(offered.Failure);
        Assert.Equal("$.restraints[0]", Assert.Single(invalid.Errors.Entries).Path);
        library.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_confidential_step_is_refused_and_nothing_is_stored()
    {
        world.WithProgress(ActionsApproved(version: 1));
        Submission(1, Sharing.Confidential);

        Outcome<GoodPracticeEntry> offered = await Offer().ExecuteAsync(StrategyWorld.FocalPoint, _ => Task.FromResult<Outcome<GoodPracticeInput>>(Input()), CancellationToken.None);

        Invalid invalid = Assert.IsType<Invalid>(offered.Failure);
        Assert.Equal("$.kind", Assert.Single(invalid.Errors.Entries).Path);
        library.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Another_country_s_focal_point_cannot_offer_for_the_country()
    {
        Outcome<GoodPracticeEntry> offered = await Offer().ExecuteAsync(StrategyWorld.Stranger, _ => Task.FromResult<Outcome<GoodPracticeInput>>(Input()), CancellationToken.None);

        Assert.IsType<Forbidden>(offered.Failure);
        library.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Only_the_country_s_focal_points_withdraw_its_entry()
    {
        GoodPracticeEntry entry = Entry();
        library.Setup(l => l.GetAsync(entry.EntryId, It.IsAny<CancellationToken>())).ReturnsAsync(new Versioned<GoodPracticeEntry>(entry, "e1"));
        world.Directory.Setup(d => d.ListMembersAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new Member(Country, "Ghana", RegionalGroup.AfricanStates, [new Contact("Focal point", StrategyWorld.FocalPointEmail, Language.En, "UTC")]),
            new Member("KEN", "Kenya", RegionalGroup.AfricanStates, [new Contact("Other", "someone@elsewhere.example", Language.En, "UTC")]),
        ]);
        var withdraw = new WithdrawGoodPractice(new AccessControl(world.Directory.Object), library.Object);

        Assert.IsType<Forbidden>((await withdraw.ExecuteAsync(StrategyWorld.Stranger, entry.EntryId, CancellationToken.None)).Failure);
        Assert.IsType<Forbidden>((await withdraw.ExecuteAsync(StrategyWorld.Coordinator, entry.EntryId, CancellationToken.None)).Failure);
        library.Verify(l => l.RemoveAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);

        library.Setup(l => l.RemoveAsync(entry.EntryId, It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        Assert.Null((await withdraw.ExecuteAsync(StrategyWorld.FocalPoint, entry.EntryId, CancellationToken.None)).Failure);
        library.Verify(l => l.RemoveAsync(entry.EntryId, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task The_list_leaves_out_an_entry_whose_newer_approved_version_is_confidential()
    {
        GoodPracticeEntry entry = Entry();
        library.Setup(l => l.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync([entry]);
        world.WithProgress(ActionsApproved(version: 2));
        Submission(2, Sharing.Confidential);

        Outcome<IReadOnlyList<GoodPracticeEntry>> listed = await List().ExecuteAsync(StrategyWorld.Coordinator, new GoodPracticeQueryValues(), CancellationToken.None);

        Assert.Empty(listed.Value);
    }

    [Fact]
    public async Task The_list_shows_an_entry_of_the_approved_version_without_reading_its_content()
    {
        GoodPracticeEntry entry = Entry();
        library.Setup(l => l.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync([entry]);
        world.WithProgress(ActionsApproved(version: 1));

        Outcome<IReadOnlyList<GoodPracticeEntry>> listed = await List().ExecuteAsync(StrategyWorld.Stranger, new GoodPracticeQueryValues(Restraint: "R3"), CancellationToken.None);

        Assert.Equal([entry.EntryId], listed.Value.Select(e => e.EntryId));
        world.Documents.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Bad_filters_are_refused_and_nothing_is_read()
    {
        Outcome<IReadOnlyList<GoodPracticeEntry>> listed = await List().ExecuteAsync(StrategyWorld.Coordinator, new GoodPracticeQueryValues(RiskFactor: "RF0"), CancellationToken.None);

        Assert.IsType<Invalid>(listed.Failure);
        library.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Featuring_loads_again_when_another_writer_won_the_race()
    {
        GoodPracticeEntry entry = Entry();
        library.SetupSequence(l => l.GetAsync(entry.EntryId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Versioned<GoodPracticeEntry>(entry, "e1"))
            .ReturnsAsync(new Versioned<GoodPracticeEntry>(entry, "e1"))
            .ReturnsAsync(new Versioned<GoodPracticeEntry>(entry.AttachedTo("pr-1"), "e2"));
        library.Setup(l => l.TryReplaceAsync(It.IsAny<GoodPracticeEntry>(), "e1", It.IsAny<CancellationToken>())).ReturnsAsync(false);
        library.Setup(l => l.TryReplaceAsync(It.IsAny<GoodPracticeEntry>(), "e2", It.IsAny<CancellationToken>())).ReturnsAsync(true);

        Outcome<GoodPracticeEntry> featured = await new FeatureGoodPractice(library.Object)
            .ExecuteAsync(StrategyWorld.Coordinator, entry.EntryId, _ => Task.FromResult<Outcome<FeatureInput>>(new FeatureInput(true)), CancellationToken.None);

        Assert.True(featured.Value.Featured);
        Assert.Equal(["pr-1"], featured.Value.Sessions);
    }

    [Fact]
    public async Task Only_coordinators_feature()
    {
        Outcome<GoodPracticeEntry> featured = await new FeatureGoodPractice(library.Object)
            .ExecuteAsync(StrategyWorld.FocalPoint, "gp-x", _ => Task.FromResult<Outcome<FeatureInput>>(new FeatureInput(true)), CancellationToken.None);

        Assert.IsType<Forbidden>(featured.Failure);
        library.VerifyNoOtherCalls();
    }

    private OfferGoodPractice Offer() => new(
        new StrategyAccess(new AccessControl(world.Directory.Object), world.Strategies.Object), new ApprovedStrategies(world.Documents.Object), library.Object, world.Time);

    private ListGoodPractice List() => new(library.Object, world.Strategies.Object, new ApprovedStrategies(world.Documents.Object));

    private void Submission(int version, Sharing sharing) =>
        world.Documents.Setup(d => d.GetSubmissionAsync(Cycle, Country, StrategyStep.ActionPrioritisation, version, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StoredSubmission(StrategyStep.ActionPrioritisation, version, StepContentJson.Serialize(new ActionPrioritisationBuilder().Build() with { Sharing = sharing }), "fp", StrategyWorld.Now));

    private static GoodPracticeEntry Entry() => GoodPracticeRules.Offer(
        Input(), ActionsApproved(version: 1), new ActionPrioritisationBuilder().Build(), StrategyWorld.FocalPointEmail, StrategyWorld.Now, new Domain.Validation.ValidationErrors())!;

    private static StrategyProgress ActionsApproved(int version) =>
        ApprovedProgress.Of(Cycle, Country, StrategyWorld.Now, (StrategyStep.RiskAssessment, 1), (StrategyStep.ActionPrioritisation, version));
}
