using System.Net;
using System.Text.RegularExpressions;
using FocalPoints.Api.Summaries;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Summaries;
using Markdig;

namespace FocalPoints.Api.Tests.Summaries;

/// <summary>
/// A web or e-mail address written by a country or a coordinator is shown as written but is never a
/// live link: Markdown viewers turn bare <c>https://…</c>, <c>www.…</c> and <c>someone@example.org</c>
/// into links (Markdig's AutoLinks, GitHub's autolinks), which would let anyone plant a phishing link in a
/// peer-review summary. Every edition of both summaries, in Markdown and in HTML.
/// </summary>
public sealed partial class HostileTextTests
{
    private const string SvgNamespace = "xmlns=\"http://www.w3.org/2000/svg\"";

    /// <summary>What a person writes, and the address a reader must still see in it.</summary>
    public static TheoryData<string, string, SummaryAudience> Addresses()
    {
        (string Text, string Visible)[] addresses =
        [
            ("https://evil.example/login", "https://evil.example/login"),
            ("http://x.y", "http://x.y"),
            ("www.evil.example", "www.evil.example"),
            ("ftp://files.evil.example/a", "ftp://files.evil.example/a"),
            ("mailto:a@b.c", "mailto:a@b.c"),
            ("user@evil.example", "user@evil.example"),
            ("HTTPS://EVIL.EXAMPLE/LOGIN", "HTTPS://EVIL.EXAMPLE/LOGIN"),
            ("WwW.Evil.Example", "WwW.Evil.Example"),
            ("see (https://evil.example/login) now", "(https://evil.example/login)"),
            ("see (www.evil.example) now", "(www.evil.example)"),
            ("*https://evil.example/login* _www.evil.example_ ~user@evil.example~", "https://evil.example/login"),
            ("<https://evil.example/login>", "<https://evil.example/login>"),
            ("<user@evil.example>", "<user@evil.example>"),
            ("[x]\n\n[x]: https://evil.example/login\n", "https://evil.example/login"),
            ("tel:+15551234567", "tel:+15551234567"),
            ("xmpp:user@evil.example/desk", "xmpp:user@evil.example/desk"),
            ("user&#64;evil.example", "user&#64;evil.example"),
            ("https&#58;//evil.example/login", "https&#58;//evil.example/login"),
            ("Call https:\\//evil.example", "https:\\//evil.example"),
        ];
        var data = new TheoryData<string, string, SummaryAudience>();
        foreach ((string text, string visible) in addresses)
        {
            data.Add(text, visible, SummaryAudience.Internal);
            data.Add(text, visible, SummaryAudience.PeerReviewers);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public void Country_summary_shows_an_address_but_never_links_it(string text, string visible, SummaryAudience audience)
    {
        CountrySummary country = Country(text, audience);

        AssertShownNotLinked(Markdown.ToHtml(SummaryMarkdown.Render(country, Readers.English), Viewer), visible);
        AssertNotLinkedInSource(SummaryMarkdown.Render(country, Readers.English), text);
        string html = SummaryHtml.Render(country, Readers.English);
        AssertShownNotLinked(html, visible);
        AssertNotLinkedInSource(html, text);
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public void Comparative_summary_shows_an_address_but_never_links_it(string text, string visible, SummaryAudience audience)
    {
        var session = new PeerReviewSession("s1", $"Session {text}", new DateOnly(2027, 10, 1), "2027", ["CIV"], null, ["r@x.example"], DateTime.UnixEpoch);
        var outcomes = new FollowUps(
            [new Recommendation("s1", "2027", "CIV", 1, $"Recommend {text}", RecommendationStatus.Accepted, new DateOnly(2028, 1, 1))],
            [new CountryResponse("s1", "2027", "CIV", $"Response {text}", "fp@civ.example", DateTime.UnixEpoch)]);
        CountrySummary country = Country(text, audience);

        string markdown = ComparativeSummary.Markdown(session, [country], outcomes, Today, audience, Readers.English);
        AssertShownNotLinked(Markdown.ToHtml(markdown, Viewer), visible);
        AssertNotLinkedInSource(markdown, text);
        string html = ComparativeSummary.Html(session, [country], outcomes, Today, audience, Readers.English);
        AssertShownNotLinked(html, visible);
        AssertNotLinkedInSource(html, text);
    }

    [Fact]
    public void The_products_own_markup_keeps_its_addresses()
    {
        // The escaping is for person text only: the chart's namespace, written by the product, is untouched.
        string html = SummaryHtml.Render(Country("www.evil.example", SummaryAudience.Internal), Readers.English);

        Assert.Contains(SvgNamespace, html, StringComparison.Ordinal);
    }

    /// <summary>The rendered page has no anchor at all (no summary links anywhere), yet reads as written.</summary>
    private static void AssertShownNotLinked(string html, string visible)
    {
        Assert.DoesNotMatch(Anchor(), html);
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);

        // What a reader sees: the text of the page, with the invisible word joiner that breaks e-mail autolinks left out.
        string seen = WebUtility.HtmlDecode(Tag().Replace(html, string.Empty)).Replace("\u2060", string.Empty, StringComparison.Ordinal);
        Assert.Contains(visible, seen, StringComparison.Ordinal);
    }

    /// <summary>
    /// Not even the source holds the address as written, so a viewer that links bare text (GitHub's extended
    /// e-mail autolinks read the text after escapes are resolved) has nothing to find.
    /// </summary>
    private static void AssertNotLinkedInSource(string source, string text)
    {
        // The charts' namespace is the product's own text, and no link.
        source = source.Replace(SvgNamespace, string.Empty, StringComparison.Ordinal);
        foreach (Match address in SourceAddress().Matches(text))
        {
            Assert.DoesNotContain(address.Value, source, StringComparison.OrdinalIgnoreCase);
        }
    }

    [GeneratedRegex(@"<a[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    // The recognisable core of each planted address: a scheme and its colon, "www.", or the "@" of an e-mail.
    [GeneratedRegex(@"[a-z]+:[/+a-z]|www\.|[a-z]@[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAddress();
}
