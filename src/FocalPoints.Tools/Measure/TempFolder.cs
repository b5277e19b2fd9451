using Spectre.Console;

namespace FocalPoints.Tools.Measure;

/// <summary>The temporary data folders a measured run leaves behind.</summary>
internal static class TempFolder
{
    /// <summary>Deletes <paramref name="directory"/> if it exists; says so when it cannot (Azurite may still hold a file), and goes on.</summary>
    public static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLine($"Could not delete {Markup.Escape(directory)}: {Markup.Escape(e.Message)}");
        }
    }
}
