using System.Text.Json;

namespace GraphExplorer.Core.Import;

/// <summary>
/// Hands out one string instance per distinct short text (labels, types, property names, list items such as
/// source ids), read from the JSON without allocating when the text was seen before: a million rows naming the
/// same few labels keep a few strings, not millions, which spares the garbage collector during the import.
/// Bounded, so unique texts cannot make it grow without end. Not thread-safe: one per read.
/// </summary>
internal sealed class JsonNameTable
{
    /// <summary>Texts longer than this (in UTF-8 bytes) are not shared: they are rarely repeated names.</summary>
    private const int MaxLength = 96;

    /// <summary>How many distinct texts are kept at the most.</summary>
    private const int MaxEntries = 65_536;

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public JsonNameTable()
    {
        _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The string of the current token (a string value or a property name).</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length > MaxLength)
        {
            return reader.GetString()!;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var text = buffer[..reader.CopyString(buffer)];
        if (_lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var created = new string(text);
        if (_names.Count < MaxEntries)
        {
            _names.Add(created);
        }

        return created;
    }
}
