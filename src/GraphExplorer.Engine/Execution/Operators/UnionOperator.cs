namespace GraphExplorer.Engine.Execution.Operators;

/// <summary><c>UNION</c> / <c>UNION ALL</c>: the rows of each part in turn, without duplicates unless ALL.</summary>
internal sealed class UnionOperator : Operator
{
    private readonly bool _distinct;
    private readonly IReadOnlyList<string> _columns;

    public UnionOperator(IReadOnlyList<Operator> parts, bool distinct, IReadOnlyList<string> columns)
        : base([.. parts])
    {
        _distinct = distinct;
        _columns = columns;
    }

    /// <inheritdoc />
    public override string Name => _distinct ? "Union(Distinct)" : "Union";

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var seen = new HashSet<object?>(Values.CypherEquality.Equivalence);
        foreach (var part in Children)
        {
            foreach (var row in part.Execute(context, argument))
            {
                if (!_distinct || seen.Add(_columns.Select(c => row[c]).ToArray()))
                {
                    yield return row;
                }
            }
        }
    }
}
