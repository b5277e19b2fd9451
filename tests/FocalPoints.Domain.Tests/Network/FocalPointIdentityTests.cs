using FocalPoints.Domain.Network;

namespace FocalPoints.Domain.Tests.Network;

/// <summary>Which directory entry a signed-in person matches: the object id once recorded, the e-mail until then.</summary>
public sealed class FocalPointIdentityTests
{
    private const string OidA = "00000000-0000-0000-0000-00000000000a";
    private const string OidB = "00000000-0000-0000-0000-00000000000b";

    private static Contact Ama(string? objectId = null) => new("Ama", "ama@gov.gh", Language.En, "Africa/Accra") { ObjectId = objectId };

    private static Member Ghana(params Contact[] focalPoints) => new("GHA", "Ghana", RegionalGroup.AfricanStates, focalPoints);

    [Fact]
    public void Contact_without_object_id_matches_by_email_whatever_the_callers_oid()
    {
        Member ghana = Ghana(Ama());

        Assert.True(ghana.HasFocalPoint("AMA@gov.gh", null));
        Assert.True(ghana.HasFocalPoint("ama@gov.gh", OidA));
        Assert.False(ghana.HasFocalPoint("kofi@gov.gh", OidA));
    }

    [Fact]
    public void Contact_with_object_id_matches_only_that_object_id()
    {
        Member ghana = Ghana(Ama(OidA));

        Assert.True(ghana.HasFocalPoint("ama@gov.gh", OidA));
        Assert.True(ghana.HasFocalPoint("ama@gov.gh", OidA.ToUpperInvariant()));
        Assert.False(ghana.HasFocalPoint("ama@gov.gh", OidB));
        Assert.False(ghana.HasFocalPoint("ama@gov.gh", null));
    }

    [Fact]
    public void Object_id_is_recorded_on_the_contact_matched_by_email()
    {
        Member ghana = Ghana(new Contact("Kofi", "kofi@gov.gh", Language.Fr, "Africa/Accra"), Ama());

        Member? recorded = ghana.RecordObjectId("AMA@GOV.GH", OidA);

        Assert.NotNull(recorded);
        Assert.Null(recorded.FocalPoints[0].ObjectId);
        Assert.Equal(OidA, recorded.FocalPoints[1].ObjectId);
        Assert.Equal(ghana.FocalPoints[1] with { ObjectId = OidA }, recorded.FocalPoints[1]);
        Assert.True(recorded.HasFocalPoint("ama@gov.gh", OidA));
        Assert.False(recorded.HasFocalPoint("ama@gov.gh", OidB));
    }

    [Fact]
    public void Nothing_is_recorded_once_known_or_when_the_email_is_not_a_focal_point()
    {
        Assert.Null(Ghana(Ama(OidA)).RecordObjectId("ama@gov.gh", OidA));
        Assert.Null(Ghana(Ama(OidA)).RecordObjectId("ama@gov.gh", OidB));
        Assert.Null(Ghana(Ama()).RecordObjectId("kofi@gov.gh", OidA));
        Assert.Null(Ghana(Ama()).RecordObjectId("ama@gov.gh", " "));
    }

    [Fact]
    public void Object_id_already_recorded_on_another_contact_is_not_recorded_twice()
    {
        Member ghana = Ghana(new Contact("Kofi", "kofi@gov.gh", Language.Fr, "Africa/Accra") { ObjectId = OidA }, Ama());

        Assert.Null(ghana.RecordObjectId("ama@gov.gh", OidA));
    }

    [Fact]
    public void Resaved_member_keeps_object_ids_of_contacts_with_the_same_email()
    {
        Member stored = Ghana(Ama(OidA), new Contact("Kofi", "kofi@gov.gh", Language.Fr, "Africa/Accra") { ObjectId = OidB });
        Member saved = Ghana(
            new Contact("Ama Mensah", "AMA@gov.gh", Language.Fr, "Europe/Paris"),
            new Contact("Kofi", "kofi.new@gov.gh", Language.Fr, "Africa/Accra"),
            new Contact("Esi", "esi@gov.gh", Language.En, "Africa/Accra"));

        Member kept = saved.KeepingObjectIdsOf(stored);

        Assert.Equal([OidA, null, null], kept.FocalPoints.Select(c => c.ObjectId));
        Assert.Equal("Ama Mensah", kept.FocalPoints[0].Name);
        Assert.Same(saved, saved.KeepingObjectIdsOf(null));
    }
}
