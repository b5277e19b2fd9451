using Azure.Data.Tables;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Mail;
using FocalPoints.Infrastructure.Notifications;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Workflow.Activities;
using Microsoft.Extensions.Logging.Abstractions;

namespace FocalPoints.Workflow.Tests.Activities;

/// <summary>The real stores over Azurite with Ghana (one focal point) in a cycle of its own, and the notifier the activities use.</summary>
internal sealed record GhanaInACycle(
    string CycleId, TableServiceClient Tables, TableCycleStore Cycles, TableStrategyRepository Strategies, TableStepDocumentStore Documents, TableOutbox Outbox, MomentNotifier Notifier)
{
    public static async Task<GhanaInACycle> StartAsync(string connectionString, string cycleId, DateTime createdUtc)
    {
        var tables = new TableServiceClient(connectionString);
        await new TableProvisioner(tables).StartAsync(CancellationToken.None);
        var directory = new TableDirectoryStore(tables);
        var cycles = new TableCycleStore(tables);
        var documents = new TableStepDocumentStore(tables, cycles);
        var outbox = new TableOutbox(tables);
        await directory.PutMemberAsync(new Member("GHA", "Ghana", RegionalGroup.AfricanStates, [new Contact("Ama", "ama@gha.example", Language.En, "Africa/Accra")]), CancellationToken.None);
        var schedule = new CycleSchedule(TimeSpan.FromDays(60), TimeSpan.FromDays(14), [], TimeSpan.FromDays(7), TimeSpan.FromDays(14));
        await cycles.TryAddCycleAsync(new CycleRecord(new CycleDefinition(cycleId, "Strategies 2027", ["GHA"], schedule), "h", createdUtc), CancellationToken.None);
        var strategies = new TableStrategyRepository(tables);
        await strategies.AddMissingAsync([StrategyProgress.Start(cycleId, "GHA", createdUtc)], CancellationToken.None);
        var notifier = new MomentNotifier(
            directory, cycles, strategies, documents, new Messenger(outbox, new MessageTemplates(new PortalOptions { BaseUrl = "https://portal.example" })), NullLogger<MomentNotifier>.Instance);
        return new GhanaInACycle(cycleId, tables, cycles, strategies, documents, outbox, notifier);
    }
}
