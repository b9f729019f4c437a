using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>The leaf of <c>SHOW CONSTRAINTS|INDEXES [YIELD …]</c>: one row per schema rule, with the yielded columns.</summary>
internal sealed class ShowSchemaOperator : Operator
{
    private readonly ShowKind _kind;
    private readonly IReadOnlyList<(string Column, string Variable)> _columns;

    public ShowSchemaOperator(ShowKind kind, IReadOnlyList<(string Column, string Variable)> columns)
    {
        _kind = kind;
        _columns = columns;
    }

    /// <inheritdoc />
    public override string Name => _kind == ShowKind.Constraints ? "ShowConstraints" : "ShowIndexes";

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in ShowCommandRows.Rows(context.Store, _kind))
        {
            yield return Row.Of(_columns.Select(c => new KeyValuePair<string, object?>(c.Variable, row[c.Column])));
        }
    }
}
