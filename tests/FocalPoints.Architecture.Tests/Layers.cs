namespace FocalPoints.Architecture.Tests;

/// <summary>
/// The layers, written once: each project's arrows to the projects it builds on (docs/architecture.md
/// draws them). A project may reference what its arrows reach, directly or through others, and nothing
/// else of FocalPoints: Domain ← Application ← {Infrastructure, Workflow} ← Api ← hosts; the portal
/// builds on Domain and Contracts only; the domain and application tests build without the hosts.
/// </summary>
public static class Layers
{
    public static IReadOnlyDictionary<string, string[]> Arrows { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Domain"] = [],
        ["Application"] = ["Domain"],
        ["Contracts"] = ["Domain"],
        ["Infrastructure"] = ["Application"],
        ["Workflow"] = ["Application"],
        ["Api"] = ["Infrastructure", "Workflow", "Contracts"],
        ["Functions"] = ["Api"],
        ["SelfHost"] = ["Api"],
        ["Tools"] = ["SelfHost"],
        ["Portal"] = ["Domain", "Contracts"],
        ["Testing"] = ["Domain"],
        ["Testing.Hosts"] = ["SelfHost", "Testing"],
        ["Domain.Tests"] = ["Domain", "Testing"],
        ["Application.Tests"] = ["Application", "Testing"],
    };

    /// <summary>Every project <paramref name="project"/> may reference: what its arrows reach.</summary>
    public static IReadOnlySet<string> Reachable(string project)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var next = new Stack<string>(Arrows[project]);
        while (next.TryPop(out string? p))
        {
            if (reached.Add(p))
            {
                foreach (string q in Arrows[p])
                {
                    next.Push(q);
                }
            }
        }

        return reached;
    }
}
