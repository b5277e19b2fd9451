using System.Net;
using Azure.Core;
using Azure.Identity;
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
    /// (default) or Microsoft Graph with the credentials of section <c>Graph</c>.
    /// </summary>
    public static IServiceCollection AddFocalPointsMail(this IServiceCollection services, IConfiguration configuration)
    {
        MailOptions mail = configuration.GetSection("Mail").Get<MailOptions>() ?? new MailOptions();
        PortalOptions portal = configuration.GetSection("Portal").Get<PortalOptions>() ?? new PortalOptions();
        services.AddSingleton(mail);
        services.AddSingleton(portal);
        services.AddSingleton(new MessageTemplates(portal));
        services.AddSingleton<IMessenger, Messenger>();

        if (!string.Equals(mail.Sender, MailOptions.Graph, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<INotificationSender>(sp => sp.GetRequiredService<TableOutbox>());
            return services;
        }

        GraphOptions graph = configuration.GetSection("Graph").Get<GraphOptions>() ?? new GraphOptions();
        graph.ClientSecretValue ??= configuration["Graph:ClientSecret"];
        _ = graph.SenderMailbox ?? throw new InvalidOperationException("Mail__Sender=graph needs Graph__SenderMailbox.");
        if (graph.Authentication == GraphOptions.None && !IsLoopback(graph.BaseUrl))
        {
            // Checked here so that a misconfigured host fails at start, not at its first reminder.
            throw new InvalidOperationException("Graph__Authentication=none is only allowed with a loopback Graph__BaseUrl (a local simulator).");
        }

        services.AddSingleton(graph);
        services.AddSingleton(_ => CreateClient(graph));
        services.AddSingleton<GraphMailTransport>();
        services.AddSingleton<MailLedger>();
        services.AddSingleton(sp => new MailPacer(mail.MaxPerMinute, mail.RateWindow, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<INotificationSender, GraphNotificationSender>();
        return services;
    }

    /// <summary>The Graph client: the SDK's default middleware (retry with Retry-After, redirects, compression) and app-only credentials.</summary>
    public static GraphServiceClient CreateClient(GraphOptions options)
    {
        HttpClient http = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        IAuthenticationProvider authentication = options.Authentication switch
        {
            GraphOptions.None when IsLoopback(options.BaseUrl) => new AnonymousAuthenticationProvider(),
            GraphOptions.None => throw new InvalidOperationException("Graph__Authentication=none is only allowed with a loopback Graph__BaseUrl (a local simulator)."),
            _ => new Microsoft.Graph.Authentication.AzureIdentityAuthenticationProvider(Credential(options), allowedHosts: null, observabilityOptions: null, isCaeEnabled: true, scopes: GraphScopes),
        };
        return new GraphServiceClient(http, authentication, options.BaseUrl.TrimEnd('/'));
    }

    private static TokenCredential Credential(GraphOptions o) => o.Authentication switch
    {
        GraphOptions.ClientSecret => new ClientSecretCredential(Require(o.TenantId, "Graph__TenantId"), Require(o.ClientId, "Graph__ClientId"), Require(o.ClientSecretValue, "Graph__ClientSecret")),
        GraphOptions.ClientCertificate => new ClientCertificateCredential(Require(o.TenantId, "Graph__TenantId"), Require(o.ClientId, "Graph__ClientId"), Require(o.CertificatePath, "Graph__CertificatePath")),
        GraphOptions.ManagedIdentity => o.ClientId is null ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned) : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ClientId)),
        _ => throw new InvalidOperationException($"Graph__Authentication '{o.Authentication}' is not one of managedIdentity, clientSecret, clientCertificate, none."),
    };

    private static string Require(string? value, string setting) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"Set {setting}.") : value;

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out IPAddress? ip) && IPAddress.IsLoopback(ip)));
}
