namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>
/// <c>GetDegree</c>: binds, per input row, the degree of a bound node (<see cref="DegreeQuery"/>) instead of
/// expanding its relationships; the planner puts it where an expansion was only counted.
/// </summary>
internal sealed class GetDegreeOperator : Operator
{
    private readonly Operator _source;
    private readonly DegreeQuery _degree;
    private readonly string _variable;

    public GetDegreeOperator(Operator source, DegreeQuery degree, string variable)
        : base(source)
    {
        _source = source;
        _degree = degree;
        _variable = variable;
    }

    /// <inheritdoc />
    public override string Name => "GetDegree";

    /// <inheritdoc />
    public override string Details => $"{_degree.Describe()} AS {_variable}";

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in _source.Execute(context, argument))
        {
            context.Tick();
            yield return row.With(_variable, _degree.Count(row[_degree.From]));
        }
    }
}

/// <summary>A plan whose rows can be counted without producing them (a <c>COUNT { }</c> or <c>size([…])</c> over it).</summary>
internal interface IRowCounter
{
    /// <summary>How many rows the plan would produce for <paramref name="argument"/>.</summary>
    long CountRows(ExecutionContext context, Row argument);
}

/// <summary>
/// A one-hop expansion to an unconstrained node, planned for an expression (<c>COUNT { (n)-[:T]->() }</c>,
/// <c>size([(n)-[:T]->() | 1])</c>): it produces the expansion's rows when they are wanted, and counts them
/// from the node's degree when only their number is (<see cref="IRowCounter"/>).
/// </summary>
internal sealed class DegreeCountedExpandOperator : Operator, IRowCounter
{
    private readonly Operator _source;
    private readonly Operator _expand;
    private readonly DegreeQuery _degree;

    public DegreeCountedExpandOperator(Operator source, Operator expand, DegreeQuery degree)
        : base(expand)
    {
        _source = source;
        _expand = expand;
        _degree = degree;
    }

    /// <inheritdoc />
    public override string Name => "GetDegree";

    /// <inheritdoc />
    public override string Details => _degree.Describe();

    /// <inheritdoc />
    public long CountRows(ExecutionContext context, Row argument)
    {
        long rows = 0;
        foreach (var row in _source.Execute(context, argument))
        {
            rows += _degree.Count(row[_degree.From]);
        }

        return rows;
    }

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument) => _expand.Execute(context, argument);
}
