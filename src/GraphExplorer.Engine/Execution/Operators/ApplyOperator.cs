namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>
/// Runs an inner plan once per input row (the row is the inner plan's argument) and yields the input
/// row extended with each inner row: CALL subqueries, and with <c>optional</c> OPTIONAL MATCH /
/// OPTIONAL CALL, which yield the row with the inner variables set to null when the inner plan finds nothing.
/// </summary>
internal sealed class ApplyOperator : Operator
{
    private readonly Operator _source;
    private readonly Operator _inner;
    private readonly bool _optional;
    private readonly IReadOnlyList<string> _innerVariables;
    private readonly bool _unit;

    public ApplyOperator(Operator source, Operator inner, bool optional, IReadOnlyList<string> innerVariables, bool unit = false)
        : base(source, inner)
    {
        _source = source;
        _inner = inner;
        _optional = optional;
        _innerVariables = innerVariables;
        _unit = unit;
    }

    /// <inheritdoc />
    public override string Name => _optional ? "Optional" : "Apply";

    /// <inheritdoc />
    public override string Details => string.Join(", ", _innerVariables);

    /// <inheritdoc />
    public override bool IsUpdating => false;

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in _source.Execute(context, argument))
        {
            if (_unit)
            {
                // A subquery without RETURN runs for its side effects and keeps the outer row as it is.
                foreach (var unused in _inner.Execute(context, row))
                {
                    context.Tick();
                }

                yield return row;
                continue;
            }

            var any = false;
            foreach (var inner in _inner.Execute(context, row))
            {
                any = true;
                yield return ReferenceEquals(inner, row) ? row : row.With(inner.Values);
            }

            if (!any && _optional)
            {
                yield return row.With(_innerVariables.Select(v => new KeyValuePair<string, object?>(v, row.Contains(v) ? row[v] : null)));
            }
        }
    }
}
