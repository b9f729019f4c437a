namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>
/// A physical operator: pulls rows from its source(s) and produces rows. Every plan starts from an
/// <see cref="ArgumentOperator"/>, so the same tree runs as a whole query or once per outer row (subqueries, OPTIONAL MATCH, MERGE).
/// </summary>
internal abstract class Operator
{
    protected Operator(params Operator[] children)
    {
        Children = children;
    }

    /// <summary>The operator's name in plans (Neo4j's names where one exists).</summary>
    public abstract string Name { get; }

    /// <summary>What the operator does, for EXPLAIN.</summary>
    public virtual string Details => string.Empty;

    /// <summary>The operators this one pulls from.</summary>
    public IReadOnlyList<Operator> Children { get; }

    /// <summary>Whether this operator changes the graph.</summary>
    public virtual bool IsUpdating => false;

    /// <summary>Rows produced so far (counted under PROFILE only).</summary>
    public long RowsProduced { get; private set; }

    /// <summary>Runs the operator for one argument row.</summary>
    public IEnumerable<Row> Execute(ExecutionContext context, Row argument)
    {
        var rows = Produce(context, argument);
        return context.Profiling ? Count(rows) : rows;
    }

    /// <summary>Whether this operator or any below it changes the graph.</summary>
    public bool UpdatesAnywhere() => IsUpdating || Children.Any(c => c.UpdatesAnywhere());

    /// <summary>Produces the rows.</summary>
    protected abstract IEnumerable<Row> Produce(ExecutionContext context, Row argument);

    private IEnumerable<Row> Count(IEnumerable<Row> rows)
    {
        foreach (var row in rows)
        {
            RowsProduced++;
            yield return row;
        }
    }
}

/// <summary>The leaf of every plan: yields the argument row once.</summary>
internal sealed class ArgumentOperator : Operator
{
    /// <inheritdoc />
    public override string Name => "Argument";

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        yield return argument;
    }
}
