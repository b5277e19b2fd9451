using FocalPoints.SelfHost.Hosting;

namespace FocalPoints.Infra.Tests;

/// <summary>Files of the repository the checks read.</summary>
internal static class RepositoryFiles
{
    public static readonly string Root = RepositoryRoot.Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));
}
