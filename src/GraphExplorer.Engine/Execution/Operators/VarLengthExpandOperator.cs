using GraphExplorer.Engine.Storage;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>
/// Follows <c>min..max</c> relationships from a bound node, depth first, never using a relationship
/// twice on one path (nor one matched earlier in the same MATCH); binds the relationship list.
/// </summary>
internal sealed class VarLengthExpandOperator : Operator
{
    private readonly Operator _source;

    public VarLengthExpandOperator(Operator source, Hop hop, long min, long? max, bool reverseList)
        : base(source)
    {
        _source = source;
        Hop = hop;
        Min = min;
        Max = max;
        ReverseList = reverseList;
    }

    public Hop Hop { get; }

    public long Min { get; }

    public long? Max { get; }

    /// <summary>Whether the planner walks the pattern backwards, so the list is reversed to the written order.</summary>
    public bool ReverseList { get; }

    /// <inheritdoc />
    public override string Name => "VarLengthExpand(" + (Hop.ToIsBound ? "Into" : "All") + ")";

    /// <inheritdoc />
    public override string Details => Hop.Describe($"*{Min}..{Max?.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        foreach (var row in _source.Execute(context, argument))
        {
            if (row[Hop.From] is not StoredNode from)
            {
                continue;
            }

            var boundTo = Hop.ToIsBound ? row[Hop.To] as StoredNode : null;
            if (Hop.ToIsBound && boundTo is null)
            {
                continue;
            }

            var relationshipProperties = Hop.RelationshipFilter.PropertiesFor(context, row);
            var toProperties = Hop.ToFilter.PropertiesFor(context, row);
            if (Hop.RelationshipIsBound)
            {
                // The relationship list is given (e.g. collected earlier): follow exactly those relationships.
                if (FollowGiven(from, row[Hop.Relationship], relationshipProperties) is { } end)
                {
                    if ((boundTo is null || ReferenceEquals(boundTo, end)) && EntityFilter.NodeMatches(end, Hop.ToFilter.LabelsOrTypes, toProperties))
                    {
                        yield return Hop.ToIsBound ? row : row.With(Hop.To, end);
                    }
                }

                continue;
            }

            foreach (var (found, end) in Paths(context, row, from, relationshipProperties))
            {
                if ((boundTo is not null && !ReferenceEquals(boundTo, end)) || !EntityFilter.NodeMatches(end, Hop.ToFilter.LabelsOrTypes, toProperties))
                {
                    continue;
                }

                var list = found.Cast<object?>().ToList();
                if (ReverseList)
                {
                    list.Reverse();
                }

                var result = row.With(Hop.Relationship, list);
                yield return Hop.ToIsBound ? result : result.With(Hop.To, end);
            }
        }
    }

    private StoredNode? FollowGiven(StoredNode from, object? given, KeyValuePair<string, object?>[]? relationshipProperties)
    {
        if (given is not IReadOnlyList<object?> list || list.Count < Min || (Max is { } max && list.Count > max))
        {
            return null;
        }

        var current = from;
        foreach (var item in ReverseList ? list.Reverse() : list)
        {
            if (item is not StoredRelationship relationship || relationship.IsDeleted
                || !EntityFilter.RelationshipMatches(relationship, Hop.RelationshipFilter.LabelsOrTypes, relationshipProperties))
            {
                return null;
            }

            var forward = ReferenceEquals(relationship.Start, current) && Hop.Direction != Parsing.Ast.RelationshipDirection.Incoming;
            var backward = ReferenceEquals(relationship.End, current) && Hop.Direction != Parsing.Ast.RelationshipDirection.Outgoing;
            if (!forward && !backward)
            {
                return null;
            }

            current = forward ? relationship.End : relationship.Start;
        }

        return current;
    }

    /// <summary>
    /// Every path of <c>Min..Max</c> relationships from <paramref name="from"/>, depth first and lazily, with an
    /// explicit stack so that long paths cannot overflow the call stack.
    /// </summary>
    private IEnumerable<(StoredRelationship[] Path, StoredNode End)> Paths(
        ExecutionContext context, Row row, StoredNode from, KeyValuePair<string, object?>[]? relationshipProperties)
    {
        if (Min == 0)
        {
            yield return ([], from);
        }

        if (Max is 0)
        {
            yield break;
        }

        var path = new List<StoredRelationship>();
        var onPath = new HashSet<StoredRelationship>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<IEnumerator<(StoredRelationship Relationship, StoredNode Other)>>();
        stack.Push(Hop.Around(from, Hop.Direction, snapshot: !context.ReadOnly).GetEnumerator());
        while (stack.Count > 0)
        {
            context.Tick();
            var next = stack.Peek();
            if (!next.MoveNext())
            {
                next.Dispose();
                stack.Pop();
                if (path.Count > 0)
                {
                    onPath.Remove(path[^1]);
                    path.RemoveAt(path.Count - 1);
                }

                continue;
            }

            var (relationship, other) = next.Current;
            if (relationship.IsDeleted || onPath.Contains(relationship)
                || !EntityFilter.RelationshipMatches(relationship, Hop.RelationshipFilter.LabelsOrTypes, relationshipProperties)
                || Hop.UsedEarlier(row, relationship))
            {
                continue;
            }

            path.Add(relationship);
            onPath.Add(relationship);
            if (path.Count >= Min)
            {
                yield return ([.. path], other);
            }

            if (Max is null || path.Count < Max)
            {
                stack.Push(Hop.Around(other, Hop.Direction, snapshot: !context.ReadOnly).GetEnumerator());
            }
            else
            {
                onPath.Remove(relationship);
                path.RemoveAt(path.Count - 1);
            }
        }
    }
}
