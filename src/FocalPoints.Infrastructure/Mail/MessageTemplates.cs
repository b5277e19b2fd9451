using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Fluid;
using Fluid.Values;
using FocalPoints.Application.Ports;
using FocalPoints.Domain;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Notifications;
using FocalPoints.Domain.Strategies;

namespace FocalPoints.Infrastructure.Mail;

/// <summary>
/// The message of every moment in the six UN languages (Arabic, Chinese, English, French, Russian,
/// Spanish): Liquid templates (Fluid) for subject and body per moment, one HTML and one plain-text
/// layout; the HTML says its language and, for Arabic, runs right to left.
/// Variables are strict, so a misspelt placeholder fails instead of rendering empty. Links are
/// written under the portal's base (<see cref="PortalOptions"/>), country names (<see cref="CountryNames"/>) and the
/// digest's lines in the recipient's language.
/// </summary>
public sealed class MessageTemplates
{
    private static readonly FluidParser Parser = new();
    private readonly Dictionary<Language, LanguagePack> packs;
    private readonly IFluidTemplate htmlLayout;
    private readonly IFluidTemplate textLayout;
    private readonly TemplateOptions options = new() { StrictVariables = true };
    private readonly PortalOptions portal;

    public MessageTemplates()
        : this(new PortalOptions())
    {
    }

    public MessageTemplates(PortalOptions portal)
    {
        this.portal = portal;
        packs = Translated.ToDictionary(l => l, LanguagePack.Load);
        htmlLayout = Parse(Resource("layout.html.liquid"));
        textLayout = Parse(Resource("layout.txt.liquid"));
    }

    /// <summary>The languages with templates: all six UN languages, each held to the English keys and variables by a test.</summary>
    public static IReadOnlyList<Language> Translated { get; } = Enum.GetValues<Language>();

    public ComposedMessage Compose(MessageRequest request)
    {
        LanguagePack pack = packs.GetValueOrDefault(request.Language) ?? packs[Language.En];
        MomentTemplate moment = pack.Moments[request.Moment];
        TemplateContext facts = Context(request, pack);
        string subject = moment.Subject.Render(facts, NullEncoder.Default);
        string body = moment.Body.Render(facts, NullEncoder.Default);

        facts.SetValue("body", body);
        return new ComposedMessage(
            subject,
            textLayout.Render(facts, NullEncoder.Default).Trim(),
            htmlLayout.Render(facts, HtmlEncoder.Default));
    }

    /// <summary>A label of the language pack (<c>commentsWaiting</c>, ...).</summary>
    public string Label(Language language, string key) => (string)(packs.GetValueOrDefault(language) ?? packs[Language.En]).Labels[key];

    // A digest line: "Ghana: risk assessment, overdue", "Ghana: completed" or "Ghana: early warning, RF9 …", as the language writes it.
    private string DigestLine(LanguagePack pack, DigestEntry entry)
    {
        var context = new TemplateContext(options);
        context.SetValue("country", CountryNames.Name(entry.Country, pack.Language));
        context.SetValue("step", pack.Steps[entry.Step]);
        context.SetValue("factor", Text(RiskFactors.Find(entry.Factor) is { } factor ? $"{factor.Id} {factor.Name(pack.Culture)}" : null));
        return pack.DigestLines[entry.State].Render(context, NullEncoder.Default);
    }

    private TemplateContext Context(MessageRequest r, LanguagePack pack)
    {
        var context = new TemplateContext(options);
        context.SetValue("lang", pack.Lang);
        context.SetValue("dir", pack.Culture.TextInfo.IsRightToLeft ? "rtl" : "ltr");
        context.SetValue("start", pack.Culture.TextInfo.IsRightToLeft ? "right" : "left");
        context.SetValue("cycle", r.CycleTitle);
        context.SetValue("country", Text(CountryNames.Name(r.Country, pack.Language)));
        context.SetValue("step", Text(r.Step is StrategyStep s ? pack.Steps[s] : null));
        context.SetValue("stepNumber", r.Step is StrategyStep n ? n.Number() : null);
        context.SetValue("due", Text(r.DueUtc is DateTime due ? LocalTime(due, r.TimeZone, pack.Culture, pack.DateFormat) : null));
        context.SetValue("comments", Text(r.Comments?.Quotable));
        context.SetValue("commentsWaiting", r.Comments is { Quotable: null } && !string.IsNullOrWhiteSpace(r.Comments.Text));
        context.SetValue("reason", Text(r.Reason));
        context.SetValue("recipient", Text(r.Recipient));
        context.SetValue("link", Text(r.Link is PortalLink link ? portal.Address(link) : null));
        context.SetValue("linkLabel", r.Step is null ? pack.Labels["openStrategy"] : pack.Labels["open"]);
        context.SetValue("items", new ArrayValue((r.Items ?? []).Select(i => (FluidValue)new StringValue(DigestLine(pack, i))).ToArray()));
        context.SetValue("overdueCount", r.Counts?.Overdue ?? 0);
        context.SetValue("waitingCount", r.Counts?.WaitingForReview ?? 0);
        context.SetValue("completedCount", r.Counts?.Completed ?? 0);
        context.SetValue("labels", FluidValue.Create(pack.Labels, options));
        return context;
    }

    // A missing value is the empty string, which the layouts test for ({% if comments != "" %}): Liquid
    // treats "" as true, and strict variables treat nil as undefined.
    private static StringValue Text(string? value) => new(string.IsNullOrWhiteSpace(value) ? string.Empty : value);

    /// <summary>An instant as the recipient reads it: their own zone, their language's date format, the zone named.</summary>
    public static string LocalTime(DateTime utc, string timeZone, CultureInfo culture, string format = "dddd d MMMM yyyy, HH:mm")
    {
        TimeZoneInfo zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out TimeZoneInfo? found) ? found : TimeZoneInfo.Utc;
        DateTime local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return $"{local.ToString(format, culture)} ({zone.Id})";
    }

    private static IFluidTemplate Parse(string source) =>
        Parser.TryParse(source, out IFluidTemplate? template, out string? error)
            ? template
            : throw new InvalidDataException($"Message template does not parse: {error}");

    private static string Resource(string name)
    {
        Assembly assembly = typeof(MessageTemplates).Assembly;
        string resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".Mail.Templates.{name}", StringComparison.Ordinal));
        using Stream stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record MomentTemplate(IFluidTemplate Subject, IFluidTemplate Body);

    // Lang: the HTML lang attribute (zh-Hans picks Simplified Chinese glyphs); Culture: dates and the
    // writing direction; DateFormat: how a due date reads in a sentence of this language.
    private sealed record LanguagePack(
        Language Language,
        string Lang,
        CultureInfo Culture,
        string DateFormat,
        IReadOnlyDictionary<StrategyStep, string> Steps,
        Dictionary<string, object> Labels,
        IReadOnlyDictionary<DigestState, IFluidTemplate> DigestLines,
        IReadOnlyDictionary<NotificationMoment, MomentTemplate> Moments)
    {
        public static LanguagePack Load(Language language)
        {
            using JsonDocument json = JsonDocument.Parse(Resource($"{JsonNaming.CamelCase(language.ToString())}.json"));
            JsonElement root = json.RootElement;
            return new LanguagePack(
                language,
                root.GetProperty("lang").GetString()!,
                CultureInfo.GetCultureInfo(root.GetProperty("culture").GetString()!),
                root.GetProperty("dateFormat").GetString()!,
                StrategySteps.InOrder.ToDictionary(s => s, s => root.GetProperty("steps").GetProperty(s.ToJsonName()).GetString()!),
                root.GetProperty("labels").EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value.GetString()!),
                Enum.GetValues<DigestState>().ToDictionary(s => s, s => Parse(root.GetProperty("digestLines").GetProperty(JsonNaming.CamelCase(s.ToString())).GetString()!)),
                Enum.GetValues<NotificationMoment>().ToDictionary(
                    m => m,
                    m =>
                    {
                        JsonElement t = root.GetProperty("moments").GetProperty(JsonNaming.CamelCase(m.ToString()));
                        return new MomentTemplate(Parse(t.GetProperty("subject").GetString()!), Parse(t.GetProperty("body").GetString()!));
                    }));
        }
    }
}
