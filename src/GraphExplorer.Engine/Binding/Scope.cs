namespace GraphExplorer.Engine.Binding;

/// <summary>The variables visible at a point of a query, with their static types. Not thread-safe.</summary>
internal sealed class Scope
{
    private readonly Dictionary<string, StaticType> _variables;

    public Scope()
    {
        _variables = new(StringComparer.Ordinal);
    }

    private Scope(Dictionary<string, StaticType> variables)
    {
        _variables = new(variables, StringComparer.Ordinal);
    }

    /// <summary>The names in scope.</summary>
    public IEnumerable<string> Names => _variables.Keys;

    /// <summary>How many variables are in scope.</summary>
    public int Count => _variables.Count;

    /// <summary>A copy to extend without changing this scope.</summary>
    public Scope Clone() => new(_variables);

    public bool Contains(string name) => _variables.ContainsKey(name);

    public bool TryGet(string name, out StaticType type) => _variables.TryGetValue(name, out type);

    /// <summary>Binds (or rebinds) <paramref name="name"/>.</summary>
    public void Set(string name, StaticType type) => _variables[name] = type;
}
