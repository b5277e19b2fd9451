using DurableTask.Core.History;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;

namespace FocalPoints.Workflow.Tests.Replay;

/// <summary>
/// An orchestration's history as the engine stored it, in a JSON file: DurableTask.Core's history
/// events with their own (Newtonsoft) serialization, each told apart by its <c>EventType</c>.
/// </summary>
public static class RecordedHistory
{
    /// <summary>Where the recorded histories live in the source tree (the recorder writes there) and in the test output.</summary>
    public const string Folder = "Replay/Histories";

    private static readonly JsonSerializerSettings Settings = new()
    {
        Formatting = Formatting.Indented,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        DateParseHandling = DateParseHandling.DateTime,
        NullValueHandling = NullValueHandling.Ignore,
        Converters = [new StringEnumConverter(), new HistoryEventConverter()],
    };

    /// <summary>The names of the recorded histories copied next to the tests.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, Folder), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>A fresh copy of a recorded history (replaying marks the events as played).</summary>
    public static IList<HistoryEvent> Load(string name) => Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, Folder, name + ".json")));

    public static IList<HistoryEvent> Parse(string json) =>
        JsonConvert.DeserializeObject<List<HistoryEvent>>(json, Settings) ?? throw new InvalidDataException("The history is empty.");

    public static string Write(IEnumerable<HistoryEvent> history) => JsonConvert.SerializeObject(history, Settings) + Environment.NewLine;

    /// <summary>Reads each event as the concrete type its <c>EventType</c> names (<c>TaskScheduled</c>: <see cref="TaskScheduledEvent"/>).</summary>
    private sealed class HistoryEventConverter : JsonConverter
    {
        public override bool CanWrite => false;

        public override bool CanConvert(Type objectType) => objectType == typeof(HistoryEvent);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            JObject json = JObject.Load(reader);
            JToken kind = json[nameof(HistoryEvent.EventType)] ?? throw new InvalidDataException($"A history event without an {nameof(HistoryEvent.EventType)}: {json}");
            EventType eventType = kind.Type == JTokenType.Integer ? (EventType)kind.Value<int>() : Enum.Parse<EventType>(kind.Value<string>()!);
            Type type = typeof(HistoryEvent).Assembly.GetType($"{typeof(HistoryEvent).Namespace}.{eventType}Event", throwOnError: true)!;
            return json.ToObject(type, serializer);
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
    }
}
