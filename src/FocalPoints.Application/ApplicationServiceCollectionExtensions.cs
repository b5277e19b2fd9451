using FocalPoints.Application.Access;
using FocalPoints.Application.Comparisons;
using FocalPoints.Application.Configuration;
using FocalPoints.Application.Cycles;
using FocalPoints.Application.GoodPractice;
using FocalPoints.Application.Network;
using FocalPoints.Application.Notifications;
using FocalPoints.Application.Outbox;
using FocalPoints.Application.PeerReviews;
using FocalPoints.Application.Strategies;
using FocalPoints.Application.Strategies.Progress;
using FocalPoints.Application.Summaries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FocalPoints.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Registers every use case and the rules they share. The ports (stores, messenger, outbox) come
    /// from Infrastructure, the host's <see cref="Domain.Cycles.ScheduleBounds"/> from the host;
    /// <see cref="Ports.IStrategyWorkflows"/> is given to each call by its host. The outbox settings
    /// (section <c>Outbox</c>) are bound from the host's configuration and checked at its start.
    /// </summary>
    public static IServiceCollection AddFocalPointsApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<OutboxOptions, OutboxOptionsValidator>(OutboxOptions.Section)
            .RefuseRetiredSection(OutboxOptions.RetiredSection, OutboxOptions.Section, OutboxOptions.RenamedKey);
        services.AddSingleton<AccessControl>();
        services.AddSingleton<ReadMyWork>();

        services.AddSingleton<StrategyAccess>();
        services.AddSingleton<ApprovedStrategies>();
        services.AddSingleton<WorkflowEventOutbox>();
        services.AddSingleton<InvitationOutbox>();
        services.AddSingleton<OutboxRelay>();
        services.AddSingleton<ReadStrategy>();
        services.AddSingleton<ReadStep>();
        services.AddSingleton<ReadStepVersion>();
        services.AddSingleton<SaveDraft>();
        services.AddSingleton<SubmitStep>();
        services.AddSingleton<ReviewStep>();
        services.AddSingleton<OpenStep>();
        services.AddSingleton<RescheduleStep>();
        services.AddSingleton<CompleteStrategy>();
        services.AddSingleton<MarkOverdue>();

        services.AddSingleton<ListCycles>();
        services.AddSingleton<OpenCycle>();
        services.AddSingleton<CancelCountry>();
        services.AddSingleton<ReadNetworkProgress>();
        services.AddSingleton<ReadTimeline>();
        services.AddSingleton<Insights.ReadNetworkInsights>();

        services.AddSingleton<CountrySummaries>();
        services.AddSingleton<ReadCountrySummary>();
        services.AddSingleton<CycleComparisons>();
        services.AddSingleton<ReadCycleComparison>();
        services.AddSingleton<Records.ReadCountryRecord>();

        services.AddSingleton<PeerReviewAccess>();
        services.AddSingleton<SchedulePeerReview>();
        services.AddSingleton<ListPeerReviews>();
        services.AddSingleton<ReadPeerReview>();
        services.AddSingleton<ReadComparativeSummary>();
        services.AddSingleton<ReadCohortCountrySummary>();
        services.AddSingleton<RecordRecommendation>();
        services.AddSingleton<RespondToPeerReview>();
        services.AddSingleton<DeclareRecommendationProgress>();

        services.AddSingleton<ReadDirectory>();
        services.AddSingleton<ChangeDirectory>();

        services.AddSingleton<ReadOutbox>();

        services.AddSingleton<OfferGoodPractice>();
        services.AddSingleton<WithdrawGoodPractice>();
        services.AddSingleton<FeatureGoodPractice>();
        services.AddSingleton<AttachGoodPractice>();
        services.AddSingleton<ListGoodPractice>();
        return services;
    }
}
