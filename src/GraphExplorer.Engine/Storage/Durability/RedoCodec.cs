namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>Encodes redo operations as one byte of operation code and their fields (layouts in docs/storage.md). Thread-safe.</summary>
internal static class RedoCodec
{
    private const byte CreateNode = 1;
    private const byte DeleteNode = 2;
    private const byte SetNodeProperty = 3;
    private const byte AddLabel = 4;
    private const byte RemoveLabel = 5;
    private const byte CreateRelationship = 6;
    private const byte DeleteRelationship = 7;
    private const byte SetRelationshipProperty = 8;
    private const byte AddConstraint = 9;
    private const byte DropConstraint = 10;
    private const byte AddIndex = 11;
    private const byte DropIndex = 12;

    /// <summary>Writes one operation.</summary>
    public static void Write(BinaryWriter writer, RedoOperation operation)
    {
        switch (operation)
        {
            case NodeCreated n:
                writer.Write(CreateNode);
                writer.Write(n.Id);
                ValueCodec.WriteStrings(writer, n.Labels.ToList());
                ValueCodec.WriteProperties(writer, n.Properties.ToList());
                break;
            case NodeDeleted n:
                writer.Write(DeleteNode);
                writer.Write(n.Id);
                break;
            case NodePropertySet p:
                writer.Write(SetNodeProperty);
                writer.Write(p.Id);
                writer.Write(p.Key);
                ValueCodec.Write(writer, p.Value);
                break;
            case LabelAdded l:
                writer.Write(AddLabel);
                writer.Write(l.Id);
                writer.Write(l.Label);
                break;
            case LabelRemoved l:
                writer.Write(RemoveLabel);
                writer.Write(l.Id);
                writer.Write(l.Label);
                break;
            case RelationshipCreated r:
                writer.Write(CreateRelationship);
                writer.Write(r.Id);
                writer.Write(r.Type);
                writer.Write(r.Start);
                writer.Write(r.End);
                ValueCodec.WriteProperties(writer, r.Properties.ToList());
                break;
            case RelationshipDeleted r:
                writer.Write(DeleteRelationship);
                writer.Write(r.Id);
                break;
            case RelationshipPropertySet p:
                writer.Write(SetRelationshipProperty);
                writer.Write(p.Id);
                writer.Write(p.Key);
                ValueCodec.Write(writer, p.Value);
                break;
            case ConstraintAdded c:
                writer.Write(AddConstraint);
                WriteConstraint(writer, c.Rule);
                break;
            case ConstraintDropped c:
                writer.Write(DropConstraint);
                writer.Write(c.Name);
                break;
            case IndexAdded i:
                writer.Write(AddIndex);
                WriteIndex(writer, i.Rule);
                break;
            case IndexDropped i:
                writer.Write(DropIndex);
                writer.Write(i.Name);
                break;
            default:
                throw new InvalidOperationException($"Unknown redo operation {operation.GetType().Name}.");
        }
    }

    /// <summary>Reads one operation written by <see cref="Write"/> in log format <paramref name="version"/>.</summary>
    public static RedoOperation Read(BinaryReader reader, NameTable names, int version)
    {
        var code = reader.ReadByte();
        return code switch
        {
            CreateNode => new NodeCreated(reader.ReadInt64(), ValueCodec.ReadStrings(reader, names), ValueCodec.ReadProperties(reader, names)),
            DeleteNode => new NodeDeleted(reader.ReadInt64()),
            SetNodeProperty => new NodePropertySet(reader.ReadInt64(), names.Read(reader), ValueCodec.Read(reader)),
            AddLabel => new LabelAdded(reader.ReadInt64(), names.Read(reader)),
            RemoveLabel => new LabelRemoved(reader.ReadInt64(), names.Read(reader)),
            CreateRelationship => new RelationshipCreated(
                reader.ReadInt64(), names.Read(reader), reader.ReadInt64(), reader.ReadInt64(), ValueCodec.ReadProperties(reader, names)),
            DeleteRelationship => new RelationshipDeleted(reader.ReadInt64()),
            SetRelationshipProperty => new RelationshipPropertySet(reader.ReadInt64(), names.Read(reader), ValueCodec.Read(reader)),
            AddConstraint => new ConstraintAdded(ReadConstraint(reader, names, version)),
            DropConstraint => new ConstraintDropped(reader.ReadString()),
            AddIndex => new IndexAdded(ReadIndex(reader, names, version)),
            DropIndex => new IndexDropped(reader.ReadString()),
            _ => throw new InvalidDataException($"Unknown redo operation code {code}."),
        };
    }

    /// <summary>Writes a constraint rule (also used by snapshots).</summary>
    public static void WriteConstraint(BinaryWriter writer, ConstraintRule rule)
    {
        writer.Write(rule.Id);
        writer.Write(rule.Name);
        writer.Write(SchemaKindCodes.Of(rule.Kind));
        writer.Write(rule.OnRelationship);
        writer.Write(rule.LabelOrType);
        ValueCodec.WriteStrings(writer, rule.Properties.ToList());
    }

    /// <summary>Reads a constraint rule written in format <paramref name="version"/> (the kind byte changed meaning at 2).</summary>
    public static ConstraintRule ReadConstraint(BinaryReader reader, NameTable names, int version) =>
        new(reader.ReadInt64(), reader.ReadString(), SchemaKindCodes.Constraint(reader.ReadByte(), version), reader.ReadBoolean(), names.Read(reader), ValueCodec.ReadStrings(reader, names));

    /// <summary>Writes an index rule (also used by snapshots).</summary>
    public static void WriteIndex(BinaryWriter writer, IndexRule rule)
    {
        writer.Write(rule.Id);
        writer.Write(rule.Name);
        writer.Write(SchemaKindCodes.Of(rule.Kind));
        writer.Write(rule.OnRelationship);
        ValueCodec.WriteStrings(writer, rule.LabelsOrTypes.ToList());
        ValueCodec.WriteStrings(writer, rule.Properties.ToList());
    }

    /// <summary>Reads an index rule written in format <paramref name="version"/> (the kind byte changed meaning at 2).</summary>
    public static IndexRule ReadIndex(BinaryReader reader, NameTable names, int version) =>
        new(reader.ReadInt64(), reader.ReadString(), SchemaKindCodes.Index(reader.ReadByte(), version), reader.ReadBoolean(), ValueCodec.ReadStrings(reader, names), ValueCodec.ReadStrings(reader, names), null);
}
