using System.Runtime.CompilerServices;
using System.Text;

namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// Shares repeated short strings and short lists of strings read while a store loads (a million relationships
/// holding <c>sources: ['source-synthetic-1']</c> then hold one list and one string), with bounded direct-mapped
/// caches: a value is looked up where its hash points, and a miss takes the slot over. Unique values (ids)
/// cost a slot and nothing more; a value seen often stays. Sharing is safe because stored values are never
/// changed in place: setting a property replaces its value (decision 0095). Not thread-safe (one per loader).
/// </summary>
internal sealed class ValueInterner
{
    /// <summary>Longer strings are not shared (they are rarely repeated and costly to compare).</summary>
    internal const int MaxStringBytes = 64;

    /// <summary>Longer lists are not shared.</summary>
    internal const int MaxListItems = 4;

    private const int Slots = 1 << 14;

    private readonly string?[] _strings = new string?[Slots];
    private readonly List<object?>?[] _lists = new List<object?>?[Slots];

    /// <summary>Reads a length-prefixed UTF-8 string (the layout of <see cref="BinaryWriter.Write(string)"/>), shared when short.</summary>
    /// <exception cref="EndOfStreamException">The string runs past the end of the data.</exception>
    public string ReadString(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        if (length is < 0 or > MaxStringBytes || reader.BaseStream is not MemoryStream stream || !stream.TryGetBuffer(out var buffer))
        {
            return ReadUnshared(reader, length);
        }

        var position = (int)stream.Position;
        if (length > buffer.Count - position)
        {
            throw new EndOfStreamException("a string runs past the end of the data");
        }

        stream.Position = position + length;
        Span<char> chars = stackalloc char[MaxStringBytes];
        var text = chars[..Encoding.UTF8.GetChars(buffer.AsSpan(position, length), chars)];
        ref var slot = ref _strings[string.GetHashCode(text) & (Slots - 1)];
        if (slot is { } cached && text.SequenceEqual(cached))
        {
            return cached;
        }

        slot = new string(text);
        return slot;
    }

    /// <summary>The shared list equal to <paramref name="list"/> when it is a short list of shared strings; <paramref name="list"/> otherwise.</summary>
    public List<object?> Share(List<object?> list)
    {
        if (list.Count is 0 or > MaxListItems)
        {
            return list;
        }

        var hash = list.Count;
        foreach (var item in list)
        {
            if (item is not string)
            {
                return list;
            }

            hash = HashCode.Combine(hash, RuntimeHelpers.GetHashCode(item));
        }

        ref var slot = ref _lists[hash & (Slots - 1)];
        if (slot is { } cached && cached.Count == list.Count && SameItems(cached, list))
        {
            return cached;
        }

        slot = list;
        return list;
    }

    private static bool SameItems(List<object?> a, List<object?> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string ReadUnshared(BinaryReader reader, int length)
    {
        if (length < 0)
        {
            throw new InvalidDataException($"a string has the negative length {length}");
        }

        var bytes = reader.ReadBytes(length);
        return bytes.Length == length ? Encoding.UTF8.GetString(bytes) : throw new EndOfStreamException("a string runs past the end of the data");
    }
}
