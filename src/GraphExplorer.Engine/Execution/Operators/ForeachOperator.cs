using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary><c>FOREACH (x IN list | updates)</c>: runs the update plan once per element, for every input row (all read first).</summary>
internal sealed class ForeachOperator : Operator
{
    private readonly Operator _source;
    private readonly Operator _body;
    private readonly string _variable;
    private readonly Expression _list;

    public ForeachOperator(Operator source, Operator body, string variable, Expression list)
        : base(source, body)
    {
        _source = source;
        _body = body;
        _variable = variable;
        _list = list;
    }

    /// <inheritdoc />
    public override string Name => "Foreach";

    /// <inheritdoc />
    public override bool IsUpdating => true;

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var rows = _source.Execute(context, argument).ToList();
        foreach (var row in rows)
        {
            if (context.Evaluator.Evaluate(_list, row) is not IReadOnlyList<object?> list)
            {
                continue;
            }

            foreach (var item in list)
            {
                foreach (var unused in _body.Execute(context, row.With(_variable, item)))
                {
                    context.Tick();
                }
            }
        }

        return rows;
    }
}
