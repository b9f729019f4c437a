using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary><c>CREATE pattern</c>: for every input row (all read first), creates the pattern's new nodes and relationships.</summary>
internal sealed class CreateOperator : Operator
{
    private readonly Operator _source;
    private readonly IReadOnlyList<PatternPart> _parts;

    public CreateOperator(Operator source, IReadOnlyList<PatternPart> parts)
        : base(source)
    {
        _source = source;
        _parts = parts;
    }

    /// <inheritdoc />
    public override string Name => "Create";

    /// <inheritdoc />
    public override bool IsUpdating => true;

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        // Every input row is read before the first write; each is then replaced by its extended row in the same
        // list. Index loops: a foreach over the IReadOnlyList properties would box an enumerator per row.
        var rows = _source.Execute(context, argument).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            context.Tick();
            var current = rows[r];
            for (var p = 0; p < _parts.Count; p++)
            {
                current = CreatePart(context, current, _parts[p]);
            }

            rows[r] = current;
        }

        return rows;
    }

    /// <summary>Creates one pattern part in <paramref name="row"/>, reusing bound node variables; returns the row with the new variables.</summary>
    public static Row CreatePart(ExecutionContext context, Row row, PatternPart part)
    {
        var (start, current) = Node(context, row, part.Element.Start);
        row = current;
        var previous = start;
        var steps = part.PathVariable is null ? null : new List<PathStep>();
        var startName = part.Element.Start.Variable ?? " start";

        // Anonymous elements are bound under generated names only for the path variable's sake: nothing else
        // can name them, and each binding is an object per created row.
        if (part.Element.Start.Variable is null && steps is not null)
        {
            row = row.With(startName, start);
        }

        var patternSteps = part.Element.Steps;
        for (var index = 0; index < patternSteps.Count; index++)
        {
            var step = patternSteps[index];
            var (next, afterNode) = Node(context, row, step.Node);
            row = afterNode;
            var pattern = step.Relationship;
            if (pattern.Types.Count != 1)
            {
                throw new CypherException(
                    StatusCodes.SyntaxError, "A single relationship type must be specified for CREATE", ErrorPhase.Compile, "NoSingleRelationshipType", pattern.Position);
            }

            var properties = PropertiesOf(context, row, pattern.Properties);
            StoredRelationship relationship;
            try
            {
                relationship = pattern.Direction == RelationshipDirection.Incoming
                    ? GraphWriter.CreateRelationship(context, pattern.Types[0], next, previous, properties)
                    : GraphWriter.CreateRelationship(context, pattern.Types[0], previous, next, properties);
            }
            catch (CypherException error)
            {
                throw ParameterErrors.Naming(error, pattern.Properties, GraphWriter.InvalidPropertyType);
            }

            if (steps is null)
            {
                if (pattern.Variable is not null)
                {
                    row = row.With(pattern.Variable, relationship);
                }
            }
            else
            {
                var relationshipName = pattern.Variable ?? GeneratedName(RelationshipNames, " rel", index);
                var nodeName = step.Node.Variable ?? GeneratedName(NodeNames, " node", index);
                row = row.With(relationshipName, relationship);
                if (step.Node.Variable is null)
                {
                    row = row.With(nodeName, next);
                }

                steps.Add(new PathStep(relationshipName, false, nodeName));
            }

            previous = next;
        }

        if (part.PathVariable is not null)
        {
            row = row.With(part.PathVariable, ProjectPathOperator.Build(row, startName, steps!));
        }

        return row;
    }

    // Names for anonymous pattern elements, made once rather than per created row.
    private static readonly string[] RelationshipNames = [.. Enumerable.Range(0, 16).Select(i => $" rel{i}")];
    private static readonly string[] NodeNames = [.. Enumerable.Range(0, 16).Select(i => $" node{i}")];

    private static string GeneratedName(string[] names, string prefix, int index) =>
        index < names.Length ? names[index] : prefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static (StoredNode Node, Row Row) Node(ExecutionContext context, Row row, NodePattern pattern)
    {
        if (pattern.Variable is not null && row.TryGet(pattern.Variable, out var bound))
        {
            return bound switch
            {
                StoredNode node => (node, row),
                null => throw EngineErrors.SemanticError($"Failed to create relationship, because the node `{pattern.Variable}` is null.", null, pattern.Position),
                _ => throw EngineErrors.TypeError($"Expected {pattern.Variable} to be a node.", "InvalidArgumentType", pattern.Position),
            };
        }

        StoredNode created;
        try
        {
            created = GraphWriter.CreateNode(context, pattern.Labels, PropertiesOf(context, row, pattern.Properties));
        }
        catch (CypherException error)
        {
            throw ParameterErrors.Naming(error, pattern.Properties, GraphWriter.InvalidPropertyType);
        }

        return (created, pattern.Variable is null ? row : row.With(pattern.Variable, created));
    }

    private static IReadOnlyDictionary<string, object?>? PropertiesOf(ExecutionContext context, Row row, Expression? properties) =>
        properties is null ? null : context.Evaluator.Evaluate(properties, row) switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> map => map,
            var other => throw EngineErrors.TypeError($"Expected a map of properties but was {Values.CypherTypes.TypeName(other)}."),
        };
}
