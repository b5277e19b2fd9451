using FocalPoints.Domain.Network;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.Tests.Network;

public class UnMemberStatesTests
{
    [Fact]
    public void Exactly_193_member_states_with_unique_codes()
    {
        Assert.Equal(193, UnMemberStates.All.Count);
        Assert.Equal(193, UnMemberStates.All.Select(s => s.Iso3).Distinct().Count());
        Assert.All(UnMemberStates.All, s => Assert.Matches("^[A-Z]{3}$", s.Iso3));
    }

    [Theory]
    [InlineData(RegionalGroup.AfricanStates, 54)]
    [InlineData(RegionalGroup.AsiaPacificStates, 54)]
    [InlineData(RegionalGroup.EasternEuropeanStates, 23)]
    [InlineData(RegionalGroup.LatinAmericanAndCaribbeanStates, 33)]
    [InlineData(RegionalGroup.WesternEuropeanAndOtherStates, 29)]
    public void Regional_groups_have_their_members(RegionalGroup group, int count) =>
        Assert.Equal(count, UnMemberStates.All.Count(s => s.RegionalGroup == group));

    [Theory]
    [InlineData("PSE")] // observer state
    [InlineData("VAT")] // observer state
    [InlineData("TWN")]
    [InlineData("XKX")]
    [InlineData("gha")]
    [InlineData("")]
    public void Non_members_are_refused(string code) => Assert.False(UnMemberStates.IsMember(code));

    [Fact]
    public void Names_keep_their_letters() =>
        Assert.True(UnMemberStates.TryGet("CIV", out var civ) && civ.Name == "Côte d'Ivoire" && UnMemberStates.TryGet("TUR", out var tur) && tur.Name == "Türkiye");

    [Fact]
    public void Member_with_bad_contact_is_refused()
    {
        var errors = new ValidationErrors();
        Member? member = DirectoryRules.ValidateMember("GHA", new MemberInput("Ghana", RegionalGroup.AfricanStates, [new ContactInput("Ama", "not-an-email", Language.En, "Mars/Olympus")]), errors);
        Assert.Null(member);
        var e = errors.ToDictionary();
        Assert.True(e.ContainsKey("$.focalPoints[0].email"));
        Assert.True(e.ContainsKey("$.focalPoints[0].timeZone"));
    }

    [Fact]
    public void Valid_member_is_accepted()
    {
        var errors = new ValidationErrors();
        Member? member = DirectoryRules.ValidateMember("GHA", new MemberInput("Ghana", RegionalGroup.AfricanStates, [new ContactInput("Ama", "ama@gov.gh", Language.En, "Africa/Accra")]), errors);
        Assert.NotNull(member);
        Assert.True(member.HasFocalPoint("AMA@GOV.GH", objectId: null));
    }
}
