using System.Globalization;

namespace FocalPoints.Domain.Framework;

/// <summary>An atrocity-crime restraint (A/68/947): a source of resilience and an axis for prioritising action.</summary>
public sealed record Restraint(string Id)
{
    /// <summary>The restraint's name in English (the neutral language of the vocabulary).</summary>
    public string Title => Name(CultureInfo.InvariantCulture);

    /// <summary>The restraint's name in <paramref name="culture"/>'s language.</summary>
    public string Name(CultureInfo culture) => FrameworkTerms.Text(Id, culture);
}

/// <summary>The seven restraints R1–R7.</summary>
public static class Restraints
{
    /// <summary>All seven restraints in order.</summary>
    public static IReadOnlyList<Restraint> All { get; } = Enumerable.Range(1, 7)
        .Select(n => new Restraint(string.Create(CultureInfo.InvariantCulture, $"R{n}")))
        .ToArray();

    /// <summary>Finds a restraint by id (<c>R1</c>…<c>R7</c>).</summary>
    public static Restraint? Find(string? id) => All.FirstOrDefault(r => r.Id == id);
}
