namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>A decoded commit record: its sequence number, the id counters after it, and its changes.</summary>
internal sealed record CommitData(long Sequence, long NextNodeId, long NextRelationshipId, long NextSchemaId, IReadOnlyList<RedoOperation> Operations);

/// <summary>
/// The payload of a commit record: <c>[u64 sequence][i64 next node id][i64 next relationship id][i64 next
/// schema id][7-bit count][operations]</c>. Thread-safe.
/// </summary>
internal static class CommitCodec
{
    /// <summary>Encodes one committed transaction.</summary>
    public static byte[] Encode(long sequence, (long Node, long Relationship, long Schema) nextIds, IReadOnlyCollection<RedoOperation> operations)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(sequence);
            writer.Write(nextIds.Node);
            writer.Write(nextIds.Relationship);
            writer.Write(nextIds.Schema);
            writer.Write7BitEncodedInt(operations.Count);
            foreach (var operation in operations)
            {
                RedoCodec.Write(writer, operation);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Decodes a payload written by <see cref="Encode"/> (or by log format <paramref name="version"/>'s encoder).</summary>
    /// <exception cref="InvalidDataException">The payload is malformed.</exception>
    /// <exception cref="EndOfStreamException">The payload is cut short.</exception>
    public static CommitData Decode(byte[] payload, NameTable names, int version = WalFormat.Version)
    {
        using var reader = new BinaryReader(new MemoryStream(payload, writable: false));
        var sequence = reader.ReadInt64();
        var nextNode = reader.ReadInt64();
        var nextRelationship = reader.ReadInt64();
        var nextSchema = reader.ReadInt64();
        var count = reader.Read7BitEncodedInt();
        var operations = new List<RedoOperation>(count);
        for (var i = 0; i < count; i++)
        {
            operations.Add(RedoCodec.Read(reader, names, version));
        }

        if (reader.BaseStream.Position != payload.Length)
        {
            throw new InvalidDataException("the commit record has bytes after its last change");
        }

        return new CommitData(sequence, nextNode, nextRelationship, nextSchema, operations);
    }
}
