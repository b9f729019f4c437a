using System.Collections.Concurrent;
using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Planning;

/// <summary>A compiled statement: its syntax tree, the parameters it uses and (for queries) its plan.</summary>
internal sealed record CompiledStatement(ParsedStatement Parsed, IReadOnlyList<ParameterExpression> Parameters, PlannedQuery? Plan, int SchemaVersion);

/// <summary>
/// Compiled statements keyed by their text, so a statement run again skips parsing, analysis and
/// planning; a plan made under another schema version (an index came or went) is made again. Thread-safe.
/// </summary>
internal sealed class PlanCache
{
    private const int Capacity = 1024;
    private readonly ConcurrentDictionary<string, CompiledStatement> _entries = new(StringComparer.Ordinal);

    /// <summary>The cached statement for <paramref name="text"/> if it was planned under <paramref name="schemaVersion"/>.</summary>
    public CompiledStatement? Find(string text, int schemaVersion) =>
        _entries.TryGetValue(text, out var entry) && entry.SchemaVersion == schemaVersion ? entry : null;

    /// <summary>Remembers a compiled statement (the cache is simply emptied when full).</summary>
    public void Add(string text, CompiledStatement statement)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[text] = statement;
    }

    /// <summary>Forgets every statement (after a procedure was registered, say).</summary>
    public void Clear() => _entries.Clear();
}
