using System.Text;
using FocalPoints.Api.Http;
using FocalPoints.Application.Access;

namespace FocalPoints.Api.Tests.Http;

/// <summary>The principal header in both shapes Azure sends it: App Service's claims and Static Web Apps' user details.</summary>
public class ClientPrincipalTests
{
    private static string Base64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Static_web_apps_shape_gives_the_user_details_as_email_and_the_roles_without_the_built_in_ones()
    {
        string header = Base64("""{"identityProvider":"aad","userId":"d75b260a64504067bfc5b2905e3b8182","userDetails":"ama@x.org","userRoles":["anonymous","authenticated","FocalPoint"]}""");

        Caller? caller = ClientPrincipal.Parse(header);

        Assert.NotNull(caller);
        Assert.Equal("ama@x.org", caller.Email);
        Assert.Equal("ama@x.org", caller.Name);
        Assert.Equal(["FocalPoint"], caller.RoleNames);
        Assert.True(caller.IsFocalPoint);
    }

    [Fact]
    public void App_service_shape_still_reads_the_claims()
    {
        string header = Base64("""{"auth_typ":"aad","name_typ":"name","role_typ":"roles","claims":[{"typ":"preferred_username","val":"coord@x.org"},{"typ":"name","val":"Coord"},{"typ":"roles","val":"Coordinator"}]}""");

        Caller? caller = ClientPrincipal.Parse(header);

        Assert.NotNull(caller);
        Assert.Equal("coord@x.org", caller.Email);
        Assert.Equal("Coord", caller.Name);
        Assert.Equal(["Coordinator"], caller.RoleNames);
    }

    [Fact]
    public void Both_encoders_round_trip()
    {
        Caller appService = ClientPrincipal.Parse(ClientPrincipal.Encode("a@x.org", Roles.Coordinator))!;
        Caller staticWebApps = ClientPrincipal.Parse(ClientPrincipal.EncodeStaticWebApps("aad", "id1", "b@x.org", Roles.PeerReviewer, "authenticated"))!;

        Assert.Equal("a@x.org", appService.Email);
        Assert.Equal([Roles.Coordinator], appService.RoleNames);
        Assert.Equal("b@x.org", staticWebApps.Email);
        Assert.Equal([Roles.PeerReviewer], staticWebApps.RoleNames);
        Assert.Contains("\"userRoles\":[\"anonymous\",\"authenticated\",\"PeerReviewer\"]", Encoding.UTF8.GetString(Convert.FromBase64String(ClientPrincipal.EncodeStaticWebApps("aad", "id1", "b@x.org", Roles.PeerReviewer))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bnVsbA==")] // null
    [InlineData("W10=")] // []
    [InlineData("e30=")] // {}
    [InlineData("IiI=")] // ""
    [InlineData("{\"userDetails\":5}")]
    [InlineData("{\"userDetails\":\"  \",\"userRoles\":[\"Coordinator\"]}")]
    [InlineData("{\"userDetails\":\"a@x.org\",\"userRoles\":\"Coordinator\"}")]
    [InlineData("{\"claims\":5}")]
    [InlineData("{\"claims\":[5]}")]
    [InlineData("{\"userDetails\":\"a@x.org\"")]
    public void A_malformed_principal_is_no_principal(string value)
    {
        string header = value.StartsWith('{') ? Base64(value) : value;

        Assert.Null(ClientPrincipal.Parse(header));
    }

    [Theory]
    [InlineData("{\"claims\":[null]}")]
    [InlineData("{\"claims\":[null,{\"typ\":\"roles\",\"val\":\"Coordinator\"},{\"typ\":\"email\",\"val\":\"a@x.org\"}]}")]
    [InlineData("{\"claims\":[{\"typ\":\"roles\",\"val\":\"Coordinator\"}]}")] // nobody: no e-mail, no name
    [InlineData("{\"claims\":[{\"typ\":\"roles\",\"val\":5}]}")]
    [InlineData("{\"claims\":[{\"typ\":[\"roles\"],\"val\":\"Coordinator\"}]}")]
    [InlineData("{\"claims\":[{\"typ\":\"email\",\"val\":\"a@x.org\"}],\"auth_typ\":{}}")]
    [InlineData("{\"userDetails\":\"a@x.org\",\"userRoles\":[null,\"Coordinator\"]}")]
    [InlineData("{\"userDetails\":[\"a@x.org\"]}")]
    [InlineData("{\"userDetails\":\"a@x.org\",\"userRoles\":[5]}")]
    [InlineData("{\"userDetails\":\"a@x.org\",\"userDetails\":\"b@x.org\"}")] // which one?
    [InlineData("eyJ1c2VyRGV0YWlscyI6ImFAeC5vcmci")] // base64 of JSON cut short
    [InlineData("////")] // base64 of bytes that are not UTF-8
    [InlineData("bm90IGpzb24=")] // "not json"
    [InlineData("e30")] // base64 missing its padding
    public void A_principal_that_is_not_well_formed_in_every_part_is_no_principal(string value)
    {
        string header = value.StartsWith('{') ? Base64(value) : value;

        Assert.Null(ClientPrincipal.Parse(header));
    }
}
