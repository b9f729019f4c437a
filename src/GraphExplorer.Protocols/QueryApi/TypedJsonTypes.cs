namespace GraphExplorer.Protocols.QueryApi;

/// <summary>The <c>$type</c> names of the Query API's typed JSON (<c>application/vnd.neo4j.query</c>).</summary>
public static class TypedJsonTypes
{
    public const string Null = "Null";
    public const string Boolean = "Boolean";
    public const string Integer = "Integer";
    public const string Float = "Float";
    public const string String = "String";
    public const string Base64 = "Base64";
    public const string List = "List";
    public const string Map = "Map";
    public const string Date = "Date";
    public const string Time = "Time";
    public const string LocalTime = "LocalTime";
    public const string LocalDateTime = "LocalDateTime";
    public const string OffsetDateTime = "OffsetDateTime";
    public const string ZonedDateTime = "ZonedDateTime";
    public const string Duration = "Duration";
    public const string Point = "Point";
    public const string Node = "Node";
    public const string Relationship = "Relationship";
    public const string Path = "Path";

    /// <summary>The key holding a typed value's type name.</summary>
    public const string TypeKey = "$type";

    /// <summary>The key holding a typed value's value.</summary>
    public const string ValueKey = "_value";
}
