using System.Text.Json.Nodes;

namespace FocalPoints.Infra.Tests;

/// <summary>
/// The Functions app: Flex Consumption (FC1), .NET 10 isolated, deployed from a blob container through
/// the identity, and behind App Service authentication that answers 401 to anyone without a token for
/// the app registration.
/// </summary>
public sealed class FunctionsAppTests
{
    private static readonly TemplateResource App = CompiledTemplate.Single("Microsoft.Web/sites");

    [Fact]
    public void The_plan_is_flex_consumption()
    {
        TemplateResource plan = CompiledTemplate.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", (string?)plan.Resource["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan.Resource["sku"]!["tier"]);
        Assert.True((bool)plan.Properties!["reserved"]!);
        Assert.Equal("functionapp,linux", (string?)App.Resource["kind"]);
    }

    [Fact]
    public void The_app_runs_dotnet_isolated_10_deployed_through_the_identity()
    {
        JsonNode config = App.Properties!["functionAppConfig"]!;

        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("blobContainer", (string?)config["deployment"]!["storage"]!["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)config["deployment"]!["storage"]!["authentication"]!["userAssignedIdentityResourceId"]);
        Assert.NotNull(config["scaleAndConcurrency"]!["maximumInstanceCount"]);
        Assert.NotNull(config["scaleAndConcurrency"]!["instanceMemoryMB"]);
        Assert.Equal("UserAssigned", (string?)App.Resource["identity"]!["type"]);
        Assert.True((bool)App.Properties!["httpsOnly"]!);
        // Flex Consumption takes the runtime from functionAppConfig and refuses these settings.
        Assert.DoesNotContain(App.Properties!["siteConfig"]!["appSettings"]!.AsArray(), s => (string?)s!["name"] is "FUNCTIONS_WORKER_RUNTIME" or "FUNCTIONS_EXTENSION_VERSION");
    }

    [Fact]
    public void Authentication_is_required_and_answers_401()
    {
        TemplateResource auth = Assert.Single(CompiledTemplate.OfType("Microsoft.Web/sites/config"), c => c.Name.EndsWith("'authsettingsV2')]", StringComparison.Ordinal));
        JsonNode properties = auth.Properties!;
        JsonNode entra = properties["identityProviders"]!["azureActiveDirectory"]!;

        Assert.True((bool)properties["platform"]!["enabled"]!);
        Assert.True((bool)properties["globalValidation"]!["requireAuthentication"]!);
        Assert.Equal("Return401", (string?)properties["globalValidation"]!["unauthenticatedClientAction"]);
        // Only the health probes, which answer up or down and nothing else, are reached without a token.
        Assert.Equal(["/healthz", "/readyz"], properties["globalValidation"]!["excludedPaths"]!.AsArray().Select(p => (string)p!));
        Assert.True((bool)entra["enabled"]!);
        Assert.Equal("[parameters('authClientId')]", (string?)entra["registration"]!["clientId"]);
        Assert.Equal("[format('{0}{1}/v2.0', environment().authentication.loginEndpoint, parameters('authTenantId'))]", (string?)entra["registration"]!["openIdIssuer"]);
        // Tokens for this API only, requested by the app registration itself (the portal); no client secret is configured.
        Assert.Equal(["[format('api://{0}', parameters('authClientId'))]", "[parameters('authClientId')]"], entra["validation"]!["allowedAudiences"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(["[parameters('authClientId')]"], entra["validation"]!["defaultAuthorizationPolicy"]!["allowedApplications"]!.AsArray().Select(a => (string)a!));
        Assert.Null(entra["registration"]!["clientSecretSettingName"]);
        Assert.True((bool)properties["httpSettings"]!["requireHttps"]!);
    }

    [Fact]
    public void Flex_consumption_has_no_platform_health_check_so_readiness_is_probed_by_an_availability_test()
    {
        // "Health check isn't an option for the Flex Consumption and Consumption plans" (Azure Functions,
        // configure-monitoring): a healthCheckPath there would be refused or ignored.
        Assert.Null(App.Properties!["siteConfig"]!["healthCheckPath"]);
        TemplateResource test = CompiledTemplate.Single("Microsoft.Insights/webtests");
        JsonNode properties = test.Properties!;

        Assert.Equal("standard", (string?)test.Resource["kind"]);
        Assert.True((bool)properties["Enabled"]!);
        Assert.Equal("[format('{0}/readyz', parameters('appUrl'))]", (string?)properties["Request"]!["RequestUrl"]);
        Assert.Equal("GET", (string?)properties["Request"]!["HttpVerb"]);
        Assert.Equal(200, (int)properties["ValidationRules"]!["ExpectedHttpStatusCode"]!);
        Assert.Equal(5, properties["Locations"]!.AsArray().Count);
        Assert.Equal("[reference(extensionResourceId(format('/subscriptions/{0}/resourceGroups/{1}', subscription().subscriptionId, format('rg-{0}', parameters('environmentName'))), 'Microsoft.Resources/deployments', 'functions'), '2025-04-01').outputs.url.value]",
            BicepTests.ModuleParameter("availability", "appUrl"));
        // The path is one App Service authentication lets through without a token.
        TemplateResource auth = Assert.Single(CompiledTemplate.OfType("Microsoft.Web/sites/config"), c => c.Name.EndsWith("'authsettingsV2')]", StringComparison.Ordinal));
        Assert.Contains("/readyz", auth.Properties!["globalValidation"]!["excludedPaths"]!.AsArray().Select(p => (string)p!));
    }

    [Fact]
    public void Only_the_portal_may_call_across_origins()
    {
        JsonNode cors = App.Properties!["siteConfig"]!["cors"]!;

        Assert.Equal(["[parameters('portalOrigin')]"], cors["allowedOrigins"]!.AsArray().Select(o => (string)o!));
        Assert.False((bool)cors["supportCredentials"]!);
        Assert.Equal("[reference(extensionResourceId(format('/subscriptions/{0}/resourceGroups/{1}', subscription().subscriptionId, format('rg-{0}', parameters('environmentName'))), 'Microsoft.Resources/deployments', 'portal'), '2025-04-01').outputs.origin.value]",
            BicepTests.ModuleParameter("functions", "portalOrigin"));
    }

    [Fact]
    public void The_portal_is_a_standard_static_web_app()
    {
        TemplateResource portal = CompiledTemplate.Single("Microsoft.Web/staticSites");

        Assert.Equal("Standard", (string?)portal.Resource["sku"]!["name"]);
        Assert.Equal("Disabled", (string?)portal.Properties!["stagingEnvironmentPolicy"]);
    }
}
