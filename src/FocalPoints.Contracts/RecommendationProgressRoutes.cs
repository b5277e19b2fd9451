namespace FocalPoints.Contracts;

/// <summary>A recommendation's declared progress (see <see cref="ApiRoutes"/> for the shape of each route).</summary>
public static partial class ApiRoutes
{
    /// <summary><c>PUT</c>: the reviewed country's declaration of how far it has implemented a recommendation (numbered per country within the session).</summary>
    public static class RecommendationProgress
    {
        public const string Route = PeerReview.Route + "/recommendations/{iso3}/{number}/progress";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string sessionId, string iso3, int number) =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{PeerReview.Path(sessionId)}/recommendations/{Escape(iso3)}/{number}/progress");
    }
}
