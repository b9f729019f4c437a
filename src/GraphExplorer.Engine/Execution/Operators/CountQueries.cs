using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>A count the counts store answers in O(1): what a whole-graph <c>MATCH … RETURN count(*)</c> counts.</summary>
internal abstract record StoreCount
{
    /// <summary>The count now.</summary>
    public abstract long Count(GraphStore store);

    /// <summary>The counted pattern as plan text.</summary>
    public abstract string Describe();

    /// <summary>The operator's name in plans (Neo4j's).</summary>
    public abstract string OperatorName { get; }

    /// <summary>The label as pattern text.</summary>
    protected static string Node(string? label) => label is null ? "()" : $"(:{label})";
}

/// <summary>Nodes with a label, or all nodes: <c>MATCH (n:L) RETURN count(n)</c>.</summary>
internal sealed record NodeStoreCount(string? Label) : StoreCount
{
    /// <inheritdoc />
    public override string OperatorName => "NodeCountFromCountStore";

    /// <inheritdoc />
    public override long Count(GraphStore store) => store.CountNodes(Label);

    /// <inheritdoc />
    public override string Describe() => Node(Label);
}

/// <summary>
/// Relationships of some types (any when empty) with at most one labelled end, as a one-hop pattern counts them:
/// directed <c>(:S)-[:T]->(:E)</c>, or undirected (each relationship twice, a self-loop once).
/// </summary>
internal sealed record RelationshipStoreCount(string? StartLabel, IReadOnlyList<string> Types, string? EndLabel, bool Undirected) : StoreCount
{
    /// <inheritdoc />
    public override string OperatorName => "RelationshipCountFromCountStore";

    /// <inheritdoc />
    public override long Count(GraphStore store)
    {
        long total = 0;
        string?[] types = Types.Count == 0 ? [null] : [.. Types.Distinct(StringComparer.Ordinal)];
        foreach (var type in types)
        {
            if (!Undirected)
            {
                total += store.CountRelationships(StartLabel, type, EndLabel);
                continue;
            }

            // Undirected: every relationship matches once from each end (the labelled one, when there is a label),
            // a self-loop only once.
            var label = StartLabel ?? EndLabel;
            total += label is null
                ? (2 * store.CountRelationships(null, type, null)) - store.CountLoops(null, type)
                : store.CountRelationships(label, type, null) + store.CountRelationships(null, type, label) - store.CountLoops(label, type);
        }

        return total;
    }

    /// <inheritdoc />
    public override string Describe()
    {
        var types = Types.Count == 0 ? string.Empty : ":" + string.Join("|", Types);
        return $"{Node(StartLabel)}-[{types}]-{(Undirected ? string.Empty : ">")}{Node(EndLabel)}";
    }
}

/// <summary>
/// The degree of a bound node over some types (any when empty) in a direction: the rows a one-hop expansion to
/// an unconstrained node would give, a self-loop once per directed end and once undirected. O(types at the node).
/// </summary>
internal sealed record DegreeQuery(string From, IReadOnlyList<string> Types, RelationshipDirection Direction)
{
    /// <summary>The degree of the node in <paramref name="value"/> (0 for anything that is not a node, as an expansion gives no row).</summary>
    public long Count(object? value)
    {
        if (value is not StoredNode node)
        {
            return 0;
        }

        if (Types.Count == 0)
        {
            return GraphStore.Degree(node, null, Direction);
        }

        long total = 0;
        for (var i = 0; i < Types.Count; i++)
        {
            if (IndexOf(Types, Types[i]) == i)
            {
                total += GraphStore.Degree(node, Types[i], Direction);
            }
        }

        return total;
    }

    /// <summary>The degree as plan text.</summary>
    public string Describe()
    {
        var relationship = Types.Count == 0 ? "[]" : $"[:{string.Join("|", Types)}]";
        return Direction switch
        {
            RelationshipDirection.Outgoing => $"getDegree(({From})-{relationship}->())",
            RelationshipDirection.Incoming => $"getDegree(({From})<-{relationship}-())",
            _ => $"getDegree(({From})-{relationship}-())",
        };
    }

    private static int IndexOf(IReadOnlyList<string> types, string type)
    {
        for (var i = 0; i < types.Count; i++)
        {
            if (string.Equals(types[i], type, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
