namespace GraphExplorer.Engine.Binding;

/// <summary>The kinds of value an expression may produce, as far as the analyzer can tell before running it.</summary>
[Flags]
internal enum TypeFlags
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Integer = 4,
    Float = 8,
    String = 16,
    List = 32,
    Map = 64,
    Node = 128,
    Relationship = 256,
    Path = 512,
    Temporal = 1024,
    Duration = 2048,
    Point = 4096,
    Number = Integer | Float,
    Any = Null | Boolean | Integer | Float | String | List | Map | Node | Relationship | Path | Temporal | Duration | Point,
}

/// <summary>A static type: the possible kinds of value and, for lists, the possible kinds of element.</summary>
internal readonly record struct StaticType(TypeFlags Flags, TypeFlags Element = TypeFlags.Any)
{
    public static readonly StaticType Any = new(TypeFlags.Any);
    public static readonly StaticType Boolean = new(TypeFlags.Boolean);
    public static readonly StaticType Integer = new(TypeFlags.Integer);
    public static readonly StaticType Float = new(TypeFlags.Float);
    public static readonly StaticType String = new(TypeFlags.String);
    public static readonly StaticType Map = new(TypeFlags.Map);
    public static readonly StaticType Node = new(TypeFlags.Node);
    public static readonly StaticType Relationship = new(TypeFlags.Relationship);
    public static readonly StaticType Path = new(TypeFlags.Path);
    public static readonly StaticType Null = new(TypeFlags.Null);

    /// <summary>A list whose elements are of <paramref name="element"/>.</summary>
    public static StaticType ListOf(TypeFlags element) => new(TypeFlags.List, element == TypeFlags.None ? TypeFlags.Any : element);

    /// <summary>Whether a value of this type may be of one of <paramref name="kinds"/> (null always fits).</summary>
    public bool MayBe(TypeFlags kinds) => (Flags & (kinds | TypeFlags.Null)) != 0;

    /// <summary>Either this or <paramref name="other"/>.</summary>
    public StaticType Union(StaticType other) => new(Flags | other.Flags, Element | other.Element);

    /// <summary>The type of the elements when this is a list; anything otherwise.</summary>
    public TypeFlags ElementType => (Flags & TypeFlags.List) != 0 && Flags != TypeFlags.Any ? Element : TypeFlags.Any;

    /// <summary>Neo4j's names of the kinds this type allows, for messages ("Integer", "Map, Node or Relationship", …).</summary>
    public string Describe()
    {
        if (Flags == TypeFlags.Any)
        {
            return "Any";
        }

        var flags = Flags;
        var names = Names.Where(n => (flags & n.Flag) != 0 && (n.Flag != TypeFlags.Null || flags == TypeFlags.Null)).Select(n => n.Name).ToList();
        return names.Count switch
        {
            0 => "Any",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1],
        };
    }

    private static readonly (TypeFlags Flag, string Name)[] Names =
    [
        (TypeFlags.Boolean, "Boolean"),
        (TypeFlags.Integer, "Integer"),
        (TypeFlags.Float, "Float"),
        (TypeFlags.String, "String"),
        (TypeFlags.List, "List<T>"),
        (TypeFlags.Map, "Map"),
        (TypeFlags.Node, "Node"),
        (TypeFlags.Relationship, "Relationship"),
        (TypeFlags.Path, "Path"),
        (TypeFlags.Temporal, "Temporal"),
        (TypeFlags.Duration, "Duration"),
        (TypeFlags.Point, "Point"),
        (TypeFlags.Null, "Null"),
    ];
}
