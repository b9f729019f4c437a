using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>
/// <c>MERGE part</c>: per input row (all read first), matches the whole part; every match gets the
/// ON MATCH items, and when nothing matches the whole part is created and gets the ON CREATE items.
/// Each row sees what earlier rows created, so merging the same thing twice creates it once.
/// </summary>
internal sealed class MergeOperator : Operator
{
    private readonly Operator _source;
    private readonly Operator _match;
    private readonly PatternPart _part;
    private readonly IReadOnlyList<SetItem> _onCreate;
    private readonly IReadOnlyList<SetItem> _onMatch;

    public MergeOperator(Operator source, Operator match, PatternPart part, IReadOnlyList<SetItem> onCreate, IReadOnlyList<SetItem> onMatch)
        : base(source, match)
    {
        _source = source;
        _match = match;
        _part = part;
        _onCreate = onCreate;
        _onMatch = onMatch;
    }

    /// <inheritdoc />
    public override string Name => "Merge";

    /// <inheritdoc />
    public override bool IsUpdating => true;

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var output = new List<Row>();
        foreach (var row in _source.Execute(context, argument).ToList())
        {
            context.Tick();
            CheckNoNullProperties(context, row);
            var matches = _match.Execute(context, row).ToList();
            if (matches.Count > 0)
            {
                foreach (var match in matches)
                {
                    SetOperator.Apply(context, match, _onMatch);
                    output.Add(match);
                }
            }
            else
            {
                var created = CreateOperator.CreatePart(context, row, _part);
                SetOperator.Apply(context, created, _onCreate);
                output.Add(created);
            }
        }

        return output;
    }

    private void CheckNoNullProperties(ExecutionContext context, Row row)
    {
        var element = _part.Element;
        var patterns = new List<(Expression? Properties, string Kind, AstNode Node)> { (element.Start.Properties, "node", element.Start) };
        foreach (var step in element.Steps)
        {
            patterns.Add((step.Relationship.Properties, "relationship", step.Relationship));
            patterns.Add((step.Node.Properties, "node", step.Node));
        }

        foreach (var (properties, kind, node) in patterns)
        {
            if (properties is not null && context.Evaluator.Evaluate(properties, row) is IReadOnlyDictionary<string, object?> map
                && map.FirstOrDefault(e => e.Value is null) is { Key: not null } nullEntry)
            {
                throw EngineErrors.SemanticError(
                    $"Cannot merge the following {kind} because of null property value for '{nullEntry.Key}'", "MergeReadOwnWrites", node.Position);
            }
        }
    }
}
