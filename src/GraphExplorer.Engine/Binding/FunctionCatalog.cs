using GraphExplorer.Engine.Functions;

namespace GraphExplorer.Engine.Binding;

/// <summary>What the analyzer knows of functions: names, arities, which aggregate, and result types of the common ones.</summary>
internal static class FunctionCatalog
{
    private static readonly Dictionary<string, (int Min, int Max)> GraphFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = (1, 1),
        ["elementId"] = (1, 1),
        ["labels"] = (1, 1),
        ["type"] = (1, 1),
        ["keys"] = (1, 1),
        ["properties"] = (1, 1),
        ["startNode"] = (1, 1),
        ["endNode"] = (1, 1),
        ["nodes"] = (1, 1),
        ["relationships"] = (1, 1),
        ["length"] = (1, 1),
        ["exists"] = (1, 1),
    };

    /// <summary>Neo4j built-ins the analyzer accepts by name even when the function registry lacks them (they then fail when run, not when compiled).</summary>
    private static readonly Dictionary<string, (int Min, int Max)> OtherBuiltIns = BuildOtherBuiltIns();

    /// <summary>Argument kinds the graph functions accept (null always does); a literal of another kind is a compile-time error.</summary>
    private static readonly Dictionary<string, TypeFlags> ArgumentKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = TypeFlags.Node | TypeFlags.Relationship,
        ["elementId"] = TypeFlags.Node | TypeFlags.Relationship,
        ["labels"] = TypeFlags.Node,
        ["type"] = TypeFlags.Relationship,
        ["keys"] = TypeFlags.Node | TypeFlags.Relationship | TypeFlags.Map,
        ["properties"] = TypeFlags.Node | TypeFlags.Relationship | TypeFlags.Map,
        ["startNode"] = TypeFlags.Relationship,
        ["endNode"] = TypeFlags.Relationship,
        ["nodes"] = TypeFlags.Path,
        ["relationships"] = TypeFlags.Path,
        ["length"] = TypeFlags.Path | TypeFlags.String | TypeFlags.List,
        ["size"] = TypeFlags.String | TypeFlags.List,
    };

    private static readonly Dictionary<string, StaticType> ResultTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = StaticType.Integer,
        ["elementId"] = StaticType.String,
        ["labels"] = StaticType.ListOf(TypeFlags.String),
        ["type"] = StaticType.String,
        ["keys"] = StaticType.ListOf(TypeFlags.String),
        ["properties"] = StaticType.Map,
        ["startNode"] = StaticType.Node,
        ["endNode"] = StaticType.Node,
        ["nodes"] = StaticType.ListOf(TypeFlags.Node),
        ["relationships"] = StaticType.ListOf(TypeFlags.Relationship),
        ["length"] = StaticType.Integer,
        ["size"] = StaticType.Integer,
        ["count"] = StaticType.Integer,
        ["exists"] = StaticType.Boolean,
        ["toString"] = StaticType.String,
        ["toUpper"] = StaticType.String,
        ["toLower"] = StaticType.String,
        ["toInteger"] = new(TypeFlags.Integer | TypeFlags.Null),
        ["toFloat"] = new(TypeFlags.Float | TypeFlags.Null),
        ["toBoolean"] = new(TypeFlags.Boolean | TypeFlags.Null),
        ["range"] = StaticType.ListOf(TypeFlags.Integer),
        ["split"] = StaticType.ListOf(TypeFlags.String),
    };

    /// <summary>Whether the name (case-insensitive) is an aggregating function.</summary>
    public static bool IsAggregate(string name) => Aggregates.IsAggregate(name);

    /// <summary>Whether a function of that name exists, and how many arguments it takes.</summary>
    public static bool TryGetArity(string name, out int min, out int max)
    {
        if (GraphFunctions.TryGetValue(name, out var arity))
        {
            (min, max) = arity;
            return true;
        }

        if (ScalarFunctions.TryGetArity(name, out min, out max) || Aggregates.TryGetArity(name, out min, out max))
        {
            return true;
        }

        var found = OtherBuiltIns.TryGetValue(name, out var other);
        (min, max) = other;
        return found;
    }

    private static Dictionary<string, (int Min, int Max)> BuildOtherBuiltIns()
    {
        var builtIns = new Dictionary<string, (int Min, int Max)>(StringComparer.OrdinalIgnoreCase);
        foreach (var temporal in new[] { "date", "datetime", "localdatetime", "time", "localtime" })
        {
            builtIns[temporal] = (0, 1);
            builtIns[temporal + ".truncate"] = (2, 3);
            builtIns[temporal + ".realtime"] = (0, 1);
            builtIns[temporal + ".statement"] = (0, 1);
            builtIns[temporal + ".transaction"] = (0, 1);
        }

        builtIns["datetime.fromepoch"] = (2, 2);
        builtIns["datetime.fromepochmillis"] = (1, 1);
        builtIns["duration"] = (1, 1);
        foreach (var name in new[] { "duration.between", "duration.inMonths", "duration.inDays", "duration.inSeconds", "point.distance", "distance" })
        {
            builtIns[name] = (2, 2);
        }

        builtIns["point"] = (1, 1);
        builtIns["point.withinBBox"] = (3, 3);
        foreach (var type in new[] { "String", "Integer", "Float", "Boolean" })
        {
            builtIns["to" + type] = (1, 1);
            builtIns["to" + type + "OrNull"] = (1, 1);
            builtIns["to" + type + "List"] = (1, 1);
        }

        builtIns["valueType"] = (1, 1);
        return builtIns;
    }

    /// <summary>The argument kinds a function accepts, when the analyzer checks them.</summary>
    public static bool TryGetArgumentKinds(string name, out TypeFlags kinds) => ArgumentKinds.TryGetValue(name, out kinds);

    /// <summary>The result type of a call (anything when unknown).</summary>
    public static StaticType ResultType(string name) => ResultTypes.TryGetValue(name, out var type) ? type : StaticType.Any;
}
