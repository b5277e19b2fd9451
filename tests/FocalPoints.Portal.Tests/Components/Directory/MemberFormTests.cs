using Bunit;
using FocalPoints.Domain.Network;
using FocalPoints.Portal.Api;
using FocalPoints.Portal.Components.Directory;

namespace FocalPoints.Portal.Tests.Components.Directory;

public sealed class MemberFormTests
{
    [Fact]
    public void The_country_list_offers_the_193_UN_Member_States()
    {
        using var context = new Context("en");

        IRenderedComponent<MemberForm> form = context.Render<MemberForm>(p => p.Add(f => f.OnSave, (_, _) => Task.FromResult(true)));

        string[] codes = form.FindAll("#member-iso3 option").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0).ToArray();
        Assert.Equal(193, codes.Length);
        Assert.Equal(193, codes.Distinct().Count());
        Assert.All(codes, code => Assert.True(UnMemberStates.IsMember(code), code));
    }

    [Fact]
    public void Countries_are_offered_by_their_names_in_the_readers_language_and_no_name_is_typed()
    {
        using var context = new Context("fr");

        IRenderedComponent<MemberForm> form = context.Render<MemberForm>(p => p.Add(f => f.OnSave, (_, _) => Task.FromResult(true)));

        string[] options = [.. form.FindAll("#member-iso3 option").Where(o => o.GetAttribute("value")!.Length > 0).Select(o => o.TextContent)];
        Assert.Contains("Allemagne (DEU)", options);
        Assert.Contains("République populaire démocratique de Corée (PRK)", options);
        Assert.Equal(options.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr"), ignoreCase: false)), options);
        Assert.Empty(form.FindAll("#member-name")); // the directory keeps the code; names are read, not typed
    }

    [Fact]
    public void At_the_cap_of_focal_points_adding_another_is_no_longer_offered()
    {
        using var context = new Context("en");
        Contact[] people = Enumerable.Range(1, Domain.Validation.ContentLimits.FocalPointsPerMember)
            .Select(i => new Contact($"Person {i}", $"p{i}@example.gh", Language.En, "Africa/Accra")).ToArray();

        IRenderedComponent<MemberForm> atCap = context.Render<MemberForm>(p => p
            .Add(f => f.Existing, new Member("GHA", "Ghana", RegionalGroup.AfricanStates, people))
            .Add(f => f.OnSave, (_, _) => Task.FromResult(true)));
        IRenderedComponent<MemberForm> belowCap = context.Render<MemberForm>(p => p
            .Add(f => f.Existing, new Member("GHA", "Ghana", RegionalGroup.AfricanStates, people[1..]))
            .Add(f => f.OnSave, (_, _) => Task.FromResult(true)));

        Assert.DoesNotContain(atCap.FindAll("fluent-button"), b => b.TextContent.Contains("Add a focal point", StringComparison.Ordinal));
        Assert.Contains(belowCap.FindAll("fluent-button"), b => b.TextContent.Contains("Add a focal point", StringComparison.Ordinal));
    }

    [Fact]
    public void Choosing_a_country_fills_its_UN_name_and_regional_group_and_saving_sends_the_focal_points()
    {
        using var context = new Context("en");
        (string Iso3, MemberInput Body)? sent = null;
        IRenderedComponent<MemberForm> form = context.Render<MemberForm>(p => p.Add(f => f.OnSave, (iso3, body) =>
        {
            sent = (iso3, body);
            return Task.FromResult(true);
        }));

        form.Find("#member-iso3").Change("GHA");
        form.Find("#focal-point-0-name").Change("Ama Mensah");
        form.Find("#focal-point-0-email").Change(" ama@example.gh ");
        form.Find("#focal-point-0-language").Change(nameof(Language.Fr));
        form.Find("#focal-point-0-zone").Change("Africa/Accra");
        form.Find("form").Submit();

        Assert.NotNull(sent);
        Assert.Equal("GHA", sent.Value.Iso3);
        Assert.Equal("Ghana", sent.Value.Body.Name);
        Assert.Equal(RegionalGroup.AfricanStates, sent.Value.Body.RegionalGroup);
        Assert.Equal([new ContactInput("Ama Mensah", "ama@example.gh", Language.Fr, "Africa/Accra")], sent.Value.Body.FocalPoints);
    }

    [Fact]
    public void Languages_are_named_in_themselves_and_the_servers_error_shows_at_the_focal_points_field()
    {
        using var context = new Context("fr");
        var problem = new Problem(400, null, null, new Dictionary<string, string[]> { ["$.focalPoints[0].timeZone"] = ["An IANA time zone such as Africa/Accra is required."] });

        IRenderedComponent<MemberForm> form = context.Render<MemberForm>(p => p
            .Add(f => f.Existing, new Member("GHA", "Ghana", RegionalGroup.AfricanStates, [new Contact("Ama Mensah", "ama@example.gh", Language.En, "Accra")]))
            .Add(f => f.Problem, problem)
            .Add(f => f.OnSave, (_, _) => Task.FromResult(false)));

        string[] languages = form.FindAll("#focal-point-0-language option").Select(o => o.TextContent).Skip(1).ToArray();
        Assert.Equal(["العربية", "中文", "English", "Français", "Русский", "Español"], languages);
        Assert.Equal("Fuseau horaire", form.Find("label[for=focal-point-0-zone]").TextContent);
        Assert.Contains("focal-point-0-zone-error", form.Find("#focal-point-0-zone").GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("An IANA time zone such as Africa/Accra is required.", form.Find("#focal-point-0-zone-error").TextContent.Trim());
        Assert.Equal("Pays (État Membre de l'ONU)", form.Find("label[for=member-iso3]").TextContent);
        Assert.True(form.Find("#member-iso3").HasAttribute("disabled"));
    }

    private sealed class Context(string culture) : PortalTestContext(culture);
}
