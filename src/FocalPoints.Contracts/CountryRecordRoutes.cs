namespace FocalPoints.Contracts;

/// <summary>A country's own record (see <see cref="ApiRoutes"/> for the shape of each route).</summary>
public static partial class ApiRoutes
{
    /// <summary><c>GET</c>: everything the network holds about a country, as a JSON download (its focal points and the coordinators).</summary>
    public static class CountryRecord
    {
        public const string Route = "countries/{iso3}/record";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string iso3) => $"{Prefix}/countries/{Escape(iso3)}/record";

        /// <summary>The name a download of the record is saved under: <c>focalpoints-record-GHA-2026-12-07.json</c>.</summary>
        public static string FileName(string iso3, DateTime generatedUtc) =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"focalpoints-record-{iso3}-{generatedUtc:yyyy-MM-dd}.json");
    }

    /// <summary><c>GET</c>: the same record as a printable HTML document in the reader's language.</summary>
    public static class CountryRecordPrint
    {
        public const string Route = CountryRecord.Route + "/print";
        public const string Template = Prefix + "/" + Route;
        public const string FunctionRoute = FunctionsPrefix + Route;

        public static string Path(string iso3) => CountryRecord.Path(iso3) + "/print";
    }
}
