namespace GraphExplorer.Engine.Storage;

/// <summary>
/// The ordered property keys of an entity, shared by every entity with the same keys in the same order (the
/// 280,000 <c>ATTENDED</c> relationships of the benchmark hold one shape), so an entity keeps only a reference to
/// its shape and its values (decision 0095). Shapes are immutable; an entity that gains or loses a key moves to
/// another shape, found through the transitions of its current one. Only the first
/// <see cref="MaxSharedShapes"/> shapes of a process are remembered: beyond that (keys used like map entries),
/// a new shape belongs to its one entity, so memory stays bounded. Thread-safe.
/// </summary>
internal sealed class PropertyShape
{
    /// <summary>Shapes remembered in transitions before new ones stop being shared.</summary>
    internal const int MaxSharedShapes = 1 << 14;

    /// <summary>Above this many keys a shape looks keys up in a dictionary instead of a scan.</summary>
    private const int ScanLimit = 8;

    private static readonly Lock Transitions = new();
    private static int _shared;

    private readonly string[] _keys;
    private readonly Dictionary<string, int>? _positions;
    /// <summary>The shapes one key longer, copied on write so lookups take no lock.</summary>
    private (string Key, PropertyShape Shape)[] _next = [];

    private PropertyShape(string[] keys)
    {
        _keys = keys;
        if (keys.Length > ScanLimit)
        {
            _positions = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++)
            {
                _positions[keys[i]] = i;
            }
        }
    }

    /// <summary>The shape of an entity without properties (entities hold <c>null</c> instead; this is the root of the transitions).</summary>
    public static PropertyShape Empty { get; } = new([]);

    /// <summary>How many shapes are shared (for the tests of the bound).</summary>
    internal static int SharedCount => Volatile.Read(ref _shared);

    /// <summary>How many keys.</summary>
    public int Count => _keys.Length;

    /// <summary>The key at <paramref name="index"/>.</summary>
    public string this[int index] => _keys[index];

    /// <summary>The keys in order.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>Where <paramref name="key"/> is, or -1.</summary>
    public int IndexOf(string key)
    {
        if (_positions is not null)
        {
            return _positions.TryGetValue(key, out var position) ? position : -1;
        }

        var keys = _keys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>This shape with <paramref name="key"/> appended (the caller checked it is not here).</summary>
    public PropertyShape With(string key)
    {
        if (Find(Volatile.Read(ref _next), key) is { } known)
        {
            return known;
        }

        lock (Transitions)
        {
            if (Find(_next, key) is { } shared)
            {
                return shared;
            }

            var next = new PropertyShape([.. _keys, key]);
            if (_shared < MaxSharedShapes)
            {
                Volatile.Write(ref _next, [.. _next, (key, next)]);
                _shared++;
            }

            return next;
        }
    }

    /// <summary>This shape without the key at <paramref name="index"/> (<c>null</c> when none is left).</summary>
    public PropertyShape? Without(int index)
    {
        if (_keys.Length == 1)
        {
            return null;
        }

        var shape = Empty;
        for (var i = 0; i < _keys.Length; i++)
        {
            if (i != index)
            {
                shape = shape.With(_keys[i]);
            }
        }

        return shape;
    }

    private static PropertyShape? Find((string Key, PropertyShape Shape)[] transitions, string key)
    {
        foreach (var (known, shape) in transitions)
        {
            if (string.Equals(known, key, StringComparison.Ordinal))
            {
                return shape;
            }
        }

        return null;
    }
}
