namespace FocalPoints.Portal.Api;

/// <summary>An RFC 9457 problem as the API answers it; <see cref="Errors"/> maps JSON paths to messages.</summary>
public sealed record Problem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]>? Errors)
{
    public static Problem Network(string detail) => new(0, null, detail, null);
}

/// <summary>What a call answered: the value on success, else the problem.</summary>
public sealed record ApiResult<T>(T? Value, Problem? Problem)
{
    public bool Ok => Problem is null;
}
