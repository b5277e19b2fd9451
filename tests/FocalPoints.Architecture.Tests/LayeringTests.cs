using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;
using FocalPoints.SelfHost.Hosting;

namespace FocalPoints.Architecture.Tests;

/// <summary>
/// Reads what each project references (the compiled assembly's references, its project file's project
/// references and, for test projects, everything it is built against) and fails on an arrow
/// <see cref="Layers"/> does not allow.
/// </summary>
public class LayeringTests
{
    private const string Prefix = "FocalPoints.";

    private static readonly string Root = RepositoryRoot.Find();

    private static readonly string OutputSubdirectory = typeof(LayeringTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "OutputSubdirectory").Value!;

    public static TheoryData<string> Projects() => [.. Layers.Arrows.Keys];

    public static TheoryData<string> TestProjects() => [.. Layers.Arrows.Keys.Where(p => p.EndsWith(".Tests", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Assembly_references_only_what_its_layer_builds_on(string project)
    {
        using var stream = File.OpenRead(Path.Combine(Folder(project), OutputSubdirectory, Prefix + project + ".dll"));
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        string[] references = metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name)).ToArray();

        Assert.Empty(Wrong(project, references));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_file_references_only_what_its_layer_builds_on(string project)
    {
        string[] references = XDocument.Load(Path.Combine(Folder(project), Prefix + project + ".csproj"))
            .Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToArray();

        Assert.Empty(Wrong(project, references));
    }

    [Theory]
    [MemberData(nameof(TestProjects))]
    public void Test_project_is_built_against_only_what_its_layer_builds_on(string project)
    {
        // deps.json lists every project the test runs with, transitively: these never include a host.
        using JsonDocument deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder(project), OutputSubdirectory, Prefix + project + ".deps.json")));
        string[] projects = deps.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(l => l.Value.GetProperty("type").GetString() == "project")
            .Select(l => l.Name.Split('/')[0])
            .ToArray();

        Assert.Empty(Wrong(project, projects));
    }

    private static string[] Wrong(string project, IEnumerable<string> references)
    {
        IReadOnlySet<string> allowed = Layers.Reachable(project);
        return references
            .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(r => r[Prefix.Length..])
            .Where(r => r != project && !allowed.Contains(r))
            .Select(r => $"{project} -> {r}")
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    private static string Folder(string project) =>
        Path.Combine(Root, project.EndsWith(".Tests", StringComparison.Ordinal) || project.StartsWith("Testing", StringComparison.Ordinal) ? "tests" : "src", Prefix + project);
}
