using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Values;

/// <summary>Small builders for runtime values in the value and function tests.</summary>
internal static class TestValues
{
    public static List<object?> List(params object?[] items) => [.. items];

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }

    public static IEntityValue Node(long id) => new Entity(id, true);

    public static IEntityValue Relationship(long id) => new Entity(id, false);

    public static IPathValue Path(params IEntityValue[] alternating) => new PathValue(
        [.. alternating.Where((_, i) => i % 2 == 0)],
        [.. alternating.Where((_, i) => i % 2 == 1)]);

    /// <summary>Runs the action and returns the CypherException it must throw.</summary>
    public static CypherException Fails(Action action) => Assert.Throws<CypherException>(action);

    /// <summary>Runs the function and returns the CypherException it must throw.</summary>
    public static CypherException Fails(Func<object?> function) => Assert.Throws<CypherException>(() => function());

    private sealed record Entity(long Id, bool IsNode) : IEntityValue;

    private sealed record PathValue(IReadOnlyList<IEntityValue> Nodes, IReadOnlyList<IEntityValue> Relationships) : IPathValue;
}
