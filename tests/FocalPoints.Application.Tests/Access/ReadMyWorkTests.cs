using FocalPoints.Application.Access;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Tests.Network;
using FocalPoints.Domain.Network;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace FocalPoints.Application.Tests.Access;

public sealed class ReadMyWorkTests
{
    private const string OidA = "00000000-0000-0000-0000-00000000000a";
    private const string OidB = "00000000-0000-0000-0000-00000000000b";

    private readonly InMemoryDirectory directory = new();

    public ReadMyWorkTests() =>
        directory.PutMemberAsync(new Member("GHA", "Ghana", RegionalGroup.AfricanStates, [new Contact("Ama", "ama@gov.gh", Language.En, "Africa/Accra")]), CancellationToken.None);

    private static Caller Ama(string? objectId) => new("Ama", "AMA@gov.gh", new HashSet<string> { Roles.FocalPoint }) { ObjectId = objectId };

    private async Task<IReadOnlyList<string>> CountriesOfAsync(Caller caller)
    {
        var reviews = new Mock<IPeerReviewStore>();
        reviews.Setup(r => r.ListSessionsAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        Outcome<MyWork> work = await new ReadMyWork(new AccessControl(directory), reviews.Object, directory, NullLogger<ReadMyWork>.Instance)
            .ExecuteAsync(caller, CancellationToken.None);
        return [.. work.Value.Countries.Select(m => m.Iso3)];
    }

    [Fact]
    public async Task Sign_in_with_an_object_id_records_it_and_from_then_on_only_it_matches()
    {
        Assert.Equal(["GHA"], await CountriesOfAsync(Ama(OidA)));

        Assert.Equal(OidA, directory["GHA"]!.FocalPoints[0].ObjectId);
        Assert.Equal(["GHA"], await CountriesOfAsync(Ama(OidA)));
        Assert.Empty(await CountriesOfAsync(Ama(OidB)));
        Assert.Empty(await CountriesOfAsync(Ama(null)));
        Assert.Equal(OidA, directory["GHA"]!.FocalPoints[0].ObjectId);
    }

    [Fact]
    public async Task Sign_in_without_an_object_id_records_nothing()
    {
        Assert.Equal(["GHA"], await CountriesOfAsync(Ama(null)));

        Assert.Null(directory["GHA"]!.FocalPoints[0].ObjectId);
    }

    [Fact]
    public async Task A_change_in_between_skips_the_recording_until_the_next_sign_in()
    {
        Member renamed = directory["GHA"]! with { Name = "Republic of Ghana" };
        directory.BeforeReplace = () =>
        {
            directory.BeforeReplace = null;
            directory.PutMemberAsync(renamed, CancellationToken.None);
        };

        Assert.Equal(["GHA"], await CountriesOfAsync(Ama(OidA)));
        Assert.Equal(renamed, directory["GHA"]);
        Assert.Null(directory["GHA"]!.FocalPoints[0].ObjectId);

        Assert.Equal(["GHA"], await CountriesOfAsync(Ama(OidA)));
        Assert.Equal(OidA, directory["GHA"]!.FocalPoints[0].ObjectId);
        Assert.Equal("Republic of Ghana", directory["GHA"]!.Name);
    }
}
