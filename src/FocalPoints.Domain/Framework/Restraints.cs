namespace FocalPoints.Domain.Framework;

/// <summary>An atrocity-crime restraint (A/68/947): a source of resilience and an axis for prioritising action.</summary>
public sealed record Restraint(string Id, string Title);

/// <summary>The seven restraints R1–R7.</summary>
public static class Restraints
{
    /// <summary>All seven restraints in order.</summary>
    public static IReadOnlyList<Restraint> All { get; } =
    [
        new("R1", "A professional and accountable security sector"),
        new("R2", "Impartial institutions for overseeing political transitions"),
        new("R3", "Independent judicial and human rights institutions"),
        new("R4", "Capacity to assess risk and mobilise early response"),
        new("R5", "Local capacity to resolve conflict"),
        new("R6", "Media capacity to counteract prejudice and hate speech"),
        new("R7", "Capacity to support effective and legitimate transitional justice"),
    ];

    /// <summary>Finds a restraint by id (<c>R1</c>…<c>R7</c>).</summary>
    public static Restraint? Find(string? id) => All.FirstOrDefault(r => r.Id == id);
}
