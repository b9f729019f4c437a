using System.Buffers.Binary;
using System.Text;
using GraphExplorer.Engine.Transactions;

namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// The binary snapshot (checkpoint) of the whole graph (layout in docs/storage.md): header with magic
/// <c>GXSN</c> and format version, the sequence number of the last commit it contains, id counters,
/// schema, nodes, relationships, and a CRC-32 of everything before it. Thread-safe.
/// </summary>
internal static class SnapshotFormat
{
    /// <summary>The snapshot's file name inside the data directory.</summary>
    public const string FileName = "graph.snapshot";

    /// <summary>The format version this code writes and reads.</summary>
    public const ushort Version = 1;

    private const int HeaderSize = 8;

    private static ReadOnlySpan<byte> Magic => "GXSN"u8;

    /// <summary>Encodes the store, which contains every commit up to <paramref name="lastSequence"/>.</summary>
    public static byte[] Encode(GraphStore store, long lastSequence)
    {
        using var stream = new MemoryStream();
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

            writer.Write7BitEncodedInt(store.NodeCount);
            foreach (var n in store.Nodes.OrderBy(n => n.Id))
            {
                writer.Write(n.Id);
                ValueCodec.WriteStrings(writer, n.Labels);
                ValueCodec.WriteProperties(writer, n.Properties);
            }

            writer.Write7BitEncodedInt(store.RelationshipCount);
            foreach (var r in store.Relationships.OrderBy(r => r.Id))
            {
                writer.Write(r.Id);
                writer.Write(r.Type);
                writer.Write(r.Start.Id);
                writer.Write(r.End.Id);
                ValueCodec.WriteProperties(writer, r.Properties);
            }
        }

        var length = (int)stream.Length;
        var crc = Crc32.Compute(stream.GetBuffer().AsSpan(0, length));
        Span<byte> trailer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc);
        stream.Write(trailer);
        return stream.ToArray();
    }

    /// <summary>Reads a snapshot into a new store; returns it with the last commit sequence it contains.</summary>
    /// <exception cref="StoreCorruptedException">The file fails its checksum or is malformed.</exception>
    public static (GraphStore Store, long LastSequence) Load(string path)
    {
        var image = File.ReadAllBytes(path);
        if (image.Length < HeaderSize + 4 || !image.AsSpan(0, 4).SequenceEqual(Magic))
        {
            throw new StoreCorruptedException(path, 0, "the file is not a GraphExplorer snapshot");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(4));
        if (version != Version)
        {
            throw new StoreCorruptedException(path, 4, $"the snapshot has format version {version}; this engine reads version {Version}");
        }

        var body = image.AsSpan(0, image.Length - 4);
        if (BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(image.Length - 4)) != Crc32.Compute(body))
        {
            throw new StoreCorruptedException(path, image.Length - 4, "the snapshot fails its checksum");
        }

        using var stream = new MemoryStream(image, HeaderSize, image.Length - 4 - HeaderSize, writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            return Read(reader);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or KeyNotFoundException)
        {
            throw new StoreCorruptedException(path, HeaderSize + stream.Position, $"the snapshot is malformed ({ex.Message})");
        }
    }

    private static (GraphStore, long) Read(BinaryReader reader)
    {
        var names = new NameTable();
        var store = new GraphStore();
        var scratch = new UndoLog();
        var lastSequence = reader.ReadInt64();
        var nextNode = reader.ReadInt64();
        var nextRelationship = reader.ReadInt64();
        var nextSchema = reader.ReadInt64();
        var constraints = reader.Read7BitEncodedInt();
        for (var i = 0; i < constraints; i++)
        {
            store.RestoreConstraint(RedoCodec.ReadConstraint(reader, names), scratch);
        }

        var indexes = reader.Read7BitEncodedInt();
        for (var i = 0; i < indexes; i++)
        {
            store.RestoreIndex(RedoCodec.ReadIndex(reader, names), scratch);
        }

        var nodeCount = reader.Read7BitEncodedInt();
        var nodes = new Dictionary<long, StoredNode>(nodeCount);
        store.EnsureCapacity(nodeCount, 0);
        for (var i = 0; i < nodeCount; i++)
        {
            var id = reader.ReadInt64();
            nodes[id] = store.RestoreNode(id, ValueCodec.ReadStrings(reader, names), ValueCodec.ReadProperties(reader, names));
        }

        var relationshipCount = reader.Read7BitEncodedInt();
        store.EnsureCapacity(nodeCount, relationshipCount);
        for (var i = 0; i < relationshipCount; i++)
        {
            var id = reader.ReadInt64();
            var type = names.Read(reader);
            var start = nodes[reader.ReadInt64()];
            var end = nodes[reader.ReadInt64()];
            store.RestoreRelationship(id, type, start, end, ValueCodec.ReadProperties(reader, names));
        }

        store.RestoreNextIds(nextNode, nextRelationship, nextSchema);
        return (store, lastSequence);
    }
}
