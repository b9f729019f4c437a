using GraphExplorer.Core.Traversals;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>GraphQL enum <c>EntityType</c>: the entity labels; each value stands for its label (<c>OFFICIAL</c> → <c>Official</c>).</summary>
internal sealed class EntityTypeEnum : EnumerationGraphType
{
    public EntityTypeEnum()
    {
        Name = "EntityType";
        Description = "The kinds of entity in the graph (the node labels).";
        foreach (var label in EntityLabels.All)
        {
            Add(label.ToUpperInvariant(), label, $"A `{label}` node.");
        }
    }
}
