using FocalPoints.Domain.GoodPractice;
using FocalPoints.Portal.Localization;

namespace FocalPoints.Portal.Components.GoodPractice;

/// <summary>How an item is named: what the country wrote, or a training programme's audience and topics in the reader's language.</summary>
public static class GoodPracticeTitle
{
    public static string Of(GoodPracticeItem item, Vocabulary words) =>
        item.Title is { Length: > 0 } title
            ? title
            : string.Join(" — ", new[] { item.Audience is { } a ? words[a] : null, item.Topics.Count > 0 ? string.Join(", ", item.Topics.Select(t => words[t])) : null }.OfType<string>());
}
