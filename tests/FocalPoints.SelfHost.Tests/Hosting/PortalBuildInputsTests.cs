using System.Diagnostics;
using System.Text.Json.Nodes;
using FocalPoints.SelfHost.Hosting;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>
/// The self-host's build publishes the portal only when one of its sources (the portal's, the
/// contract's, the domain's) is newer than the last publish: the target's inputs are those files,
/// each one an existing file. Once they were a single item naming every glob at once, a file that
/// never exists, so every build published the portal again and emptied the folder the browser tests
/// serve it from while a test's <c>dotnet publish -r</c> ran.
/// </summary>
public sealed class PortalBuildInputsTests
{
    [Fact(Timeout = 120_000)]
    public async Task The_portal_publish_depends_on_its_source_files_each_of_which_exists()
    {
        // Arrange
        string project = Path.Combine(RepositoryRoot.Find(), "src", "FocalPoints.SelfHost", "FocalPoints.SelfHost.csproj");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "msbuild", project, "-getItem:PortalSource", "-nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        // Act: the items as MSBuild evaluates them.
        using Process msbuild = Process.Start(start)!;
        Task<string> errors = msbuild.StandardError.ReadToEndAsync();
        string json = await msbuild.StandardOutput.ReadToEndAsync();
        await msbuild.WaitForExitAsync();
        Assert.True(msbuild.ExitCode == 0, $"dotnet msbuild failed:\n{json}\n{await errors}");
        string[] inputs = [.. JsonNode.Parse(json)!["Items"]!["PortalSource"]!.AsArray().Select(i => (string)i!["Identity"]!)];

        // Assert
        Assert.All(inputs, input => Assert.True(File.Exists(input), $"{input} is not a file"));
        Assert.Contains(inputs, i => i.EndsWith(Path.Combine("FocalPoints.Portal", "Program.cs"), StringComparison.Ordinal));
        Assert.Contains(inputs, i => i.EndsWith(".razor", StringComparison.Ordinal));
        Assert.Contains(inputs, i => i.EndsWith(".resx", StringComparison.Ordinal));
        Assert.Contains(inputs, i => i.Contains(Path.Combine("src", "FocalPoints.Domain") + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        Assert.Contains(inputs, i => i.Contains(Path.Combine("src", "FocalPoints.Contracts") + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        Assert.DoesNotContain(inputs, i => i.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || i.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }
}
