namespace GraphExplorer.Engine.Execution;

/// <summary>One row flowing between operators: variable name → runtime value. Immutable; extending copies.</summary>
internal sealed class Row
{
    private readonly Dictionary<string, object?> _values;

    private Row(Dictionary<string, object?> values)
    {
        _values = values;
    }

    /// <summary>The row with no variables.</summary>
    public static Row Empty { get; } = new(new Dictionary<string, object?>(StringComparer.Ordinal));

    /// <summary>The variable names, in the order they were bound.</summary>
    public IEnumerable<string> Names => _values.Keys;

    /// <summary>The bindings.</summary>
    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <summary>The value bound to <paramref name="name"/>, or <c>null</c>.</summary>
    public object? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>Whether <paramref name="name"/> is bound (possibly to null).</summary>
    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>Looks a variable up.</summary>
    public bool TryGet(string name, out object? value) => _values.TryGetValue(name, out value);

    /// <summary>A copy of this row with <paramref name="name"/> bound to <paramref name="value"/>.</summary>
    public Row With(string name, object? value)
    {
        var values = new Dictionary<string, object?>(_values, StringComparer.Ordinal) { [name] = value };
        return new Row(values);
    }

    /// <summary>A copy of this row with several more bindings (later ones win).</summary>
    public Row With(IEnumerable<KeyValuePair<string, object?>> bindings)
    {
        var values = new Dictionary<string, object?>(_values, StringComparer.Ordinal);
        foreach (var (name, value) in bindings)
        {
            values[name] = value;
        }

        return new Row(values);
    }

    /// <summary>A row of exactly these bindings.</summary>
    public static Row Of(IEnumerable<KeyValuePair<string, object?>> bindings) => Empty.With(bindings);
}
