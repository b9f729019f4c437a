using System.Collections.Concurrent;
using GraphExplorer.Engine.Storage;

namespace GraphExplorer.Engine.Execution.Procedures;

/// <summary>
/// A callable procedure: its signature and how to run it against the store with runtime-value arguments. The last
/// parameters may have defaults (<see cref="Defaults"/>, Neo4j's <c>options = {} :: MAP</c>); the procedure then always
/// receives every parameter, the defaults filled in.
/// </summary>
internal sealed record ProcedureSignature(
    string Name,
    IReadOnlyList<ProcedureField> Parameters,
    IReadOnlyList<ProcedureField> Outputs,
    Func<GraphStore, IReadOnlyList<object?>, IEnumerable<IReadOnlyList<object?>>> Invoke)
{
    /// <summary>The default values of the last parameters, which a call may leave out.</summary>
    public IReadOnlyList<object?> Defaults { get; init; } = [];

    /// <summary>How many arguments a call must pass.</summary>
    public int RequiredCount => Parameters.Count - Defaults.Count;
}

/// <summary>The procedures of one database: the built-in ones (<c>db.labels</c>, …) and those registered by the host. Thread-safe.</summary>
internal sealed class ProcedureRegistry
{
    private readonly ConcurrentDictionary<string, ProcedureSignature> _procedures = new(StringComparer.OrdinalIgnoreCase);

    public ProcedureRegistry()
    {
        Add(BuiltIn("db.labels", "label", s => s.Labels()));
        Add(BuiltIn("db.relationshipTypes", "relationshipType", s => s.RelationshipTypes()));
        Add(BuiltIn("db.propertyKeys", "propertyKey", s => s.PropertyKeys()));
        Add(new ProcedureSignature(
            "dbms.components",
            [],
            [new("name", "STRING?"), new("versions", "LIST? OF STRING?"), new("edition", "STRING?")],
            (_, _) => [["GraphExplorer Embedded", new List<object?> { "5.26.0" }, "community"]]));
        Add(new ProcedureSignature("db.ping", [], [new("success", "BOOLEAN?")], (_, _) => [[true]]));
        Add(FulltextProcedures.QueryNodes);
    }

    /// <summary>Adds or replaces a procedure registered by the host.</summary>
    public void Register(ProcedureDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Add(new ProcedureSignature(
            definition.Name,
            definition.Parameters,
            definition.Outputs,
            (_, arguments) => definition.Invoke([.. arguments.Select(ValueConversion.ToPort)])
                .Select(row => (IReadOnlyList<object?>)[.. row.Select(ValueConversion.FromPort)])));
    }

    /// <summary>The procedure called <paramref name="name"/> (case-insensitive), if any.</summary>
    public ProcedureSignature? Find(string name) => _procedures.GetValueOrDefault(name);

    private void Add(ProcedureSignature signature) => _procedures[signature.Name] = signature;

    private static ProcedureSignature BuiltIn(string name, string field, Func<GraphStore, IEnumerable<string>> values) =>
        new(name, [], [new(field, "STRING?")], (store, _) => [.. values(store).Order(StringComparer.Ordinal).Select(v => (IReadOnlyList<object?>)[v])]);
}
