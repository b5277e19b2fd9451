namespace FocalPoints.Contracts;

/// <summary>The network insights' routes (see <see cref="ApiRoutes"/> for the shape of each).</summary>
public static partial class ApiRoutes
{
    /// <summary><c>GET</c>: a cycle's network insights as JSON (coordinators: every regional group; focal points: the network).</summary>
    public static class Insights
    {
        public const string Route = Cycle.Route + "/insights";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId) => $"{Cycle.Path(cycleId)}/insights";
    }

    /// <summary><c>GET</c>: the network insights as CSV, one figure a line.</summary>
    public static class InsightsCsv
    {
        public const string Route = Cycle.Route + "/insights.csv";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId) => $"{Cycle.Path(cycleId)}/insights.csv";
    }

    /// <summary><c>GET</c>: the network insights as a printable HTML report in the reader's language.</summary>
    public static class InsightsReport
    {
        public const string Route = Cycle.Route + "/insights/report";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId) => $"{Cycle.Path(cycleId)}/insights/report";
    }
}
