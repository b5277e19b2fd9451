using Azure.Core;
using Azure.Identity;
using FocalPoints.Application.Configuration;
using FocalPoints.Application.Ports;
using FocalPoints.Infrastructure.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace FocalPoints.Infrastructure.Mail;

public static class MailServiceCollectionExtensions
{
    private static readonly string[] GraphScopes = ["https://graph.microsoft.com/.default"];

    /// <summary>
    /// Registers the message templates and the sender <c>Mail:Sender</c> names: the local outbox
    /// (default) or Microsoft Graph with the credentials of section <c>Graph</c>. Sections <c>Mail</c>,
    /// <c>Portal</c> and <c>Graph</c> are checked when the host starts, so a misconfigured host fails
    /// then, not at its first reminder.
    /// </summary>
    public static IServiceCollection AddFocalPointsMail(this IServiceCollection services)
    {
        services.AddValidatedOptions<MailOptions, MailOptionsValidator>(MailOptions.Section);
        services.AddValidatedOptions<PortalOptions, PortalOptionsValidator>(PortalOptions.Section);
        services.AddValidatedOptions<GraphOptions, GraphOptionsValidator>(GraphOptions.Section)
            // The raw setting, not MailOptions: a wrong Mail section is reported once, by its own check.
            .Validate<IConfiguration>(
                (graph, configuration) => !MailOptions.IsGraph(configuration[$"{MailOptions.Section}:Sender"]) || !string.IsNullOrWhiteSpace(graph.SenderMailbox),
                $"{MailOptions.Section}:Sender=graph needs {GraphOptions.Section}:SenderMailbox.");
        services.AddSingleton<MessageTemplates>();
        services.AddSingleton<IMessenger, Messenger>();

        // Both senders are registered; the one Mail:Sender names is built (the Graph one only then).
        services.AddSingleton<INotificationSender>(sp => sp.GetRequiredService<MailOptions>().SendsWithGraph
            ? sp.GetRequiredService<GraphNotificationSender>()
            : sp.GetRequiredService<TableOutbox>());
        services.AddSingleton(sp => CreateClient(sp.GetRequiredService<GraphOptions>()));
        services.AddSingleton<GraphMailTransport>();
        services.AddSingleton<MailLedger>();
        services.AddSingleton(sp =>
        {
            MailOptions mail = sp.GetRequiredService<MailOptions>();
            return new MailPacer(mail.MaxPerMinute, mail.RateWindow, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<GraphNotificationSender>();
        return services;
    }

    /// <summary>The Graph client: the SDK's default middleware (retry with Retry-After, redirects, compression) and app-only credentials.</summary>
    public static GraphServiceClient CreateClient(GraphOptions options)
    {
        HttpClient http = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        IAuthenticationProvider authentication = options.Authentication switch
        {
            GraphOptions.None when GraphOptions.IsLoopback(options.BaseUrl) => new AnonymousAuthenticationProvider(),
            GraphOptions.None => throw new InvalidOperationException("Graph__Authentication=none is only allowed with a loopback Graph__BaseUrl (a local simulator)."),
            _ => new Microsoft.Graph.Authentication.AzureIdentityAuthenticationProvider(Credential(options), allowedHosts: null, observabilityOptions: null, isCaeEnabled: true, scopes: GraphScopes),
        };
        return new GraphServiceClient(http, authentication, options.BaseUrl.TrimEnd('/'));
    }

    private static TokenCredential Credential(GraphOptions o) => o.Authentication switch
    {
        GraphOptions.ClientSecretAuthentication => new ClientSecretCredential(Require(o.TenantId, "Graph__TenantId"), Require(o.ClientId, "Graph__ClientId"), Require(o.ClientSecret, "Graph__ClientSecret")),
        GraphOptions.ClientCertificate => new ClientCertificateCredential(Require(o.TenantId, "Graph__TenantId"), Require(o.ClientId, "Graph__ClientId"), Require(o.CertificatePath, "Graph__CertificatePath")),
        GraphOptions.ManagedIdentity => o.ClientId is null ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned) : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ClientId)),
        _ => throw new InvalidOperationException($"Graph__Authentication '{o.Authentication}' is not one of managedIdentity, clientSecret, clientCertificate, none."),
    };

    private static string Require(string? value, string setting) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"Set {setting}.") : value;
}
