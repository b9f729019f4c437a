using System.Text;

namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// Shares one string instance per distinct label, type or property key read from disk, so a million
/// relationships of one type hold one type string; a name already known is read without allocating. Not
/// thread-safe (one loader at a time).
/// </summary>
internal sealed class NameTable
{
    /// <summary>Names up to this many UTF-8 bytes are looked up from the bytes; longer ones are decoded first.</summary>
    private const int MaxLookupBytes = 128;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>Reads a string (the layout of <see cref="BinaryWriter.Write(string)"/>) and returns the shared instance equal to it.</summary>
    /// <exception cref="EndOfStreamException">The string runs past the end of the data.</exception>
    public string Read(BinaryReader reader)
    {
        if (reader.BaseStream is not MemoryStream stream || !stream.TryGetBuffer(out var buffer))
        {
            return Intern(reader.ReadString());
        }

        var start = stream.Position;
        var length = reader.Read7BitEncodedInt();
        var position = (int)stream.Position;
        if (length is < 0 or > MaxLookupBytes)
        {
            stream.Position = start;
            return Intern(reader.ReadString());
        }

        if (length > buffer.Count - position)
        {
            throw new EndOfStreamException("a name runs past the end of the data");
        }

        stream.Position = position + length;
        Span<char> chars = stackalloc char[MaxLookupBytes];
        var name = chars[..Encoding.UTF8.GetChars(buffer.AsSpan(position, length), chars)];
        return _names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var shared) ? shared : Intern(new string(name));
    }

    /// <summary>The shared instance equal to <paramref name="name"/>.</summary>
    public string Intern(string name)
    {
        if (_names.TryGetValue(name, out var shared))
        {
            return shared;
        }

        _names[name] = name;
        return name;
    }
}
