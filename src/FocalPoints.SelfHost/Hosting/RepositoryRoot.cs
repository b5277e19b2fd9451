namespace FocalPoints.SelfHost.Hosting;

/// <summary>Finds the repository root (the folder with FocalPoints.sln and package.json).</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FocalPoints.sln")) && File.Exists(Path.Combine(dir.FullName, "package.json")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Could not find the FocalPoints repository root (FocalPoints.sln and package.json).");
    }
}
