using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary><c>REMOVE items</c> for every input row (all read first).</summary>
internal sealed class RemoveOperator : Operator
{
    private readonly Operator _source;
    private readonly IReadOnlyList<RemoveItem> _items;

    public RemoveOperator(Operator source, IReadOnlyList<RemoveItem> items)
        : base(source)
    {
        _source = source;
        _items = items;
    }

    /// <inheritdoc />
    public override string Name => "Remove";

    /// <inheritdoc />
    public override bool IsUpdating => true;

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var rows = _source.Execute(context, argument).ToList();
        foreach (var row in rows)
        {
            foreach (var item in _items)
            {
                switch (item)
                {
                    case RemovePropertyItem property:
                        GraphWriter.SetProperty(context, context.Evaluator.Evaluate(property.Property.Target, row), property.Property.Key, null);
                        break;
                    case RemoveLabelsItem labels:
                        GraphWriter.RemoveLabels(context, row[labels.Variable], labels.Labels);
                        break;
                }
            }
        }

        return rows;
    }
}
