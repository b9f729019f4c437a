namespace GraphExplorer.Engine.Execution;

/// <summary>
/// One row flowing between operators: variable name → runtime value. Immutable; extending links a new
/// binding onto this row instead of copying it, and every few links the chain is folded into one map,
/// so extending costs one small object and a lookup walks at most a handful of links.
/// </summary>
internal sealed class Row
{
    /// <summary>How many links a row may have above its folded map before the chain is folded again.</summary>
    private const int MaxLinks = 8;

    // A folded row keeps its map in _value (and has no parent or name): one field less in every row object,
    // of which a statement makes one per binding per row.
    private readonly Row? _parent;
    private readonly string? _name;
    private readonly object? _value;
    private readonly int _links;

    private Row(Dictionary<string, object?> folded)
    {
        _value = folded;
    }

    private Row(Row parent, string name, object? value)
    {
        _parent = parent;
        _name = name;
        _value = value;
        _links = parent._links + 1;
    }

    /// <summary>The row with no variables.</summary>
    public static Row Empty { get; } = new(new Dictionary<string, object?>(StringComparer.Ordinal));

    /// <summary>The variable names, in the order they were first bound.</summary>
    public IEnumerable<string> Names => Values.Keys;

    /// <summary>The bindings, in the order the variables were first bound.</summary>
    public IReadOnlyDictionary<string, object?> Values => Folded ?? Fold();

    /// <summary>The map of a folded row; null for a link.</summary>
    private Dictionary<string, object?>? Folded => _parent is null ? (Dictionary<string, object?>)_value! : null;

    /// <summary>The value bound to <paramref name="name"/>, or <c>null</c>.</summary>
    public object? this[string name] => TryGet(name, out var value) ? value : null;

    /// <summary>Whether <paramref name="name"/> is bound (possibly to null).</summary>
    public bool Contains(string name) => TryGet(name, out _);

    /// <summary>Looks a variable up (the newest binding of a name wins).</summary>
    public bool TryGet(string name, out object? value)
    {
        for (var row = this; row is not null; row = row._parent)
        {
            if (row.Folded is { } folded)
            {
                return folded.TryGetValue(name, out value);
            }

            if (string.Equals(row._name, name, StringComparison.Ordinal))
            {
                value = row._value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>This row with <paramref name="name"/> bound to <paramref name="value"/>.</summary>
    public Row With(string name, object? value)
    {
        if (_links < MaxLinks)
        {
            return new Row(this, name, value);
        }

        var values = Fold();
        values[name] = value;
        return new Row(values);
    }

    /// <summary>This row with several more bindings (later ones win).</summary>
    public Row With(IEnumerable<KeyValuePair<string, object?>> bindings)
    {
        var row = this;
        foreach (var (name, value) in bindings)
        {
            row = row.With(name, value);
        }

        return row;
    }

    /// <summary>A row of exactly these bindings.</summary>
    public static Row Of(IEnumerable<KeyValuePair<string, object?>> bindings) => Empty.With(bindings);

    /// <summary>The bindings as one map: the folded base, then the links oldest first (a rebinding keeps the name's first position).</summary>
    private Dictionary<string, object?> Fold()
    {
        var links = new Row[_links];
        var row = this;
        for (var i = _links - 1; i >= 0; i--)
        {
            links[i] = row;
            row = row._parent!;
        }

        var values = new Dictionary<string, object?>(row.Folded!, StringComparer.Ordinal);
        foreach (var link in links)
        {
            values[link._name!] = link._value;
        }

        return values;
    }
}
