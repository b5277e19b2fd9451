using System.Text.Json.Nodes;

namespace FocalPoints.Infra.Tests;

/// <summary>
/// The deployment main.bicep makes, resource by resource, is committed (<c>infra/snapshots/*.snapshot.json</c>,
/// from <c>bicep snapshot</c>): <c>--mode validate</c> fails when the template would deploy anything else,
/// so a change to what Azure gets is a reviewed change to those files. One snapshot of the default
/// deployment, one with the private network on.
/// </summary>
public sealed class DeploymentSnapshotTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("private-network")]
    public void The_deployment_is_the_committed_snapshot(string name)
    {
        (int exitCode, string output, string errors) = BicepCli.Run(
            "snapshot", Path.Combine("snapshots", $"{name}.bicepparam"), "--mode", "validate",
            "--subscription-id", "00000000-0000-0000-0000-000000000001",
            "--tenant-id", "66666666-7777-8888-9999-000000000000",
            "--location", "westeurope",
            "--deployment-name", "focalpoints");

        Assert.True(exitCode == 0, $"The deployment differs from infra/snapshots/{name}.snapshot.json (regenerate it with --mode overwrite and review):\n{output}\n{errors}");
    }

    [Fact]
    public void By_default_nothing_of_the_private_network_is_deployed_and_storage_takes_public_requests()
    {
        JsonObject[] resources = Snapshot("default");

        Assert.DoesNotContain(resources, r => Type(r).StartsWith("Microsoft.Network/", StringComparison.Ordinal));
        Assert.Equal("Enabled", (string?)Single(resources, "Microsoft.Storage/storageAccounts")["properties"]!["publicNetworkAccess"]);
        Assert.Null(Single(resources, "Microsoft.Web/sites")["properties"]!["virtualNetworkSubnetId"]);
        Assert.False((bool)CompiledTemplate.Main["parameters"]!["privateNetwork"]!["defaultValue"]!);
    }

    [Fact]
    public void The_private_network_integrates_the_app_and_reaches_storage_only_through_private_endpoints()
    {
        JsonObject[] resources = Snapshot("private-network");
        JsonObject storage = Single(resources, "Microsoft.Storage/storageAccounts");
        JsonObject network = Single(resources, "Microsoft.Network/virtualNetworks");
        string[] endpointServices = resources.Where(r => Type(r) == "Microsoft.Network/privateEndpoints")
            .Select(r => (string)r["properties"]!["privateLinkServiceConnections"]![0]!["properties"]!["groupIds"]![0]!)
            .Order(StringComparer.Ordinal)
            .ToArray();
        string[] zones = resources.Where(r => Type(r) == "Microsoft.Network/privateDnsZones").Select(r => (string)r["name"]!).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal("Disabled", (string?)storage["properties"]!["publicNetworkAccess"]);
        Assert.Equal("Deny", (string?)storage["properties"]!["networkAcls"]!["defaultAction"]);
        Assert.Equal(["blob", "queue", "table"], endpointServices);
        // privatelink.<service>.<the cloud's storage suffix>, the names Azure's private DNS for storage answers.
        Assert.Equal(["'blob'", "'queue'", "'table'"], zones.Select(z => z.Split(", ")[1]));
        Assert.All(zones, z => Assert.StartsWith("[format('privatelink.{0}.{1}', ", z, StringComparison.Ordinal));
        Assert.Equal(3, resources.Count(r => Type(r) == "Microsoft.Network/privateDnsZones/virtualNetworkLinks"));
        Assert.Equal(3, resources.Count(r => Type(r) == "Microsoft.Network/privateEndpoints/privateDnsZoneGroups"));
        // Flex Consumption integrates through a subnet delegated to Microsoft.App/environments.
        Assert.Equal("Microsoft.App/environments", (string?)network["properties"]!["subnets"]![0]!["properties"]!["delegations"]![0]!["properties"]!["serviceName"]);
        Assert.Contains("virtualNetworks/vnet-", (string?)Single(resources, "Microsoft.Web/sites")["properties"]!["virtualNetworkSubnetId"], StringComparison.Ordinal);
    }

    private static JsonObject[] Snapshot(string name) =>
        [.. JsonNode.Parse(RepositoryFiles.Read("infra", "snapshots", $"{name}.snapshot.json"))!["predictedResources"]!.AsArray().Select(r => r!.AsObject())];

    private static string Type(JsonObject resource) => (string)resource["type"]!;

    private static JsonObject Single(JsonObject[] resources, string type) => Assert.Single(resources, r => Type(r) == type);
}
