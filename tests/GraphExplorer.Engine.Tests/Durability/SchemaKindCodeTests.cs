using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine.Tests.Durability;

/// <summary>The disk bytes of schema kinds are the formats' own (decision 0096): pinned here, so a change of the parser's enums cannot move them.</summary>
public sealed class SchemaKindCodeTests
{
    public static TheoryData<string, byte> ConstraintCodes() => new()
    {
        { nameof(ConstraintKind.Unique), 1 },
        { nameof(ConstraintKind.NotNull), 2 },
        { nameof(ConstraintKind.NodeKey), 3 },
    };

    public static TheoryData<string, byte> IndexCodes() => new()
    {
        { nameof(IndexKind.Range), 1 },
        { nameof(IndexKind.Text), 2 },
        { nameof(IndexKind.Point), 3 },
        { nameof(IndexKind.Fulltext), 4 },
        { nameof(IndexKind.Lookup), 5 },
    };

    [Theory]
    [MemberData(nameof(ConstraintCodes))]
    public void A_constraint_kind_is_written_as_its_pinned_byte_and_read_back(string name, byte code)
    {
        var kind = Enum.Parse<ConstraintKind>(name);
        var rule = new ConstraintRule(7, "c", kind, false, "L", ["p"]);
        var bytes = Encode(writer => RedoCodec.WriteConstraint(writer, rule));

        Assert.Equal(code, bytes[8 + 2]);
        Assert.Equal(rule, Decode(bytes, reader => RedoCodec.ReadConstraint(reader, new NameTable(), WalFormat.Version)), RuleComparer.Instance);
    }

    [Theory]
    [MemberData(nameof(IndexCodes))]
    public void An_index_kind_is_written_as_its_pinned_byte_and_read_back(string name, byte code)
    {
        var kind = Enum.Parse<IndexKind>(name);
        var rule = new IndexRule(9, "i", kind, false, ["L"], ["p"], null);
        var bytes = Encode(writer => RedoCodec.WriteIndex(writer, rule));

        Assert.Equal(code, bytes[8 + 2]);
        Assert.Equal(kind, Decode(bytes, reader => RedoCodec.ReadIndex(reader, new NameTable(), SnapshotFormat.Version)).Kind);
    }

    [Fact]
    public void Every_kind_of_the_parser_has_a_code_and_zero_is_none()
    {
        Assert.Equal(Enum.GetValues<ConstraintKind>().Length, ConstraintCodes().Count);
        Assert.Equal(Enum.GetValues<IndexKind>().Length, IndexCodes().Count);
        Assert.Throws<InvalidDataException>(() => SchemaKindCodes.Constraint(0, 2));
        Assert.Throws<InvalidDataException>(() => SchemaKindCodes.Index(0, 2));
    }

    [Fact]
    public void Format_1_bytes_keep_their_old_meaning()
    {
        Assert.Equal([ConstraintKind.Unique, ConstraintKind.NotNull, ConstraintKind.NodeKey], [.. Enumerable.Range(0, 3).Select(b => SchemaKindCodes.Constraint((byte)b, 1))]);
        Assert.Equal(
            [IndexKind.Range, IndexKind.Text, IndexKind.Point, IndexKind.Fulltext, IndexKind.Lookup],
            [.. Enumerable.Range(0, 5).Select(b => SchemaKindCodes.Index((byte)b, 1))]);
    }

    private static byte[] Encode(Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    private static T Decode<T>(byte[] bytes, Func<BinaryReader, T> read)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        return read(reader);
    }

    private sealed class RuleComparer : IEqualityComparer<ConstraintRule>
    {
        public static readonly RuleComparer Instance = new();

        public bool Equals(ConstraintRule? x, ConstraintRule? y) =>
            x!.Id == y!.Id && x.Name == y.Name && x.Kind == y.Kind && x.LabelOrType == y.LabelOrType && x.Properties.SequenceEqual(y.Properties);

        public int GetHashCode(ConstraintRule obj) => obj.Id.GetHashCode();
    }
}
