using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// The bytes that stand for constraint and index kinds on disk (snapshot format 2, log format 2), mapped
/// from and to the parser's enums here only, so reordering or extending those enums cannot change what a
/// file means. Byte 0 is reserved as invalid (zero-filled bytes never read as a kind). Format 1 wrote the
/// enums' implicit values (starting at 0); <see cref="ConstraintFromVersion1"/> and
/// <see cref="IndexFromVersion1"/> pin that old mapping. Thread-safe.
/// </summary>
internal static class SchemaKindCodes
{
    /// <summary>A uniqueness constraint.</summary>
    public const byte Unique = 1;

    /// <summary>A property existence (IS NOT NULL) constraint.</summary>
    public const byte NotNull = 2;

    /// <summary>A node or relationship key constraint.</summary>
    public const byte NodeKey = 3;

    /// <summary>A range index.</summary>
    public const byte RangeIndex = 1;

    /// <summary>A text index.</summary>
    public const byte TextIndex = 2;

    /// <summary>A point index.</summary>
    public const byte PointIndex = 3;

    /// <summary>A fulltext index.</summary>
    public const byte FulltextIndex = 4;

    /// <summary>A token lookup index.</summary>
    public const byte LookupIndex = 5;

    /// <summary>The byte written for a constraint kind.</summary>
    public static byte Of(ConstraintKind kind) => kind switch
    {
        ConstraintKind.Unique => Unique,
        ConstraintKind.NotNull => NotNull,
        ConstraintKind.NodeKey => NodeKey,
        _ => throw new InvalidOperationException($"The constraint kind {kind} has no disk code; add one to SchemaKindCodes."),
    };

    /// <summary>The byte written for an index kind.</summary>
    public static byte Of(IndexKind kind) => kind switch
    {
        IndexKind.Range => RangeIndex,
        IndexKind.Text => TextIndex,
        IndexKind.Point => PointIndex,
        IndexKind.Fulltext => FulltextIndex,
        IndexKind.Lookup => LookupIndex,
        _ => throw new InvalidOperationException($"The index kind {kind} has no disk code; add one to SchemaKindCodes."),
    };

    /// <summary>The constraint kind a byte of format <paramref name="version"/> stands for.</summary>
    /// <exception cref="InvalidDataException">The byte stands for no kind.</exception>
    public static ConstraintKind Constraint(byte code, int version) => version == 1 ? ConstraintFromVersion1(code) : code switch
    {
        Unique => ConstraintKind.Unique,
        NotNull => ConstraintKind.NotNull,
        NodeKey => ConstraintKind.NodeKey,
        _ => throw new InvalidDataException($"Unknown constraint kind code {code}."),
    };

    /// <summary>The index kind a byte of format <paramref name="version"/> stands for.</summary>
    /// <exception cref="InvalidDataException">The byte stands for no kind.</exception>
    public static IndexKind Index(byte code, int version) => version == 1 ? IndexFromVersion1(code) : code switch
    {
        RangeIndex => IndexKind.Range,
        TextIndex => IndexKind.Text,
        PointIndex => IndexKind.Point,
        FulltextIndex => IndexKind.Fulltext,
        LookupIndex => IndexKind.Lookup,
        _ => throw new InvalidDataException($"Unknown index kind code {code}."),
    };

    /// <summary>Format 1's constraint bytes: the parser enum's order when it was written (Unique, NotNull, NodeKey from 0).</summary>
    private static ConstraintKind ConstraintFromVersion1(byte code) => code switch
    {
        0 => ConstraintKind.Unique,
        1 => ConstraintKind.NotNull,
        2 => ConstraintKind.NodeKey,
        _ => throw new InvalidDataException($"Unknown format-1 constraint kind code {code}."),
    };

    /// <summary>Format 1's index bytes: the parser enum's order when it was written (Range, Text, Point, Fulltext, Lookup from 0).</summary>
    private static IndexKind IndexFromVersion1(byte code) => code switch
    {
        0 => IndexKind.Range,
        1 => IndexKind.Text,
        2 => IndexKind.Point,
        3 => IndexKind.Fulltext,
        4 => IndexKind.Lookup,
        _ => throw new InvalidDataException($"Unknown format-1 index kind code {code}."),
    };
}
