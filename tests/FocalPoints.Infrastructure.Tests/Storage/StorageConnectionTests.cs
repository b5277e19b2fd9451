using Azure.Data.Tables;
using Azure.Identity;
using FocalPoints.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;

namespace FocalPoints.Infrastructure.Tests.Storage;

/// <summary>The tables are reached as Azure configures the Functions app: by the managed identity, never a key. Nothing here calls Azure.</summary>
public class StorageConnectionTests
{
    private const string ClientId = "8a6e2f0c-5b8d-4c1e-9f3a-2d7b6c5e4f10";

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key.Replace("__", ":", StringComparison.Ordinal), v => (string?)v.Value)).Build();

    [Fact]
    public void The_identity_based_settings_give_a_table_client_on_the_managed_identity()
    {
        StorageConnection connection = StorageConnection.FromConfiguration(Settings(
            ("AzureWebJobsStorage__credential", "managedidentity"),
            ("AzureWebJobsStorage__clientId", ClientId),
            ("AzureWebJobsStorage__blobServiceUri", "https://stfocal.blob.core.windows.net"),
            ("AzureWebJobsStorage__queueServiceUri", "https://stfocal.queue.core.windows.net"),
            ("AzureWebJobsStorage__tableServiceUri", "https://stfocal.table.core.windows.net")));

        TableServiceClient tables = connection.CreateTableServiceClient(new TableClientOptions());

        Assert.Null(connection.ConnectionString);
        Assert.IsType<ManagedIdentityCredential>(connection.Credential);
        Assert.Equal(new Uri("https://stfocal.table.core.windows.net"), tables.Uri);
        Assert.Equal("stfocal", tables.AccountName);
    }

    [Fact]
    public void Without_the_managed_identity_setting_a_developer_sign_in_is_used()
    {
        StorageConnection connection = StorageConnection.FromConfiguration(Settings(("AzureWebJobsStorage__tableServiceUri", "https://stfocal.table.core.windows.net")));

        Assert.IsType<DefaultAzureCredential>(connection.Credential);
    }

    [Fact]
    public void A_connection_string_wins_over_the_identity_settings()
    {
        StorageConnection connection = StorageConnection.FromConfiguration(Settings(
            ("AzureWebJobsStorage", "UseDevelopmentStorage=true"),
            ("AzureWebJobsStorage__tableServiceUri", "https://stfocal.table.core.windows.net")));

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
        Assert.Null(connection.Credential);
        Assert.Equal("devstoreaccount1", connection.CreateTableServiceClient(new TableClientOptions()).AccountName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://stfocal.table.core.windows.net")]
    [InlineData("not a uri")]
    public void Missing_or_plain_http_settings_are_refused_with_the_keys_to_set(string? tableServiceUri)
    {
        IConfiguration settings = tableServiceUri is null ? Settings() : Settings(("AzureWebJobsStorage__tableServiceUri", tableServiceUri));

        var refused = Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(settings));

        Assert.Contains("AzureWebJobsStorage__tableServiceUri", refused.Message, StringComparison.Ordinal);
    }
}
