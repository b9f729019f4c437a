using GraphExplorer.Engine.Storage;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>Follows one relationship from a bound node (<c>Expand(All)</c>, or <c>Expand(Into)</c> when both ends are bound).</summary>
internal sealed class ExpandOperator : Operator
{
    private readonly Operator _source;

    public ExpandOperator(Operator source, Hop hop)
        : base(source)
    {
        _source = source;
        Hop = hop;
    }

    public Hop Hop { get; }

    /// <inheritdoc />
    public override string Name => Hop.ToIsBound ? "Expand(Into)" : "Expand(All)";

    /// <inheritdoc />
    public override string Details => Hop.Describe();

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in _source.Execute(context, argument))
        {
            if (row[Hop.From] is not StoredNode from)
            {
                continue;
            }

            var relationshipProperties = Hop.RelationshipFilter.PropertiesFor(context, row);
            var toProperties = Hop.ToFilter.PropertiesFor(context, row);
            var boundTo = Hop.ToIsBound ? row[Hop.To] as StoredNode : null;
            var boundRelationship = Hop.RelationshipIsBound ? row[Hop.Relationship] as StoredRelationship : null;
            if ((Hop.ToIsBound && boundTo is null) || (Hop.RelationshipIsBound && boundRelationship is null))
            {
                continue;
            }

            foreach (var (relationship, other) in Hop.Around(from, Hop.Direction, snapshot: !context.ReadOnly))
            {
                context.Tick();
                if (relationship.IsDeleted
                    || (boundRelationship is not null && !ReferenceEquals(boundRelationship, relationship))
                    || (boundTo is not null && !ReferenceEquals(boundTo, other))
                    || !EntityFilter.RelationshipMatches(relationship, Hop.RelationshipFilter.LabelsOrTypes, relationshipProperties)
                    || !EntityFilter.NodeMatches(other, Hop.ToFilter.LabelsOrTypes, toProperties)
                    || Hop.UsedEarlier(row, relationship))
                {
                    continue;
                }

                var result = Hop.RelationshipIsBound ? row : row.With(Hop.Relationship, relationship);
                yield return Hop.ToIsBound ? result : result.With(Hop.To, other);
            }
        }
    }
}
