using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;
using FocalPoints.Portal.Components.Forms;
using FocalPoints.Portal.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace FocalPoints.Portal.Tests.Components.Forms;

public sealed class FieldErrorsTests : PortalTestContext
{
    [Theory]
    [InlineData("$.riskFactors[3].evidence", "f-riskFactors-3-evidence")]
    [InlineData("$.politicalSupport.legislativeEngagement[0].description", "f-politicalSupport-legislativeEngagement-0-description")]
    [InlineData("$.actions", "f-actions")]
    [InlineData("$", "f-root")]
    public void A_path_has_a_stable_element_id(string path, string id) => Assert.Equal(id, FieldErrors.IdFor(path));

    [Fact]
    public void Errors_are_in_form_order_with_item_numbers_compared_as_numbers()
    {
        var errors = new ValidationErrors();
        errors.Add("$.resilience[0].capacity", ValidationCodes.Required, "Required.");
        errors.Add("$.riskFactors[10].rating", ValidationCodes.Required, "Required.");
        errors.Add("$.riskFactors[2].rating", ValidationCodes.Required, "Required.");

        FieldErrors result = FieldErrors.From(errors, Text());

        Assert.Equal(["$.riskFactors[2].rating", "$.riskFactors[10].rating", "$.resilience[0].capacity"], result.All.Select(m => m.Path));
    }

    [Fact]
    public void A_code_without_a_translation_falls_back_to_the_rules_english_message()
    {
        var errors = new ValidationErrors();
        errors.Add("$.x", "SomeNewRule", "A message from a newer rule.");
        errors.Add("$.riskFactors", ValidationCodes.RiskFactorMissing, "RF3 (Weakness of State structures) is missing.", "RF3");
        errors.Add("$.actions", ValidationCodes.HighRiskNotAddressed, "RF9 was rated severe in the approved risk assessment; some action must address it.", "RF9", RiskRating.Severe);

        FieldErrors result = FieldErrors.From(errors, Text());

        Assert.Equal(["A message from a newer rule."], result.For("$.x"));
        Assert.Equal(["RF3 — Weakness of State structures is missing."], result.For("$.riskFactors"));
        Assert.Equal(["RF9 was rated Severe in the approved risk assessment; some action must address it."], result.For("$.actions"));
    }

    private ValidationText Text() =>
        new(Services.GetRequiredService<IStringLocalizer<ValidationText>>(), Services.GetRequiredService<Vocabulary>());
}
