using FocalPoints.Portal.Api;

namespace FocalPoints.Portal.Components.PeerReview;

/// <summary>
/// The server's RFC 9457 <c>errors</c> by JSON path, read the way a form shows them: the messages
/// for one field, and those no field of the form shows (for the summary at the top).
/// </summary>
public static class ProblemErrors
{
    /// <summary>The messages the server gave for <paramref name="path"/> (e.g. <c>$.text</c>), none when it gave none.</summary>
    public static IReadOnlyList<string> At(Problem? problem, string path) =>
        problem?.Errors is { } errors && errors.TryGetValue(path, out string[]? messages) ? messages : [];

    /// <summary>The messages for <paramref name="path"/> and for its items (<c>$.countries</c> and <c>$.countries[3]</c>).</summary>
    public static IReadOnlyList<string> AtOrUnder(Problem? problem, string path) =>
        problem?.Errors is { } errors
            ? errors.Where(e => e.Key == path || e.Key.StartsWith(path + "[", StringComparison.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal).SelectMany(e => e.Value).ToArray()
            : [];

    public static bool Has(Problem? problem, string path) => At(problem, path).Count > 0;

    /// <summary>The errors whose path none of the form's fields shows.</summary>
    public static IReadOnlyList<KeyValuePair<string, string[]>> Unplaced(Problem? problem, Func<string, bool> placed) =>
        problem?.Errors is { } errors ? errors.Where(e => !placed(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal).ToArray() : [];
}
