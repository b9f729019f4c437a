using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>Drops rows whose values in the given columns are equivalent to an earlier row's.</summary>
internal sealed class DistinctOperator : Operator
{
    private readonly Operator _source;
    private readonly IReadOnlyList<string> _columns;

    public DistinctOperator(Operator source, IReadOnlyList<string> columns)
        : base(source)
    {
        _source = source;
        _columns = columns;
    }

    /// <inheritdoc />
    public override string Name => "Distinct";

    /// <inheritdoc />
    public override string Details => string.Join(", ", _columns);

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var seen = new HashSet<object?>(CypherEquality.Equivalence);
        foreach (var row in _source.Execute(context, argument))
        {
            var key = _columns.Select(c => row[c]).ToArray();
            if (seen.Add(key))
            {
                yield return row;
            }
        }
    }
}
