using System.Security.Cryptography;
using System.Text;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.GoodPractice;

/// <summary>The kinds of item a country may offer as good practice, each from one step's content.</summary>
public enum GoodPracticeItemKind
{
    Action,
    TrainingProgramme,
    Resource,
    LegislativeEngagement,
}

/// <summary>
/// One item of an approved step as the library shows it: what the country wrote (<see cref="Title"/>),
/// or for a training programme its audience and topics, with the restraints and risk factors the
/// content relates it to. <see cref="Key"/> identifies the item across versions of the step (a later
/// version that drops it no longer holds an item with that key).
/// </summary>
public sealed record GoodPracticeItem(
    GoodPracticeItemKind Kind,
    string Key,
    string? Title,
    TrainingAudience? Audience,
    IReadOnlyList<TrainingTopic> Topics,
    IReadOnlyList<string> Restraints,
    IReadOnlyList<string> RiskFactors);

/// <summary>Reads the items of a step's content that may be offered as good practice.</summary>
public static class GoodPracticeItems
{
    /// <summary>The step whose content holds items of <paramref name="kind"/>.</summary>
    public static StrategyStep StepOf(GoodPracticeItemKind kind) => kind switch
    {
        GoodPracticeItemKind.Action => StrategyStep.ActionPrioritisation,
        GoodPracticeItemKind.TrainingProgramme => StrategyStep.OfficialTraining,
        _ => StrategyStep.ResourceMobilisation,
    };

    /// <summary>The items of <paramref name="kind"/> in <paramref name="content"/>, in the content's order (none when the content is of another step).</summary>
    public static IReadOnlyList<GoodPracticeItem> In(StepContent? content, GoodPracticeItemKind kind) => (content, kind) switch
    {
        (ActionPrioritisationContent a, GoodPracticeItemKind.Action) => (a.Actions ?? []).Select(Of).ToArray(),
        (OfficialTrainingContent t, GoodPracticeItemKind.TrainingProgramme) => (t.Programmes ?? []).Select(Of).ToArray(),
        (ResourceMobilisationContent r, GoodPracticeItemKind.Resource) => (r.Resources ?? []).Select(Of).ToArray(),
        (ResourceMobilisationContent r, GoodPracticeItemKind.LegislativeEngagement) => (r.PoliticalSupport?.LegislativeEngagement ?? []).Select(Of).ToArray(),
        _ => [],
    };

    private static GoodPracticeItem Of(PrioritisedAction a) => new(
        GoodPracticeItemKind.Action,
        KeyOf("action", a.Title, a.Restraint),
        a.Title?.Trim(),
        null,
        [],
        a.Restraint is null ? [] : [a.Restraint],
        a.RiskFactors ?? []);

    private static GoodPracticeItem Of(TrainingProgramme p)
    {
        TrainingTopic[] topics = (p.Topics ?? []).Distinct().Order().ToArray();
        return new(GoodPracticeItemKind.TrainingProgramme, KeyOf("training", p.Audience?.ToString(), string.Join(',', topics)), null, p.Audience, topics, [], []);
    }

    private static GoodPracticeItem Of(Resource r) =>
        new(GoodPracticeItemKind.Resource, KeyOf("resource", r.Source?.ToString(), r.Description), r.Description?.Trim(), null, [], [], []);

    private static GoodPracticeItem Of(LegislativeEngagement l) =>
        new(GoodPracticeItemKind.LegislativeEngagement, KeyOf("legislative", l.Kind?.ToString(), l.Description), l.Description?.Trim(), null, [], [], []);

    /// <summary>A key from what names the item (case and surrounding spaces aside), never from its position.</summary>
    private static string KeyOf(string kind, string? first, string? second) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\n', kind, first?.Trim().ToUpperInvariant() ?? string.Empty, second?.Trim().ToUpperInvariant() ?? string.Empty))))[..16];
}
