using FocalPoints.Api.Handlers;
using FocalPoints.Api.Hosting;
using FocalPoints.Api.Http;
using FocalPoints.Application;
using FocalPoints.Application.Configuration;
using FocalPoints.Domain.Cycles;
using FocalPoints.Infrastructure;
using FocalPoints.Infrastructure.Mail;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Workflow.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FocalPoints.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers storage, mail, access control and the handlers both hosts serve. Their settings
    /// (sections <c>Mail</c>, <c>Portal</c>, <c>Graph</c>, <c>Reminders</c>, <c>Workflow</c>) are bound
    /// from the host's <see cref="Microsoft.Extensions.Configuration.IConfiguration"/> and checked when it starts.
    /// </summary>
    public static IServiceCollection AddFocalPointsApi(this IServiceCollection services, StorageConnection storage, CallerOptions callers)
    {
        // The typed answers (TypedResults.Ok and the rest) write with ASP.NET Core's JSON options: the API's rules.
        services.ConfigureHttpJsonOptions(json => ApiJson.Apply(json.SerializerOptions));
        services.AddFocalPointsStorage(storage);
        services.AddFocalPointsMail();
        services.AddValidatedOptions<ReminderOptions, ReminderOptionsValidator>(ReminderOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(callers);
        services.AddHostedService<CallerTrustReport>();
        services.AddFocalPointsApplication();
        services.AddHostedService<OutboxRelayLoop>();
        // The host's schedule bounds: seconds-long cycles in Development only.
        services.AddSingleton(sp => ScheduleBounds.For(sp.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        services.AddSingleton<Workflow.Digest.EarlyWarnings>();
        services.AddSingleton<Workflow.Digest.CoordinatorDigest>();
        services.AddSingleton<Workflow.PeerReviews.PeerReviewInvitations>();
        services.AddSingleton<DirectoryHandlers>();
        services.AddSingleton<CycleHandlers>();
        services.AddSingleton<ProgressHandlers>();
        services.AddSingleton<SummaryHandlers>();
        services.AddSingleton<InsightHandlers>();
        services.AddSingleton<ComparisonHandlers>();
        services.AddSingleton<PeerReviewHandlers>();
        services.AddSingleton<StrategyHandlers>();
        services.AddSingleton<OutboxHandlers>();
        services.AddSingleton<MeHandlers>();
        services.AddSingleton<GoodPracticeHandlers>();
        services.AddSingleton<CountryRecordHandlers>();
        services.AddSingleton<RecommendationProgressHandlers>();
        return services;
    }
}
