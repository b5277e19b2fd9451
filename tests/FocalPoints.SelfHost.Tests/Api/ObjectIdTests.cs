using System.Net;
using FocalPoints.Testing.Hosts;

namespace FocalPoints.SelfHost.Tests.Api;

/// <summary>One Azurite and one self-host with GHA registered, its focal point not yet signed in.</summary>
public sealed class ObjectIdHostFixture : HostFixture
{
    protected override Task SeedAsync() => Network.RegisterAsync("GHA");
}

/// <summary>A focal point's country rests on their Entra object id once their first sign-in recorded it.</summary>
public sealed class ObjectIdTests(ObjectIdHostFixture host) : IClassFixture<ObjectIdHostFixture>
{
    private const string Member = "/api/network/members/GHA";
    private static readonly string Email = Principals.FocalPointEmail("GHA");
    private static readonly string OidA = Principals.FocalPoint(Email, "3f2a9c1e-0000-4000-8000-00000000000a");
    private static readonly string OidB = Principals.FocalPoint(Email.ToUpperInvariant(), "3f2a9c1e-0000-4000-8000-00000000000b");
    private static readonly string NoOid = Principals.FocalPoint(Email, objectId: null);

    [Fact(Timeout = 60_000)]
    public async Task First_sign_in_records_the_object_id_and_the_same_email_with_another_or_none_is_refused()
    {
        Assert.Equal(["GHA"], await CountriesAsync(OidA));
        ApiResponse own = await host.Host.Api.GetAsync(Member, OidA);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.DoesNotContain("3f2a9c1e", own.ToString(), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync(Member, OidB)).Status);
        Assert.Empty(await CountriesAsync(OidB));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync(Member, NoOid)).Status);
        Assert.Empty(await CountriesAsync(NoOid));

        await host.Network.RegisterAsync("GHA");
        ApiResponse coordinatorsView = await host.Host.Api.GetAsync(Member, NetworkScenario.Coordinator);
        Assert.DoesNotContain("3f2a9c1e", coordinatorsView.ToString(), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.OK, (await host.Host.Api.GetAsync(Member, OidA)).Status);
        Assert.Equal(["GHA"], await CountriesAsync(OidA));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Host.Api.GetAsync(Member, OidB)).Status);
    }

    private async Task<IReadOnlyList<string>> CountriesAsync(string principal)
    {
        ApiResponse me = await host.Host.Api.GetAsync("/api/me", principal);
        Assert.Equal(HttpStatusCode.OK, me.Status);
        return [.. me.Json!["countries"]!.AsArray().Select(c => (string)c!["country"]!)];
    }
}
