using System.Diagnostics;
using System.Reflection;

namespace FocalPoints.Infra.Tests;

/// <summary>
/// Runs the Bicep CLI of the <c>Azure.Bicep.CommandLine.linux-x64</c> package that restore downloaded
/// (a <c>PackageDownload</c> of this project) from the NuGet packages folder.
/// </summary>
internal static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";

    public static string Executable { get; } = Find();

    /// <summary>Runs <c>bicep</c> in <c>infra/</c>; answers the exit code, standard output and standard error.</summary>
    public static (int ExitCode, string Output, string Errors) Run(params string[] arguments)
    {
        ProcessStartInfo start = new(Executable)
        {
            WorkingDirectory = RepositoryFiles.PathOf("infra"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // No telemetry, and no update check reaching out of the machine.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} took more than two minutes.");
        }
        return (process.ExitCode, output.Result, errors.Result);
    }

    private static string Find()
    {
        string version = Metadata("BicepCliVersion") ?? throw new InvalidOperationException("The test assembly does not say which Bicep CLI version it restores.");
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string?[] roots = [Environment.GetEnvironmentVariable("NUGET_PACKAGES"), Metadata("NuGetPackageRoot"), Path.Combine(home, ".nuget", "packages")];
        string[] candidates = roots
            .Where(root => !string.IsNullOrEmpty(root))
            .Select(root => Path.Combine(root!, PackageId, version, "tools", "bicep"))
            .ToArray();
        string executable = candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"The Bicep CLI {version} is not in the NuGet packages folder; restore tests/FocalPoints.Infra.Tests. Looked in: {string.Join(", ", candidates)}");

        // NuGet keeps the package's file modes on Linux today; make sure anyway.
        if (!OperatingSystem.IsWindows())
        {
            UnixFileMode mode = File.GetUnixFileMode(executable);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(executable, mode | UnixFileMode.UserExecute);
            }
        }
        return executable;
    }

    private static string? Metadata(string key) => typeof(BicepCli).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == key)?.Value;
}
