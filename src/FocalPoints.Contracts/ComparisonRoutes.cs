namespace FocalPoints.Contracts;

public static partial class ApiRoutes
{
    /// <summary><c>GET</c>: a country against its previous cycle, with its early warnings.</summary>
    public static class Comparison
    {
        public const string Route = Strategy.Route + "/comparison";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId, string iso3) => Strategy.Path(cycleId, iso3) + "/comparison";
    }
}
