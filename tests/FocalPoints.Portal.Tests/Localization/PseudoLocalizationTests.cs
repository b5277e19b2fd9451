using FocalPoints.Portal.Localization;

namespace FocalPoints.Portal.Tests.Localization;

public sealed class PseudoLocalizationTests
{
    [Fact]
    public void Every_letter_is_changed_and_the_text_is_marked() =>
        Assert.Equal("⟦Šîĝñ îñ ţö ƑöçåļÞöîñţš⟧", PseudoLocalization.Transform("Sign in to FocalPoints"));

    [Fact]
    public void Placeholders_and_their_formats_are_kept() =>
        Assert.Equal("⟦Åţ ɱöšţ {0:N0} çĥåŕåçţéŕš (ţĥîš ĥåš {1:N0}).⟧", PseudoLocalization.Transform("At most {0:N0} characters (this has {1:N0})."));

    [Fact]
    public void No_ASCII_letter_is_left_outside_placeholders()
    {
        string text = PseudoLocalization.Transform("The quick brown fox jumps over the lazy dog: THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG {0}");

        Assert.DoesNotMatch("[A-Za-z]", text.Replace("{0}", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5123/", true)]
    [InlineData("http://localhost:7071/", true)]
    [InlineData("https://focalpoints.example.org/", false)]
    public void It_is_allowed_only_on_a_portal_served_from_this_machine(string baseAddress, bool allowed) =>
        Assert.Equal(allowed, PseudoLocalization.Allowed(baseAddress));
}
