using System.Buffers.Binary;
using System.Text;
using GraphExplorer.Engine.Transactions;

namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// The binary snapshot (checkpoint) of the whole graph (layout in docs/storage.md): header with magic
/// <c>GXSN</c> and format version, the sequence number of the last commit it contains, id counters,
/// schema, nodes (with their relationship counts from format 2, so adjacency lists are sized once),
/// relationships, and a CRC-32 of everything before it. Reads formats 1 and 2; writes 2. Thread-safe.
/// </summary>
internal static class SnapshotFormat
{
    /// <summary>The snapshot's file name inside the data directory.</summary>
    public const string FileName = "graph.snapshot";

    /// <summary>The format version this code writes (2: schema kinds as <see cref="SchemaKindCodes"/>, node degrees).</summary>
    public const ushort Version = 2;

    /// <summary>The oldest format version this code reads (1: schema kinds as the parser enums' values of the time, no degrees).</summary>
    public const ushort OldestReadableVersion = 1;

    private const int HeaderSize = 8;

    private static ReadOnlySpan<byte> Magic => "GXSN"u8;

    /// <summary>Encodes the store, which contains every commit up to <paramref name="lastSequence"/>.</summary>
    public static ReadOnlyMemory<byte> Encode(GraphStore store, long lastSequence)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write((ushort)0);
            writer.Write(lastSequence);
            var (node, relationship, schema) = store.NextIds;
            writer.Write(node);
            writer.Write(relationship);
            writer.Write(schema);
            writer.Write7BitEncodedInt(store.Constraints.Count);
            foreach (var rule in store.Constraints)
            {
                RedoCodec.WriteConstraint(writer, rule);
            }

            var indexes = store.Indexes.Where(i => i.OwningConstraint is null).ToList();
            writer.Write7BitEncodedInt(indexes.Count);
            foreach (var rule in indexes)
            {
                RedoCodec.WriteIndex(writer, rule);
            }

            // The tables enumerate in id order.
            writer.Write7BitEncodedInt(store.NodeCount);
            foreach (var n in store.Nodes)
            {
                writer.Write(n.Id);
                ValueCodec.WriteStrings(writer, n.Labels);
                ValueCodec.WriteProperties(writer, n);
                writer.Write7BitEncodedInt(n.Outgoing.Count);
                writer.Write7BitEncodedInt(n.Incoming.Count);
            }

            writer.Write7BitEncodedInt(store.RelationshipCount);
            foreach (var r in store.Relationships)
            {
                writer.Write(r.Id);
                writer.Write(r.Type);
                writer.Write(r.Start.Id);
                writer.Write(r.End.Id);
                ValueCodec.WriteProperties(writer, r);
            }
        }

        var length = (int)stream.Length;
        var crc = Crc32.Compute(stream.GetBuffer().AsSpan(0, length));
        Span<byte> trailer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc);
        stream.Write(trailer);
        return stream.GetBuffer().AsMemory(0, (int)stream.Length);
    }

    /// <summary>Reads a snapshot into a new store; returns it with the last commit sequence it contains.</summary>
    /// <exception cref="StoreCorruptedException">The file fails its checksum or is malformed.</exception>
    public static (GraphStore Store, long LastSequence) Load(string path, LoadProfile? profile = null)
    {
        var image = File.ReadAllBytes(path);
        profile?.Mark("file read");
        if (image.Length < HeaderSize + 4 || !image.AsSpan(0, 4).SequenceEqual(Magic))
        {
            throw new StoreCorruptedException(path, 0, "the file is not a GraphExplorer snapshot");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(4));
        if (version is < OldestReadableVersion or > Version)
        {
            throw new StoreCorruptedException(path, 4, $"the snapshot has format version {version}; this engine reads versions {OldestReadableVersion} to {Version}");
        }

        // The checksum runs on the other core while this one decodes; a decode failure defers to it, so
        // damage is reported as a checksum failure whenever the checksum does fail.
        var checksum = Task.Run(() => BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(image.Length - 4)) == Crc32.Compute(image.AsSpan(0, image.Length - 4)));
        using var stream = new MemoryStream(image, HeaderSize, image.Length - 4 - HeaderSize, writable: false, publiclyVisible: true);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        (GraphStore, long) loaded;
        try
        {
            loaded = Read(reader, version, profile);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or KeyNotFoundException or ArgumentException)
        {
            var position = HeaderSize + stream.Position;
            throw checksum.GetAwaiter().GetResult()
                ? new StoreCorruptedException(path, position, $"the snapshot is malformed ({ex.Message})")
                : new StoreCorruptedException(path, image.Length - 4, "the snapshot fails its checksum");
        }

        if (!checksum.GetAwaiter().GetResult())
        {
            throw new StoreCorruptedException(path, image.Length - 4, "the snapshot fails its checksum");
        }

        profile?.Mark("checksum wait");

        return loaded;
    }

    private static (GraphStore, long) Read(BinaryReader reader, int version, LoadProfile? profile)
    {
        var store = new GraphStore();
        var names = store.Names;
        var interner = new ValueInterner();
        var lastSequence = reader.ReadInt64();
        var nextNode = reader.ReadInt64();
        var nextRelationship = reader.ReadInt64();
        var nextSchema = reader.ReadInt64();

        // The schema is applied after the nodes: each index is then built from its label's nodes, instead of
        // every node visiting every index as it is added.
        var constraints = new List<ConstraintRule>();
        for (var count = reader.Read7BitEncodedInt(); constraints.Count < count;)
        {
            constraints.Add(RedoCodec.ReadConstraint(reader, names, version));
        }

        var indexes = new List<IndexRule>();
        for (var count = reader.Read7BitEncodedInt(); indexes.Count < count;)
        {
            indexes.Add(RedoCodec.ReadIndex(reader, names, version));
        }

        var nodeCount = reader.Read7BitEncodedInt();
        store.EnsureCapacity(nodeCount, 0);
        LoadPipeline.Run(
            nodeCount,
            () => new NodeRecord(
                reader.ReadInt64(),
                ValueCodec.ReadStrings(reader, names),
                ValueCodec.ReadShapedProperties(reader, names, interner),
                version >= 2 ? (reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt()) : (0, 0)),
            n => store.RestoreNode(n.Id, n.Labels, n.Properties.Shape, n.Properties.Values, n.Degrees.Outgoing, n.Degrees.Incoming));

        profile?.Mark("nodes (+ label index)");

        var scratch = new UndoLog();
        foreach (var rule in constraints)
        {
            store.RestoreConstraint(rule, scratch);
        }

        foreach (var rule in indexes)
        {
            store.RestoreIndex(rule, scratch);
        }

        profile?.Mark("schema indexes");

        var relationshipCount = reader.Read7BitEncodedInt();
        store.EnsureCapacity(nodeCount, relationshipCount);
        LoadPipeline.Run(
            relationshipCount,
            () => new RelationshipRecord(
                reader.ReadInt64(),
                names.Read(reader),
                reader.ReadInt64(),
                reader.ReadInt64(),
                ValueCodec.ReadShapedProperties(reader, names, interner)),
            r => store.RestoreRelationship(r.Id, r.Type, NodeOf(store, r.Start), NodeOf(store, r.End), r.Properties.Shape, r.Properties.Values));

        profile?.Mark("relationships (+ adjacency, counts)");
        store.RestoreNextIds(nextNode, nextRelationship, nextSchema);
        return (store, lastSequence);
    }

    /// <summary>A node as decoded, before it reaches the store (names already in the store's name table).</summary>
    private readonly record struct NodeRecord(long Id, List<string> Labels, (PropertyShape? Shape, object? Values) Properties, (int Outgoing, int Incoming) Degrees);

    /// <summary>A relationship as decoded, before it reaches the store (its type already in the store's name table).</summary>
    private readonly record struct RelationshipRecord(long Id, string Type, long Start, long End, (PropertyShape? Shape, object? Values) Properties);

    private static StoredNode NodeOf(GraphStore store, long id) =>
        store.FindNode(id) ?? throw new InvalidDataException($"a relationship names node {id}, which the snapshot does not hold");
}
