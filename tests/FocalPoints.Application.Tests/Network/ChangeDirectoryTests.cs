using FocalPoints.Application.Network;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Tests.Strategies;
using FocalPoints.Domain.Network;

namespace FocalPoints.Application.Tests.Network;

public sealed class ChangeDirectoryTests
{
    private const string OidA = "00000000-0000-0000-0000-00000000000a";

    [Fact]
    public async Task Resaving_a_member_keeps_the_object_id_of_a_contact_whose_email_is_unchanged()
    {
        var directory = new InMemoryDirectory();
        await directory.PutMemberAsync(new Member("GHA", "Ghana", RegionalGroup.AfricanStates, [
            new Contact("Ama", "ama@gov.gh", Language.En, "Africa/Accra") { ObjectId = OidA },
            new Contact("Kofi", "kofi@gov.gh", Language.En, "Africa/Accra") { ObjectId = "00000000-0000-0000-0000-00000000000b" },
        ]), CancellationToken.None);
        var input = new MemberInput("Ghana", RegionalGroup.AfricanStates, [
            new ContactInput("Ama Mensah", "Ama@Gov.gh", Language.Fr, "Africa/Accra"),
            new ContactInput("Kofi", "kofi.new@gov.gh", Language.En, "Africa/Accra"),
        ]);

        Outcome<Member> saved = await new ChangeDirectory(directory)
            .SaveMemberAsync(StrategyWorld.Coordinator, "GHA", _ => Task.FromResult<Outcome<MemberInput>>(input), CancellationToken.None);

        Assert.Null(saved.Failure);
        Assert.Equal([OidA, null], directory["GHA"]!.FocalPoints.Select(c => c.ObjectId));
        Assert.Equal("Ama Mensah", directory["GHA"]!.FocalPoints[0].Name);
    }
}
