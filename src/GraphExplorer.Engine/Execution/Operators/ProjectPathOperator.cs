using GraphExplorer.Engine.Storage;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>One step of a path to assemble: a relationship variable (a list for variable length) and the node it leads to.</summary>
internal sealed record PathStep(string Relationship, bool VariableLength, string Node);

/// <summary>Binds a path variable from the node and relationship variables of a matched pattern part.</summary>
internal sealed class ProjectPathOperator : Operator
{
    private readonly Operator _source;
    private readonly string _pathVariable;
    private readonly string _start;
    private readonly IReadOnlyList<PathStep> _steps;

    public ProjectPathOperator(Operator source, string pathVariable, string start, IReadOnlyList<PathStep> steps)
        : base(source)
    {
        _source = source;
        _pathVariable = pathVariable;
        _start = start;
        _steps = steps;
    }

    /// <inheritdoc />
    public override string Name => "ProjectPath";

    /// <inheritdoc />
    public override string Details => _pathVariable;

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in _source.Execute(context, argument))
        {
            yield return row.With(_pathVariable, Build(row, _start, _steps));
        }
    }

    /// <summary>The path, or null when a part of it is null (an OPTIONAL MATCH that found nothing).</summary>
    public static PathValue? Build(Row row, string start, IReadOnlyList<PathStep> steps)
    {
        if (row[start] is not StoredNode current)
        {
            return null;
        }

        var nodes = new List<StoredNode> { current };
        var relationships = new List<StoredRelationship>();
        foreach (var step in steps)
        {
            if (step.VariableLength)
            {
                if (row[step.Relationship] is not IReadOnlyList<object?> list)
                {
                    return null;
                }

                foreach (var item in list)
                {
                    var relationship = (StoredRelationship)item!;
                    current = relationship.Other(current);
                    relationships.Add(relationship);
                    nodes.Add(current);
                }
            }
            else
            {
                if (row[step.Relationship] is not StoredRelationship relationship || row[step.Node] is not StoredNode next)
                {
                    return null;
                }

                relationships.Add(relationship);
                nodes.Add(next);
                current = next;
            }
        }

        return new PathValue(nodes, relationships);
    }
}
