using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FocalPoints.Infra.Tests;

/// <summary>
/// No key anywhere: storage refuses shared keys, every app setting is an identity-based connection or
/// plain configuration, telemetry needs an Entra token, and the identity holds exactly the data roles
/// it needs, each assignment named guid(scope, principalId, roleId).
/// </summary>
public sealed partial class IdentityOnlyTests
{
    private static readonly TemplateResource FunctionApp = CompiledTemplate.Single("Microsoft.Web/sites");

    private static Dictionary<string, string> AppSettings() => FunctionApp.Properties!["siteConfig"]!["appSettings"]!.AsArray()
        .ToDictionary(s => (string)s!["name"]!, s => (string)s!["value"]!, StringComparer.Ordinal);

    [Fact]
    public void Storage_refuses_shared_keys_old_tls_and_public_blobs()
    {
        JsonNode properties = CompiledTemplate.Single("Microsoft.Storage/storageAccounts").Properties!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.All(CompiledTemplate.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"),
            c => Assert.Equal("None", (string?)c.Properties!["publicAccess"]));
    }

    [Fact]
    public void The_functions_host_reaches_storage_through_the_identity()
    {
        Dictionary<string, string> settings = AppSettings();

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("[parameters('identityClientId')]", settings["AzureWebJobsStorage__clientId"]);
        foreach (string service in new[] { "blob", "queue", "table" })
        {
            Assert.Equal($"[reference(resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName')), '2024-01-01').primaryEndpoints.{service}]",
                settings[$"AzureWebJobsStorage__{service}ServiceUri"]);
        }
        // A plain AzureWebJobsStorage (a connection string) or the app's own connection-string setting would win over the identity.
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.DoesNotContain("Storage__ConnectionString", settings.Keys);
        // The platform sets WEBSITE_AUTH_ENABLED itself when authentication is on; setting it by hand would let the app believe a header nobody vouches for.
        Assert.DoesNotContain("WEBSITE_AUTH_ENABLED", settings.Keys);
    }

    [Fact]
    public void Mail_and_telemetry_settings_name_the_identity()
    {
        Dictionary<string, string> settings = AppSettings();

        Assert.Equal("[parameters('mailSender')]", settings["Mail__Sender"]);
        Assert.Equal("graph", (string?)CompiledTemplate.Main["parameters"]!["mailSender"]!["defaultValue"]);
        Assert.Equal("managedIdentity", settings["Graph__Authentication"]);
        Assert.Equal("[parameters('identityClientId')]", settings["Graph__ClientId"]);
        Assert.Equal("[parameters('senderMailbox')]", settings["Graph__SenderMailbox"]);
        Assert.Equal("[format('Authorization=AAD;ClientId={0}', parameters('identityClientId'))]", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        // The connection string names the component (its instrumentation key is an identifier once local authentication is off).
        Assert.Equal("[reference(resourceId('Microsoft.Insights/components', parameters('applicationInsightsName')), '2020-02-02').ConnectionString]",
            settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
    }

    [Fact]
    public void No_app_setting_holds_a_key_a_secret_or_a_connection_string_with_a_key()
    {
        Dictionary<string, string> settings = AppSettings();

        Assert.True(settings.Count >= 10);
        Assert.All(settings, s =>
        {
            Assert.DoesNotMatch(SecretLookingName(), s.Key);
            Assert.DoesNotMatch(SecretLookingValue(), s.Value);
            Assert.DoesNotMatch(KeyReadingFunction(), s.Value);
            // A literal is plain configuration; an expression reads a parameter, an endpoint or the component's connection string, never a key.
            Assert.True(!s.Value.StartsWith('[') || AllowedExpression().IsMatch(s.Value), $"{s.Key} = {s.Value}");
        });
    }

    [Fact]
    public void No_string_in_the_template_looks_like_a_secret_or_reads_a_key()
    {
        string[] strings = CompiledTemplate.AllStrings(CompiledTemplate.Main).ToArray();

        Assert.DoesNotContain(strings, s => SecretLookingValue().IsMatch(s));
        Assert.DoesNotContain(strings, s => KeyReadingFunction().IsMatch(s));
        Assert.DoesNotContain(strings, s => LongOpaqueToken().IsMatch(s));
        // No parameter is a secret either: nothing secret goes in.
        Assert.DoesNotContain(CompiledTemplate.Templates.SelectMany(t => (t["parameters"]?.AsObject() ?? []).Select(p => (string)p.Value!["type"]!)),
            type => type.StartsWith("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Application_insights_and_log_analytics_accept_only_entra_tokens()
    {
        Assert.True((bool)CompiledTemplate.Single("Microsoft.Insights/components").Properties!["DisableLocalAuth"]!);
        Assert.True((bool)CompiledTemplate.Single("Microsoft.OperationalInsights/workspaces").Properties!["features"]!["disableLocalAuth"]!);
    }

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts", "storageAccountName")] // Storage Blob Data Owner
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts", "storageAccountName")] // Storage Queue Data Contributor
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Microsoft.Storage/storageAccounts", "storageAccountName")] // Storage Table Data Contributor
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "Microsoft.Insights/components", "applicationInsightsName")] // Monitoring Metrics Publisher
    public void The_identity_holds_the_role_on_its_scope_in_an_assignment_named_from_scope_principal_and_role(string roleId, string scopeType, string scopeName)
    {
        TemplateResource assignment = Assert.Single(CompiledTemplate.OfType("Microsoft.Authorization/roleAssignments"),
            a => a.Resolve((string)a.Properties!["roleDefinitionId"]!) == $"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{roleId}')]");

        Assert.Equal($"[guid(resourceId('{scopeType}', parameters('{scopeName}')), parameters('principalId'), '{roleId}')]", assignment.Resolve(assignment.Name));
        Assert.Equal($"[resourceId('{scopeType}', parameters('{scopeName}'))]", (string?)assignment.Resource["scope"]);
        Assert.Equal("[parameters('principalId')]", (string?)assignment.Properties!["principalId"]);
        Assert.Equal("ServicePrincipal", (string?)assignment.Properties!["principalType"]);
        Assert.Contains("outputs.principalId.value", BicepTests.ModuleParameter("roles", "principalId"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_identity_holds_no_other_role()
    {
        Assert.Equal(4, CompiledTemplate.OfType("Microsoft.Authorization/roleAssignments").Count());
    }

    [GeneratedRegex("(?i)(secret|password|accountkey|sas|token|key$)")]
    private static partial Regex SecretLookingName();

    [GeneratedRegex("(?i)(AccountKey=|SharedAccessSignature|SharedAccessKey|[?&]sig=|InstrumentationKey=[0-9a-f]|ClientSecret|Password=|-----BEGIN)")]
    private static partial Regex SecretLookingValue();

    [GeneratedRegex("(?i)\\b(list\\w*\\(|listKeys|listSecrets|listAccountSas|listServiceSas)")]
    private static partial Regex KeyReadingFunction();

    // 40 or more base64 characters mixing letters and digits: the shape of a key or token.
    [GeneratedRegex("(?=[A-Za-z0-9+/]{40,}={0,2})(?=[^ ]*[0-9])(?=[^ ]*[A-Za-z])[A-Za-z0-9+/]{40,}={0,2}")]
    private static partial Regex LongOpaqueToken();

    [GeneratedRegex(@"^\[(parameters\('\w+'\)|string\(parameters\('\w+'\)\)|format\('[^']*', parameters\('\w+'\)\)|reference\(resourceId\('Microsoft\.(Storage/storageAccounts|Insights/components)', parameters\('\w+'\)\), '[0-9-]+'\)\.(primaryEndpoints\.(blob|queue|table)|ConnectionString))\]$")]
    private static partial Regex AllowedExpression();
}
