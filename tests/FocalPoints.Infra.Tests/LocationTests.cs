namespace FocalPoints.Infra.Tests;

/// <summary>
/// The location parameter allows only regions that offer Flex Consumption, so a wrong region is refused
/// when the deployment is validated, before the resource group, storage, identity or Static Web App exist.
/// </summary>
public sealed class LocationTests
{
    /// <summary>The regions of the Flex Consumption quickstart (Azure-Samples/durable-functions-quickstart-dotnet-azd), less its canary region eastus2euap.</summary>
    private static readonly string[] FlexConsumptionRegions =
    [
        "australiaeast", "australiasoutheast", "brazilsouth", "canadacentral", "centralindia", "centralus", "eastasia", "eastus", "eastus2",
        "francecentral", "germanywestcentral", "italynorth", "japaneast", "koreacentral", "northcentralus", "northeurope", "norwayeast",
        "southafricanorth", "southcentralus", "southeastasia", "southindia", "spaincentral", "swedencentral", "uaenorth", "uksouth", "ukwest",
        "westcentralus", "westeurope", "westus", "westus2", "westus3",
    ];

    [Fact]
    public void The_location_allows_exactly_the_flex_consumption_regions()
    {
        string[] allowed = [.. CompiledTemplate.Main["parameters"]!["location"]!["allowedValues"]!.AsArray().Select(v => (string)v!)];

        Assert.Equal(FlexConsumptionRegions, allowed);
    }

    [Fact]
    public void A_region_without_flex_consumption_is_refused_before_anything_is_deployed()
    {
        string parameters = Path.Combine(Path.GetTempPath(), $"westindia-{Guid.NewGuid():N}.bicepparam");
        File.WriteAllText(parameters, RepositoryFiles.Read("infra", "snapshots", "default.bicepparam")
            .Replace("using '../main.bicep'", $"using '{RepositoryFiles.PathOf("infra", "main.bicep")}'", StringComparison.Ordinal)
            .Replace("param location = 'westeurope'", "param location = 'westindia'", StringComparison.Ordinal));
        try
        {
            (int exitCode, string output, string errors) = BicepCli.Run("build-params", parameters, "--stdout");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("westindia", output + errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(parameters);
        }
    }
}
