using Azure.Core;
using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Infrastructure.Notifications;
using FocalPoints.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoints.Infrastructure;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Table Storage stores and the outbox over <paramref name="connection"/>.
    /// Every request is counted by the singleton <see cref="RequestCounter"/>; calls are bounded by <see cref="StorageClientPolicy"/>.
    /// </summary>
    public static IServiceCollection AddFocalPointsStorage(this IServiceCollection services, StorageConnection connection)
    {
        services.AddSingleton<RequestCounter>();
        services.AddSingleton(sp =>
        {
            TableClientOptions options = StorageClientPolicy.Apply(new TableClientOptions());
            options.AddPolicy(sp.GetRequiredService<RequestCounter>(), HttpPipelinePosition.PerRetry);
            return connection.CreateTableServiceClient(options);
        });
        services.AddSingleton<IDirectoryStore, TableDirectoryStore>();
        services.AddSingleton<ICycleStore, TableCycleStore>();
        services.AddSingleton<IStepDocumentStore, TableStepDocumentStore>();
        services.AddSingleton<IStrategyRepository, TableStrategyRepository>();
        services.AddSingleton<IStrategyReads, TableStrategyReads>();
        services.AddSingleton<IInsightReads, TableInsightReads>();
        services.AddSingleton<ICountryRecordReads, TableCountryRecordReads>();
        services.AddSingleton<IPeerReviewStore, TablePeerReviewStore>();
        services.AddSingleton<IGoodPracticeStore, TableGoodPracticeStore>();
        services.AddSingleton<TableOutbox>();
        services.AddSingleton<IOutboxReader>(sp => sp.GetRequiredService<TableOutbox>());
        services.AddHostedService<TableProvisioner>();
        return services;
    }
}
