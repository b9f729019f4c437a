using GraphExplorer.Graph.Values;
using static GraphExplorer.Engine.Functions.FunctionArguments;

namespace GraphExplorer.Engine.Functions;

internal static partial class ScalarFunctions
{
    private static void RegisterTemporalFunctions(Dictionary<string, Registration> registry)
    {
        Add(registry, "date", 0, 1, a => a.Count == 0 ? DateOnly.FromDateTime(DateTime.UtcNow) : TemporalConstruction.Date(a[0]));
        Add(registry, "localdatetime", 0, 1, a => a.Count == 0 ? DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified) : TemporalConstruction.LocalDateTime(a[0]));
        Add(registry, "datetime", 0, 1, a => a.Count == 0 ? DateTimeOffset.UtcNow : TemporalConstruction.DateTime(a[0]));
        Add(registry, "localtime", 0, 1, a => a.Count == 0 ? TimeOnly.FromDateTime(DateTime.UtcNow) : TemporalConstruction.LocalTime(a[0]));
        Add(registry, "time", 0, 1, a => a.Count == 0 ? TemporalConstruction.ZonedTime(TimeOnly.FromDateTime(DateTime.UtcNow), TimeSpan.Zero) : TemporalConstruction.Time(a[0]));
        Add(registry, "duration", 1, 1, a => a[0] switch
        {
            null => null,
            string text => DurationParser.Parse(text),
            IReadOnlyDictionary<string, object?> map => DurationParser.FromMap(map),
            CypherDuration duration => duration,
            var other => throw Mismatch("duration", "STRING or MAP", other),
        });
        Add(registry, "datetime.fromepoch", 2, 2, a => a[0] is null || a[1] is null
            ? null
            : TemporalConstruction.FromEpoch(Integer("datetime.fromepoch", a[0]), Integer("datetime.fromepoch", a[1])));
        Add(registry, "datetime.fromepochmillis", 1, 1, a => a[0] is null
            ? null
            : TemporalConstruction.FromEpochMillis(Integer("datetime.fromepochmillis", a[0])));
        Add(registry, "date.realtime", 0, 1, _ => DateOnly.FromDateTime(DateTime.UtcNow));
        Add(registry, "date.transaction", 0, 1, _ => DateOnly.FromDateTime(DateTime.UtcNow));
        Add(registry, "date.statement", 0, 1, _ => DateOnly.FromDateTime(DateTime.UtcNow));
        Add(registry, "datetime.realtime", 0, 1, _ => DateTimeOffset.UtcNow);
        Add(registry, "datetime.transaction", 0, 1, _ => DateTimeOffset.UtcNow);
        Add(registry, "datetime.statement", 0, 1, _ => DateTimeOffset.UtcNow);
        Add(registry, "localdatetime.realtime", 0, 1, _ => DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified));
        Add(registry, "localdatetime.transaction", 0, 1, _ => DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified));
        Add(registry, "localdatetime.statement", 0, 1, _ => DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified));
    }
}
