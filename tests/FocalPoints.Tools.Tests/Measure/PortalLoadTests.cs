using System.Text.Json;
using FocalPoints.Tools.Measure.PortalLoad;

namespace FocalPoints.Tools.Tests.Measure;

/// <summary><c>measure-portal</c>'s parts that need no browser: the lines, the languages, the counting of DevTools' events and the report.</summary>
public sealed class PortalLoadTests
{
    [Fact]
    public void The_office_line_is_10_Mbit_each_way_with_40_ms_added_to_every_round_trip()
    {
        Dictionary<string, object> conditions = NetworkLine.Office.ToDevTools();

        Assert.Equal(1_250_000L, conditions["downloadThroughput"]); // bytes per second
        Assert.Equal(1_250_000L, conditions["uploadThroughput"]);
        Assert.Equal(40, conditions["latency"]);
        Assert.Equal(false, conditions["offline"]);
        Assert.Equal(200_000L, NetworkLine.Slow.ToDevTools()["downloadThroughput"]);
    }

    [Fact]
    public void Every_language_is_measured_in_the_UNs_order_unless_some_are_named()
    {
        Assert.Equal(["ar", "zh", "en", "fr", "ru", "es"], PortalLanguage.Parse(null).Select(l => l.Code));
        Assert.Equal(["ar", "fr"], PortalLanguage.Parse("fr, AR").Select(l => l.Code));
        Assert.Contains("de", Assert.Throws<ArgumentException>(() => PortalLanguage.Parse("fr,de")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/_framework/zh-Hans/FocalPoints.Portal.resources.de8rlc2k3d.wasm", "zh-Hans")]
    [InlineData("http://127.0.0.1:5000/_framework/fr/FocalPoints.Portal.resources.wasm", "fr")]
    [InlineData("http://127.0.0.1:5000/_framework/FocalPoints.Portal.oics54vdsf.wasm", null)]
    [InlineData("http://127.0.0.1:5000/_framework/icudt_focalpoints.a9e6p9oay5.dat", null)]
    [InlineData("http://127.0.0.1:5000/css/app.css", null)]
    [InlineData("about:blank", null)]
    public void A_satellite_assembly_is_known_by_its_culture_folder(string url, string? culture) =>
        Assert.Equal(culture, TransferCounter.SatelliteCulture(url));

    [Fact]
    public void A_visit_counts_every_finished_request_its_bytes_and_what_the_cache_answered()
    {
        var counter = new TransferCounter();
        counter.Received(Event("""{"requestId":"1","response":{"url":"http://h/_framework/dotnet.native.abc.wasm","fromDiskCache":false}}"""));
        counter.Finished(Event("""{"requestId":"1","encodedDataLength":976306.0}"""));
        counter.Received(Event("""{"requestId":"2","response":{"url":"http://h/_framework/fr/FocalPoints.Portal.resources.x.wasm","fromDiskCache":true}}"""));
        counter.Finished(Event("""{"requestId":"2","encodedDataLength":0}"""));
        counter.ServedFromCache(Event("""{"requestId":"3"}"""));
        counter.Received(Event("""{"requestId":"3","response":{"url":"http://h/css/app.css"}}"""));
        counter.Finished(Event("""{"requestId":"3","encodedDataLength":0}"""));
        counter.Received(Event("""{"requestId":"4","response":{"url":"http://h/api/me"}}""")); // not finished: not counted

        PortalVisit visit = counter.Visit(VisitKind.First, usableMs: 4200);

        Assert.Equal(3, visit.Requests);
        Assert.Equal(2, visit.FromCache);
        Assert.Equal(976_306, visit.Bytes);
        Assert.Equal(["fr"], visit.SatelliteCultures);
        Assert.Equal("http://h/_framework/dotnet.native.abc.wasm", visit.Files[0].Url);
        counter.Reset();
        Assert.Equal(0, counter.Visit(VisitKind.Repeat, 0).Requests);
    }

    [Theory]
    [InlineData(VisitKind.First, 2_500_000, true)]
    [InlineData(VisitKind.First, 2_500_001, false)]
    [InlineData(VisitKind.Repeat, 100_000, true)]
    [InlineData(VisitKind.Repeat, 100_001, false)]
    public void The_targets_are_2_5_MB_for_a_first_visit_and_100_KB_for_a_repeat_visit(VisitKind kind, long bytes, bool met) =>
        Assert.Equal(met, Visit(kind, bytes).TargetMet);

    [Fact]
    public void The_report_has_a_row_per_visit_and_says_by_how_much_a_target_was_missed()
    {
        LanguageLoad[] loads =
        [
            new(PortalLanguage.Parse("ar")[0], NetworkLine.Office, Visit(VisitKind.First, 2_870_000, "ar"), Visit(VisitKind.Repeat, 11_100, "ar")),
            new(PortalLanguage.Parse("en")[0], NetworkLine.Office, Visit(VisitKind.First, 2_400_000), Visit(VisitKind.Repeat, 9_000)),
        ];

        string[][] rows = PortalLoadReport.Rows(loads).ToArray();

        Assert.Equal(["ar", "First", "70", "0", "2.87 MB", "≤ 2.50 MB", "no", "3.50 s", "ar"], rows[0]);
        Assert.Equal(["ar", "Repeat", "70", "0", "11.1 KB", "≤ 100.0 KB", "yes", "3.50 s", "ar"], rows[1]);
        Assert.Equal("—", rows[2][^1]);
        Assert.Equal(PortalLoadReport.Columns.Count, rows[0].Length);
        Assert.Equal(["Targets not met:", "ar first visit: 2.87 MB, 370.0 KB over 2.50 MB"], PortalLoadReport.Verdict(loads));
        Assert.StartsWith("Targets met in all 1 language(s)", PortalLoadReport.Verdict(loads[1..])[0], StringComparison.Ordinal);
    }

    private static PortalVisit Visit(VisitKind kind, long bytes, params string[] satellites) =>
        new(kind, 70, 0, bytes, satellites, 3500, []);

    private static JsonElement? Event(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
