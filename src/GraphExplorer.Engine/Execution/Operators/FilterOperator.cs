using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>Keeps the rows for which the predicate is <c>true</c>.</summary>
internal sealed class FilterOperator : Operator
{
    private readonly Operator _source;
    private readonly Expression _predicate;

    public FilterOperator(Operator source, Expression predicate)
        : base(source)
    {
        _source = source;
        _predicate = predicate;
    }

    /// <inheritdoc />
    public override string Name => "Filter";

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in _source.Execute(context, argument))
        {
            context.Tick();
            if (context.Evaluator.Evaluate(_predicate, row) is true)
            {
                yield return row;
            }
        }
    }
}
