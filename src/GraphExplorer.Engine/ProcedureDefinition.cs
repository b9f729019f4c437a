namespace GraphExplorer.Engine;

/// <summary>An input or output of a procedure: its name and Cypher type (<c>INTEGER?</c>, <c>STRING?</c>, <c>NUMBER?</c>, <c>ANY?</c>, …; <c>?</c> allows null).</summary>
public sealed record ProcedureField(string Name, string Type);

/// <summary>
/// A procedure that statements can <c>CALL</c> (registered with <see cref="EmbeddedGraphDatabase.RegisterProcedure"/>).
/// <see cref="Invoke"/> receives the arguments as port values, in parameter order, and returns one list of
/// output values per result row, in output order; it must be thread-safe.
/// </summary>
public sealed record ProcedureDefinition(
    string Name,
    IReadOnlyList<ProcedureField> Parameters,
    IReadOnlyList<ProcedureField> Outputs,
    Func<IReadOnlyList<object?>, IEnumerable<IReadOnlyList<object?>>> Invoke);
