using System.Diagnostics;

namespace FocalPoints.Infra.Tests;

/// <summary>Every shell script of the deployment passes shellcheck (Debian's package, which .ci/run installs).</summary>
public sealed class ShellcheckTests
{
    public static TheoryData<string> Scripts() =>
    [
        .. Directory.GetFiles(RepositoryFiles.PathOf("infra", "hooks"), "*.sh")
            .Concat(Directory.Exists(RepositoryFiles.PathOf("deploy")) ? Directory.GetFiles(RepositoryFiles.PathOf("deploy"), "*.sh", SearchOption.AllDirectories) : [])
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task The_script_passes_shellcheck(string script)
    {
        ProcessStartInfo start = new("shellcheck") { WorkingDirectory = RepositoryFiles.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--external-sources");
        start.ArgumentList.Add(script);

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("shellcheck did not start");
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, output + await errors);
    }
}
