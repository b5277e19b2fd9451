using FocalPoints.Domain.Strategies;

namespace FocalPoints.Contracts;

/// <summary>
/// The API's routes, once for every host and client. <c>Route</c>: the template under <c>/api</c>, as
/// the self-host's <c>/api</c> group maps it; <c>Template</c>: the full template; <c>FunctionRoute</c>:
/// the full template without its leading <c>/</c>, a constant, as the Functions app's
/// <c>[HttpTrigger(Route = ...)]</c> takes it (its <c>host.json</c> sets an empty route prefix, so that it
/// serves <see cref="OpenApiDocument"/> beside <c>/api</c> as the self-host does); <c>Path(...)</c>: the
/// path of one resource, its segments escaped, as the portal calls it and the API names it in <c>Location</c>.
/// </summary>
public static partial class ApiRoutes
{
    public const string Prefix = "/api";

    /// <summary>The OpenAPI document (not under <c>/api</c>: both hosts serve it beside the API).</summary>
    public const string OpenApiDocument = "/" + OpenApiDocumentFunctionRoute;

    /// <summary><see cref="OpenApiDocument"/> as the Functions app's trigger takes it.</summary>
    public const string OpenApiDocumentFunctionRoute = "openapi/v1.json";

    private const string FunctionsPrefix = "api/";

    /// <summary><c>GET</c>: who is calling.</summary>
    public static class Me
    {
        public const string Route = "me";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path() => Template;
    }

    /// <summary><c>GET</c>: the network's members.</summary>
    public static class Members
    {
        public const string Route = "network/members";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path() => Template;
    }

    /// <summary><c>GET</c>, <c>PUT</c>: one member of the network.</summary>
    public static class Member
    {
        public const string Route = Members.Route + "/{iso3}";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string iso3) => $"{Members.Path()}/{Escape(iso3)}";
    }

    /// <summary><c>GET</c>, <c>PUT</c>: the network's coordinators.</summary>
    public static class Coordinators
    {
        public const string Route = "network/coordinators";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path() => Template;
    }

    /// <summary><c>GET</c>: the caller's cycles; <c>POST</c>: opens one.</summary>
    public static class Cycles
    {
        public const string Route = "cycles";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path() => Template;
    }

    /// <summary><c>GET</c>: the network view of a cycle, with the filters of <see cref="ProgressFilterQuery"/>.</summary>
    public static class Cycle
    {
        public const string Route = Cycles.Route + "/{cycleId}";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId, ProgressFilter? filter = null) => WithQuery($"{Cycles.Path()}/{Escape(cycleId)}", ProgressFilterQuery.Of(filter));
    }

    /// <summary><c>GET</c>: the network view as CSV, with the same filters.</summary>
    public static class ProgressCsv
    {
        public const string Route = Cycle.Route + "/progress.csv";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId, ProgressFilter? filter = null) => WithQuery($"{Cycle.Path(cycleId)}/progress.csv", ProgressFilterQuery.Of(filter));
    }

    /// <summary><c>GET</c>: a country's strategy; <c>DELETE</c>: cancels its workflow.</summary>
    public static class Strategy
    {
        public const string Route = Cycle.Route + "/countries/{iso3}";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId, string iso3) => $"{Cycle.Path(cycleId)}/countries/{Escape(iso3)}";
    }

    /// <summary><c>GET</c>: a country's timeline.</summary>
    public static class Timeline
    {
        public const string Route = Strategy.Route + "/timeline";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId, string iso3) => Strategy.Path(cycleId, iso3) + "/timeline";
    }

    /// <summary><c>GET</c>: a country's summary, HTML or Markdown (<c>?format=markdown</c>).</summary>
    public static class CountrySummary
    {
        public const string Route = Strategy.Route + "/summary";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId, string iso3) => Strategy.Path(cycleId, iso3) + "/summary";
    }

    /// <summary><c>GET</c>: a step's latest submission and its draft.</summary>
    public static class Step
    {
        public const string Route = Strategy.Route + "/steps/{step}";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId, string iso3, StrategyStep step) => $"{Strategy.Path(cycleId, iso3)}/steps/{step.ToSlug()}";
    }

    /// <summary><c>GET</c>: one submitted version of a step.</summary>
    public static class StepVersion
    {
        public const string Route = Step.Route + "/versions/{version}";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId, string iso3, StrategyStep step, int version) =>
            $"{Step.Path(cycleId, iso3, step)}/versions/{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary><c>PUT</c>: saves a step's draft.</summary>
    public static class Draft
    {
        public const string Route = Step.Route + "/draft";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId, string iso3, StrategyStep step) => Step.Path(cycleId, iso3, step) + "/draft";
    }

    /// <summary><c>POST</c>: submits a step.</summary>
    public static class Submission
    {
        public const string Route = Step.Route + "/submission";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId, string iso3, StrategyStep step) => Step.Path(cycleId, iso3, step) + "/submission";
    }

    /// <summary><c>POST</c>: approves or returns a submitted step.</summary>
    public static class Review
    {
        public const string Route = Step.Route + "/review";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string cycleId, string iso3, StrategyStep step) => Step.Path(cycleId, iso3, step) + "/review";
    }

    /// <summary><c>GET</c>: the caller's peer-review sessions; <c>POST</c>: schedules one.</summary>
    public static class PeerReviews
    {
        public const string Route = "peer-reviews";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path() => Template;
    }

    /// <summary><c>GET</c>: a peer-review session with its recommendations and responses.</summary>
    public static class PeerReview
    {
        public const string Route = PeerReviews.Route + "/{sessionId}";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string sessionId) => $"{PeerReviews.Path()}/{Escape(sessionId)}";
    }

    /// <summary><c>GET</c>: a session's comparative summary; <c>?edition=internal</c> (coordinators) holds confidential content.</summary>
    public static class PeerReviewSummary
    {
        public const string Route = PeerReview.Route + "/summary";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string sessionId, bool internalEdition = false) =>
            PeerReview.Path(sessionId) + "/summary?edition=" + (internalEdition ? "internal" : "shared");
    }

    /// <summary><c>GET</c>: one cohort country's summary, peer-review edition.</summary>
    public static class PeerReviewCountrySummary
    {
        public const string Route = PeerReview.Route + "/countries/{iso3}/summary";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string sessionId, string iso3) => $"{PeerReview.Path(sessionId)}/countries/{Escape(iso3)}/summary";
    }

    /// <summary><c>POST</c>: records a recommendation to a reviewed country.</summary>
    public static class Recommendations
    {
        public const string Route = PeerReview.Route + "/recommendations";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string sessionId) => PeerReview.Path(sessionId) + "/recommendations";
    }

    /// <summary><c>PUT</c>: a reviewed country's response.</summary>
    public static class Response
    {
        public const string Route = PeerReview.Route + "/responses/{iso3}";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string sessionId, string iso3) => $"{PeerReview.Path(sessionId)}/responses/{Escape(iso3)}";
    }

    /// <summary><c>GET</c>: the development outbox (Development only; <c>?cycleId=</c> narrows it).</summary>
    public static class Outbox
    {
        public const string Route = "dev/outbox";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path() => Template;
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static string WithQuery(string path, string query) => query.Length == 0 ? path : path + "?" + query;
}
