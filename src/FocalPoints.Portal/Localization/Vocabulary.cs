using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FocalPoints.Domain.Framework;
using Microsoft.Extensions.Localization;

namespace FocalPoints.Portal.Localization;

/// <summary>
/// The portal's shared words in the person's language: the domain's (steps, statuses, ratings, every
/// enum of the step contents), the names of a step content's fields, and the words many pages use
/// (Country, Cycle, Status, Due, Remove, Loading…). One place, so a thing is called the same on every
/// page and a new language translates it once; a component's own resources keep only what is unique
/// to it. The Framework's risk factors, indicators and restraints are the domain's own vocabulary
/// (<see cref="FrameworkTerms"/>), read here in the UI culture. Every component has it as
/// <c>Words</c> (<c>_Imports.razor</c>).
/// </summary>
public sealed class Vocabulary(IStringLocalizer<Vocabulary> text)
{
    /// <summary>A shared word by key, e.g. <c>Words["Country"]</c> → "Country" / "Pays" / "País".</summary>
    public LocalizedString this[string key] => text[key];

    /// <summary>A shared phrase with its placeholders filled, e.g. <c>Words["Version", 3]</c> → "Version 3".</summary>
    public LocalizedString this[string key, params object[] arguments] => text[key, arguments];

    /// <summary>An enum value's name, e.g. <c>RiskRating.High</c> → "High" / "Élevé" / "Alto".</summary>
    public string this[Enum value] => text[$"{value.GetType().Name}.{value}"];

    /// <summary>A risk factor's or restraint's full name by id (<c>RF9</c>, <c>R3</c>) in the UI language; the id itself if the Framework has none such.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Read on the injected Words like every other shared word.")]
    public string Framework(string id) =>
        Shown(RiskFactors.Find(id)?.Name(CultureInfo.CurrentUICulture) ?? Restraints.Find(id)?.Name(CultureInfo.CurrentUICulture)) ?? id;

    /// <summary>"RF9 — Intergroup tensions…": the id and the full name, as forms and summaries show them.</summary>
    public string FrameworkWithId(string id) => $"{id} — {Framework(id)}";

    /// <summary>"9.3 — History of atrocity crimes…": an indicator with its words in the UI language; the id alone if the Framework has no such indicator.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Read on the injected Words like every other shared word.")]
    public string IndicatorWithWords(string id) =>
        FrameworkTerms.Has("RF" + id) ? $"{id} — {Shown(FrameworkTerms.Text("RF" + id, CultureInfo.CurrentUICulture))}" : id;

    // The domain's words are resources too: pseudo-localised like the portal's own while that is on.
    private static string? Shown(string? text) => text is not null && PseudoLocalization.Active ? PseudoLocalization.Transform(text) : text;
}
