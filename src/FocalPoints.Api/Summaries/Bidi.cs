namespace FocalPoints.Api.Summaries;

/// <summary>
/// Free text set apart from the direction around it (Unicode's first-strong isolate, UAX #9): English
/// comments in an Arabic document keep their full stop at their end, and Arabic text in an English
/// sentence does not pull the words after it to its side. Each piece of typed text is isolated where a
/// document writes it, inside a translated sentence or a table cell.
/// </summary>
internal static class Bidi
{
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    public static string Isolate(string? text) =>
        string.IsNullOrEmpty(text) ? text ?? string.Empty : $"{FirstStrongIsolate}{text}{PopDirectionalIsolate}";
}
