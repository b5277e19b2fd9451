using Microsoft.Extensions.Localization;

namespace FocalPoints.Portal.Localization;

/// <summary>
/// The words of the domain in the person's language: steps, statuses, ratings, every enum of the
/// step contents, and the Framework's risk factors (RF1–RF14) and restraints (R1–R7). One place,
/// so a step is called the same on every page.
/// </summary>
public sealed class Vocabulary(IStringLocalizer<Vocabulary> text)
{
    /// <summary>An enum value's name, e.g. <c>RiskRating.High</c> → "High" / "Élevé" / "Alto".</summary>
    public string this[Enum value] => text[$"{value.GetType().Name}.{value}"];

    /// <summary>A risk factor's or restraint's full name by id (<c>RF9</c>, <c>R3</c>).</summary>
    public string Framework(string id) => text[id];

    /// <summary>"RF9 — Intergroup tensions…": the id and the full name, as forms and summaries show them.</summary>
    public string FrameworkWithId(string id) => $"{id} — {text[id]}";
}
