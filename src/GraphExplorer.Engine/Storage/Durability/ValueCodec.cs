using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// The binary encoding of property values shared by WAL records and snapshots: one tag byte, then the
/// value (layouts in docs/storage.md). Strings are a 7-bit-encoded byte length and UTF-8. Thread-safe.
/// </summary>
internal static class ValueCodec
{
    private const byte Null = 0;
    private const byte False = 1;
    private const byte True = 2;
    private const byte Integer = 3;
    private const byte Float = 4;
    private const byte Text = 5;
    private const byte List = 6;
    private const byte Date = 7;
    private const byte LocalDateTime = 8;
    private const byte ZonedDateTime = 9;
    private const byte LocalTime = 10;
    private const byte Duration = 11;
    private const byte Point = 12;
    private const byte Bytes = 13;

    /// <summary>What <see cref="ReadProperties"/> returns for an entity without properties (most relationships): no allocation.</summary>
    private static readonly KeyValuePair<string, object?>[] NoProperties = [];

    /// <summary>One box per boolean, so a loaded store holds no box per true or false.</summary>
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    /// <summary>Shared boxes of the small integers (counts, years, flags as numbers), read far more often than they are unique.</summary>
    private static readonly object[] SmallIntegers = [.. Enumerable.Range(SmallIntegerMin, SmallIntegerMax - SmallIntegerMin + 1).Select(i => (object)(long)i)];

    private const int SmallIntegerMin = -128;
    private const int SmallIntegerMax = 4095;

    /// <summary>Writes one property value.</summary>
    public static void Write(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.Write(Null);
                break;
            case bool b:
                writer.Write(b ? True : False);
                break;
            case long l:
                writer.Write(Integer);
                writer.Write(l);
                break;
            case double d:
                writer.Write(Float);
                writer.Write(d);
                break;
            case string s:
                writer.Write(Text);
                writer.Write(s);
                break;
            case byte[] bytes:
                writer.Write(Bytes);
                writer.Write7BitEncodedInt(bytes.Length);
                writer.Write(bytes);
                break;
            case IReadOnlyList<object?> list:
                writer.Write(List);
                writer.Write7BitEncodedInt(list.Count);
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                break;
            case DateOnly date:
                writer.Write(Date);
                writer.Write(date.DayNumber);
                break;
            case DateTime local:
                writer.Write(LocalDateTime);
                writer.Write(local.Ticks);
                writer.Write((byte)local.Kind);
                break;
            case DateTimeOffset zoned:
                writer.Write(ZonedDateTime);
                writer.Write(zoned.Ticks);
                writer.Write((short)zoned.Offset.TotalMinutes);
                break;
            case TimeOnly time:
                writer.Write(LocalTime);
                writer.Write(time.Ticks);
                break;
            case CypherDuration duration:
                writer.Write(Duration);
                writer.Write(duration.Months);
                writer.Write(duration.Days);
                writer.Write(duration.Seconds);
                writer.Write(duration.Nanoseconds);
                break;
            case CypherPoint point:
                writer.Write(Point);
                writer.Write(point.Srid);
                writer.Write(point.X);
                writer.Write(point.Y);
                writer.Write(point.Z.HasValue);
                writer.Write(point.Z ?? 0d);
                break;
            default:
                throw new InvalidDataException($"Cannot store a value of type {value.GetType().Name}.");
        }
    }

    /// <summary>Reads one property value written by <see cref="Write"/>; with an <paramref name="interner"/>, repeated short strings and lists come back shared.</summary>
    public static object? Read(BinaryReader reader, ValueInterner? interner = null)
    {
        var tag = reader.ReadByte();
        switch (tag)
        {
            case Null:
                return null;
            case False:
                return BoxedFalse;
            case True:
                return BoxedTrue;
            case Integer:
                return Box(reader.ReadInt64());
            case Float:
                return reader.ReadDouble();
            case Text:
                return interner is null ? reader.ReadString() : interner.ReadString(reader);
            case Bytes:
                return reader.ReadBytes(reader.Read7BitEncodedInt());
            case List:
                var count = reader.Read7BitEncodedInt();
                var list = new List<object?>(count);
                for (var i = 0; i < count; i++)
                {
                    list.Add(Read(reader, interner));
                }

                return interner is null ? list : interner.Share(list);
            case Date:
                return DateOnly.FromDayNumber(reader.ReadInt32());
            case LocalDateTime:
                var ticks = reader.ReadInt64();
                return new DateTime(ticks, (DateTimeKind)reader.ReadByte());
            case ZonedDateTime:
                var zonedTicks = reader.ReadInt64();
                return new DateTimeOffset(zonedTicks, TimeSpan.FromMinutes(reader.ReadInt16()));
            case LocalTime:
                return new TimeOnly(reader.ReadInt64());
            case Duration:
                return new CypherDuration(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt32());
            case Point:
                var srid = reader.ReadInt32();
                var x = reader.ReadDouble();
                var y = reader.ReadDouble();
                var hasZ = reader.ReadBoolean();
                var z = reader.ReadDouble();
                return new CypherPoint(srid, x, y, hasZ ? z : null);
            default:
                throw new InvalidDataException($"Unknown value tag {tag}.");
        }
    }

    /// <summary>A boxed integer, shared for small values.</summary>
    internal static object Box(long value) =>
        value is >= SmallIntegerMin and <= SmallIntegerMax ? SmallIntegers[value - SmallIntegerMin] : value;

    /// <summary>Writes a list of strings (count, then each string).</summary>
    public static void WriteStrings(BinaryWriter writer, IReadOnlyCollection<string> values)
    {
        writer.Write7BitEncodedInt(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    /// <summary>Reads a list of strings, sharing equal strings through <paramref name="names"/>.</summary>
    public static List<string> ReadStrings(BinaryReader reader, NameTable names)
    {
        var count = reader.Read7BitEncodedInt();
        var values = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            values.Add(names.Read(reader));
        }

        return values;
    }

    /// <summary>Writes a property map (count, then key and value pairs, in order).</summary>
    public static void WriteProperties(BinaryWriter writer, IReadOnlyCollection<KeyValuePair<string, object?>> properties)
    {
        writer.Write7BitEncodedInt(properties.Count);
        foreach (var (key, value) in properties)
        {
            writer.Write(key);
            Write(writer, value);
        }
    }

    /// <summary>Writes an entity's properties in the layout of <see cref="WriteProperties(BinaryWriter, IReadOnlyCollection{KeyValuePair{string, object?}})"/>, straight from its shape.</summary>
    public static void WriteProperties(BinaryWriter writer, StoredEntity entity)
    {
        var count = entity.PropertyCount;
        writer.Write7BitEncodedInt(count);
        for (var i = 0; i < count; i++)
        {
            writer.Write(entity.Shape![i]);
            Write(writer, entity.ValueAt(i));
        }
    }

    /// <summary>Reads a property map written by <see cref="WriteProperties(BinaryWriter, IReadOnlyCollection{KeyValuePair{string, object?}})"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> ReadProperties(BinaryReader reader, NameTable names, ValueInterner? interner = null)
    {
        var count = reader.Read7BitEncodedInt();
        if (count == 0)
        {
            return NoProperties;
        }

        CheckCount(reader, count);

        var properties = new KeyValuePair<string, object?>[count];
        for (var i = 0; i < count; i++)
        {
            var key = names.Read(reader);
            properties[i] = new KeyValuePair<string, object?>(key, Read(reader, interner));
        }

        return properties;
    }

    /// <summary>
    /// Reads the properties of one entity (the layout of <see cref="WriteProperties(BinaryWriter, StoredEntity)"/>) as a shape and values,
    /// the form <see cref="StoredEntity.InitializeProperties"/> keeps, without a pair array in between.
    /// </summary>
    public static (PropertyShape? Shape, object? Values) ReadShapedProperties(BinaryReader reader, NameTable names, ValueInterner interner)
    {
        var count = reader.Read7BitEncodedInt();
        if (count == 0)
        {
            return (null, null);
        }

        CheckCount(reader, count);
        var shape = PropertyShape.Empty;
        if (count == 1)
        {
            shape = shape.With(names.Read(reader));
            return (shape, Read(reader, interner));
        }

        var values = new object?[count];
        for (var i = 0; i < count; i++)
        {
            var key = names.Read(reader);
            if (shape.IndexOf(key) >= 0)
            {
                throw new InvalidDataException($"the property '{key}' appears twice in one entity");
            }

            shape = shape.With(key);
            values[i] = Read(reader, interner);
        }

        return (shape, values);
    }

    /// <summary>A count of items of at least two bytes each cannot exceed what is left to read (so damage cannot ask for a huge array).</summary>
    private static void CheckCount(BinaryReader reader, int count)
    {
        var stream = reader.BaseStream;
        if (count < 0 || (stream.CanSeek && count > (stream.Length - stream.Position) / 2))
        {
            throw new InvalidDataException($"a count of {count} items exceeds the data left");
        }
    }
}
