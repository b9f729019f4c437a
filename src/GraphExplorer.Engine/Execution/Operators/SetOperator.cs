using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary><c>SET items</c> for every input row (all read first).</summary>
internal sealed class SetOperator : Operator
{
    private readonly Operator _source;
    private readonly IReadOnlyList<SetItem> _items;

    public SetOperator(Operator source, IReadOnlyList<SetItem> items)
        : base(source)
    {
        _source = source;
        _items = items;
    }

    /// <inheritdoc />
    public override string Name => "SetProperties";

    /// <inheritdoc />
    public override bool IsUpdating => true;

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var rows = _source.Execute(context, argument).ToList();
        foreach (var row in rows)
        {
            context.Tick();
            Apply(context, row, _items);
        }

        return rows;
    }

    /// <summary>Applies SET items to one row (also used by MERGE's ON CREATE / ON MATCH).</summary>
    public static void Apply(ExecutionContext context, Row row, IReadOnlyList<SetItem> items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case SetPropertyItem property:
                    var target = context.Evaluator.Evaluate(property.Property.Target, row);
                    var value = context.Evaluator.Evaluate(property.Value, row);
                    try
                    {
                        GraphWriter.SetProperty(context, target, property.Property.Key, value);
                    }
                    catch (CypherException error)
                    {
                        throw ParameterErrors.Naming(error, property.Value, GraphWriter.InvalidPropertyType);
                    }

                    break;
                case SetPropertiesItem properties:
                    try
                    {
                        GraphWriter.SetProperties(context, row[properties.Variable], context.Evaluator.Evaluate(properties.Value, row), properties.Merge);
                    }
                    catch (CypherException error)
                    {
                        throw ParameterErrors.Naming(error, properties.Value, GraphWriter.InvalidPropertyType);
                    }

                    break;
                case SetLabelsItem labels:
                    GraphWriter.AddLabels(context, row[labels.Variable], labels.Labels);
                    break;
            }
        }
    }
}
