using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary><c>[DETACH] DELETE targets</c> for every input row (all read first).</summary>
internal sealed class DeleteOperator : Operator
{
    private readonly Operator _source;
    private readonly IReadOnlyList<Expression> _targets;
    private readonly bool _detach;

    public DeleteOperator(Operator source, IReadOnlyList<Expression> targets, bool detach)
        : base(source)
    {
        _source = source;
        _targets = targets;
        _detach = detach;
    }

    /// <inheritdoc />
    public override string Name => _detach ? "DetachDelete" : "Delete";

    /// <inheritdoc />
    public override bool IsUpdating => true;

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var rows = _source.Execute(context, argument).ToList();
        foreach (var row in rows)
        {
            foreach (var target in _targets)
            {
                GraphWriter.Delete(context, context.Evaluator.Evaluate(target, row), _detach);
            }
        }

        return rows;
    }
}
