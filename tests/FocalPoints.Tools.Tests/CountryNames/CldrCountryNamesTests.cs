using FocalPoints.Domain.Network;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Tools.CountryNames;

namespace FocalPoints.Tools.Tests.CountryNames;

/// <summary>
/// The checked-in table of country names is what the pinned CLDR packages (npm ci) and the UN usages
/// give, so nobody edits a name by hand and a new CLDR version shows its changes in the diff.
/// </summary>
public sealed class CldrCountryNamesTests
{
    private static readonly string Root = RepositoryRoot.Find();
    private static readonly string NodeModules = Path.Combine(Root, "node_modules");

    [Fact]
    public void The_checked_in_table_is_what_the_pinned_CLDR_packages_give()
    {
        string generated = CldrCountryNames.Generate(NodeModules);
        string checkedIn = File.ReadAllText(Path.Combine(Root, CldrCountryNames.GeneratedFile)).ReplaceLineEndings("\n");

        Assert.True(generated == checkedIn, "CountryNames.Cldr.cs differs from the CLDR packages: run `npm ci`, then `dotnet run --project src/FocalPoints.Tools -- country-names`, and review the diff.");
    }

    [Fact]
    public void The_packages_are_the_version_package_json_pins()
    {
        string packageJson = File.ReadAllText(Path.Combine(Root, "package.json"));

        Assert.Contains($"\"cldr-localenames-full\": \"{Domain.Network.CountryNames.CldrVersion}\"", packageJson, StringComparison.Ordinal);
        Assert.Contains($"\"cldr-core\": \"{Domain.Network.CountryNames.CldrVersion}\"", packageJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_UN_usage_replaces_a_CLDR_name_of_a_Member_State_with_another()
    {
        Dictionary<string, string> alpha2 = CldrCountryNames.Alpha2ByAlpha3(Path.Combine(NodeModules, "cldr-core"));
        var territories = new Dictionary<string, Dictionary<string, string>>();
        Dictionary<string, string> Cldr(string locale) =>
            territories.TryGetValue(locale, out Dictionary<string, string>? names) ? names
            : territories[locale] = CldrCountryNames.Territories(Path.Combine(NodeModules, "cldr-localenames-full"), locale);

        Assert.All(UnUsage.Load().All, usage =>
        {
            Assert.True(UnMemberStates.IsMember(usage.Iso3), usage.Iso3);
            Assert.Contains(usage.Locale, new[] { "ar", "zh", "fr", "ru", "es" });
            Assert.NotEqual(Cldr(usage.Locale)[alpha2[usage.Iso3]], usage.Name); // an entry equal to CLDR's is one to delete
        });
    }
}
