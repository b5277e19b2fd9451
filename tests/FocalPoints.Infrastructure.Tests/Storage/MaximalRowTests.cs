using System.Text;
using Azure.Data.Tables;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;
using FocalPoints.Infrastructure.Storage;
using Xunit.Abstractions;

namespace FocalPoints.Infrastructure.Tests.Storage;

/// <summary>
/// A row at every cap of <see cref="ContentLimits"/>, with every text at its longest in the characters
/// that canonical JSON writes longest (12 characters for a character outside the Basic Multilingual
/// Plane), fits Azure's 64 KiB property and 1 MiB entity: Azurite does not enforce them, so the caps
/// are tested, not the emulator.
/// </summary>
public sealed class MaximalRowTests(ITestOutputHelper output)
{
    private const string Wide = "\U0001F600";

    /// <summary>Text of <paramref name="length"/> UTF-16 characters (what the length rules count), all outside the BMP.</summary>
    private static string WideText(int length) => string.Concat(Enumerable.Repeat(Wide, length / 2));

    /// <summary>The longest e-mail address the rules accept, in the widest characters they accept, distinct by <paramref name="i"/>.</summary>
    private static string WorstEmail(int i)
    {
        string domain = $"@{i:D2}.example";
        string[] candidates = [WideText(254 - domain.Length) + domain, "\"" + new string('a', 254 - domain.Length - 2) + "\"" + domain, new string('a', 254 - domain.Length) + domain];
        return candidates.First(DirectoryRules.IsEmail);
    }

    private static readonly string LongestTimeZone = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(DirectoryRules.IsTimeZone).MaxBy(id => id.Length)!;

    private static ContactInput[] Contacts(int count) =>
        Enumerable.Range(1, count).Select(i => new ContactInput(WideText(ContentLimits.ContactNameLength), WorstEmail(i), Language.Zh, LongestTimeZone)).ToArray();

    private void AssertFits(TableEntity entity)
    {
        Assert.Same(entity, EntitySize.Checked(entity));
        foreach (KeyValuePair<string, object> property in entity.Where(p => p.Value is string))
        {
            int bytes = 2 * ((string)property.Value).Length;
            output.WriteLine($"{property.Key}: {bytes:N0} of {EntitySize.MaxPropertyBytes:N0} bytes");
            Assert.True(bytes <= EntitySize.MaxPropertyBytes, $"{property.Key} holds {bytes} bytes");
        }

        Assert.True(EntitySize.Of(entity) <= EntitySize.MaxEntityBytes);
    }

    [Fact]
    public void A_member_with_every_focal_point_the_cap_allows_fits_one_row()
    {
        var errors = new ValidationErrors();
        Member? member = DirectoryRules.ValidateMember("GHA", new MemberInput(WideText(TextLimits.MaxTextLength), RegionalGroup.LatinAmericanAndCaribbeanStates, Contacts(ContentLimits.FocalPointsPerMember)), errors);

        Assert.True(errors.IsEmpty, string.Join("; ", errors.Entries.Select(e => $"{e.Path}: {e.Message}")));
        output.WriteLine($"e-mail: {member!.FocalPoints[0].Email.Length} characters, time zone {LongestTimeZone}");
        AssertFits(TableDirectoryStore.MemberEntity(member));
    }

    [Fact]
    public void Every_coordinator_the_cap_allows_fits_one_row()
    {
        var errors = new ValidationErrors();
        IReadOnlyList<Contact>? coordinators = DirectoryRules.ValidateCoordinators(new CoordinatorsInput(Contacts(ContentLimits.Coordinators)), errors);

        Assert.True(errors.IsEmpty, string.Join("; ", errors.Entries.Select(e => $"{e.Path}: {e.Message}")));
        AssertFits(TableDirectoryStore.CoordinatorsEntity(coordinators!));
    }

    [Fact]
    public void A_session_with_every_country_and_reviewer_the_caps_allow_fits_one_row()
    {
        Dictionary<string, RegionalGroup?> cycle = UnMemberStates.All.ToDictionary(s => s.Iso3, _ => (RegionalGroup?)RegionalGroup.WesternEuropeanAndOtherStates);
        string[] reviewers = Enumerable.Range(1, ContentLimits.Reviewers).Select(WorstEmail).ToArray();
        var input = new PeerReviewInput(WideText(ContentLimits.SessionTitleLength), new DateOnly(2027, 9, 15), new string('c', 32), cycle.Keys.Take(ContentLimits.SessionCountries).ToArray(), null, reviewers);
        var errors = new ValidationErrors();

        PeerReviewSession? session = PeerReviewRules.Validate(input, cycle, "pr-" + new string('f', 16), DateTime.UtcNow, errors);

        Assert.True(errors.IsEmpty, string.Join("; ", errors.Entries.Select(e => $"{e.Path}: {e.Message}")));
        Assert.Equal(ContentLimits.SessionCountries, session!.Countries.Count);
        AssertFits(TablePeerReviewStore.SessionEntity(session with { RegionalGroup = RegionalGroup.WesternEuropeanAndOtherStates }));
    }

    [Fact]
    public void Step_content_at_its_stored_size_fits_one_row_even_if_it_does_not_compress()
    {
        // Text that Brotli cannot shrink: random characters of the BMP, as much as the stored size allows.
        var random = new Random(18);
        var text = new StringBuilder();
        while (3 * text.Length < ContentLimits.ContentBytes - 100)
        {
            text.Append((char)random.Next(0x4E00, 0x9FFF));
        }

        string json = StepContentJson.Serialize(new ActionPrioritisationContent([new PrioritisedAction(text.ToString(), null, null, null, null, null, null, null)], Sharing.Network));
        var entity = new TableEntity("cycle|GHA", "draft|actionPrioritisation");

        ContentChunks.Write(entity, json);

        output.WriteLine($"{Encoding.UTF8.GetByteCount(json):N0} bytes of JSON stored in {EntitySize.Of(entity):N0}");
        Assert.Same(entity, EntitySize.Checked(entity));
    }
}
