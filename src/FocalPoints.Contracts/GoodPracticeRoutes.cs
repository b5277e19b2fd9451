using FocalPoints.Domain.GoodPractice;

namespace FocalPoints.Contracts;

/// <summary>The good-practice library's routes, in the shape of <see cref="ApiRoutes"/>.</summary>
public static class GoodPracticeRoutes
{
    private const string FunctionsPrefix = "api/";

    /// <summary><c>GET</c>: the library, with the filters of <see cref="GoodPracticeQuery"/>; <c>POST</c>: offers an item.</summary>
    public static class Library
    {
        public const string Route = "good-practice";
        public const string Template = ApiRoutes.Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(GoodPracticeQueryValues? query = null) =>
            GoodPracticeQuery.Of(query) is { Length: > 0 } q ? Template + "?" + q : Template;
    }

    /// <summary><c>DELETE</c>: the country withdraws an entry.</summary>
    public static class Entry
    {
        public const string Route = Library.Route + "/{entryId}";
        public const string Template = ApiRoutes.Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string entryId) => $"{Library.Template}/{Uri.EscapeDataString(entryId)}";
    }

    /// <summary><c>PUT</c>: a coordinator features an entry or stops featuring it.</summary>
    public static class Featured
    {
        public const string Route = Entry.Route + "/featured";
        public const string Template = ApiRoutes.Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string entryId) => Entry.Path(entryId) + "/featured";
    }

    /// <summary><c>PUT</c>: a coordinator attaches an entry to a peer-review session; <c>DELETE</c>: detaches it.</summary>
    public static class Session
    {
        public const string Route = Entry.Route + "/sessions/{sessionId}";
        public const string Template = ApiRoutes.Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string entryId, string sessionId) => $"{Entry.Path(entryId)}/sessions/{Uri.EscapeDataString(sessionId)}";
    }
}

/// <summary>The library's query parameters as the API takes them; the domain's <see cref="GoodPracticeFilter"/> reads them back.</summary>
public static class GoodPracticeQuery
{
    public const string Text = "q";
    public const string Restraint = "restraint";
    public const string RiskFactor = "riskFactor";
    public const string Step = "step";
    public const string RegionalGroup = "regionalGroup";
    public const string Language = "language";
    public const string CycleId = "cycleId";
    public const string SessionId = "sessionId";
    public const string Featured = "featured";

    /// <summary>The query without the leading <c>?</c> (empty when nothing is asked).</summary>
    public static string Of(GoodPracticeQueryValues? values)
    {
        if (values is null)
        {
            return string.Empty;
        }

        (string Name, string? Value)[] parts =
        [
            (Text, values.Text), (Restraint, values.Restraint), (RiskFactor, values.RiskFactor), (Step, values.Step),
            (RegionalGroup, values.RegionalGroup), (Language, values.Language), (CycleId, values.CycleId),
            (SessionId, values.SessionId), (Featured, values.Featured),
        ];
        return string.Join('&', parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!.Trim())));
    }

    /// <summary>Reads the values back from a query, by name.</summary>
    public static GoodPracticeQueryValues Read(Func<string, string?> value) => new(
        value(Text), value(Restraint), value(RiskFactor), value(Step), value(RegionalGroup), value(Language), value(CycleId), value(SessionId), value(Featured));
}
