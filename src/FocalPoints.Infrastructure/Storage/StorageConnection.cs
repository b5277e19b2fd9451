using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace FocalPoints.Infrastructure.Storage;

/// <summary>
/// How the application reaches its tables: a connection string (Azurite, a local account), or in
/// Azure the Functions host's identity-based connection — <c>AzureWebJobsStorage__tableServiceUri</c>
/// with the user-assigned managed identity (<c>__credential=managedidentity</c>, <c>__clientId</c>),
/// so no key exists anywhere.
/// </summary>
public sealed record StorageConnection
{
    private const string Section = "AzureWebJobsStorage";

    private StorageConnection(string? connectionString, Uri? tableServiceUri, TokenCredential? credential)
    {
        ConnectionString = connectionString;
        TableServiceUri = tableServiceUri;
        Credential = credential;
    }

    public string? ConnectionString { get; }

    public Uri? TableServiceUri { get; }

    public TokenCredential? Credential { get; }

    public static StorageConnection FromConnectionString(string connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new ArgumentException("A storage connection string is required.", nameof(connectionString))
            : new StorageConnection(connectionString, null, null);

    /// <summary>
    /// <c>Storage__ConnectionString</c> or <c>AzureWebJobsStorage</c> when set; else the identity-based
    /// <c>AzureWebJobsStorage__tableServiceUri</c> with a <see cref="ManagedIdentityCredential"/> for
    /// <c>__clientId</c> when <c>__credential</c> is <c>managedidentity</c>, or a
    /// <see cref="DefaultAzureCredential"/> (a developer's sign-in) otherwise.
    /// </summary>
    public static StorageConnection FromConfiguration(IConfiguration configuration)
    {
        string? connectionString = configuration["Storage:ConnectionString"] ?? configuration[Section];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return FromConnectionString(connectionString);
        }

        IConfigurationSection identity = configuration.GetSection(Section);
        if (!Uri.TryCreate(identity["tableServiceUri"], UriKind.Absolute, out Uri? tables) || tables.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException(
                "Set Storage__ConnectionString or AzureWebJobsStorage, or the identity-based AzureWebJobsStorage__tableServiceUri (https) " +
                "with AzureWebJobsStorage__credential=managedidentity and AzureWebJobsStorage__clientId.");
        }

        string? clientId = identity["clientId"];
        TokenCredential credential = string.Equals(identity["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrWhiteSpace(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
        return new StorageConnection(null, tables, credential);
    }

    public TableServiceClient CreateTableServiceClient(TableClientOptions options) =>
        ConnectionString is not null
            ? new TableServiceClient(ConnectionString, options)
            : new TableServiceClient(TableServiceUri!, Credential!, options);
}
