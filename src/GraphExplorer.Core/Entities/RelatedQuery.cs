using System.Text;
using System.Text.Json;

namespace GraphExplorer.Core.Entities;

/// <summary>
/// What a nested relationship connection asks of its related nodes: a filter and sort keys, as on the root
/// connection of the target type. <see cref="Key"/> names it canonically, so a batching loader can put the parents
/// that ask the same together and keep apart those that ask differently. Immutable; thread-safe.
/// </summary>
/// <param name="Filter">Conditions on the related nodes, or null for all of them.</param>
/// <param name="Order">Sort keys, most significant first; empty for the default order (display property, then id).</param>
public sealed record RelatedQuery(EntityFilter? Filter, IReadOnlyList<EntityOrder> Order)
{
    /// <summary>Every related node, in the default order.</summary>
    public static RelatedQuery All { get; } = new(null, []);

    /// <summary>
    /// A canonical text of the filter and order. Records compare their lists by reference, so the key is text: equal
    /// filters written the same way give the same key (values are JSON, so no value can pass for structure).
    /// Computed on each call rather than stored, so a copy made with <c>with</c> never carries a stale key.
    /// </summary>
    public string Key => Describe(Filter, Order);

    private static string Describe(EntityFilter? filter, IReadOnlyList<EntityOrder> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var text = new StringBuilder();
        if (filter is not null)
        {
            Append(text, filter);
        }

        text.Append('|');
        foreach (var key in order)
        {
            text.Append(key.Property).Append(key.Descending ? " DESC," : " ASC,");
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, EntityFilter filter)
    {
        switch (filter)
        {
            case AllOfFilter all:
                AppendList(text.Append("and("), all.Filters).Append(')');
                break;
            case AnyOfFilter any:
                AppendList(text.Append("or("), any.Filters).Append(')');
                break;
            case NotFilter not:
                text.Append("not(");
                Append(text, not.Filter);
                text.Append(')');
                break;
            case PropertyFilter property:
                text.Append(property.Property).Append(' ').Append(property.Operator.ToString()).Append(' ')
                    .Append(JsonSerializer.Serialize(property.Value));
                break;
            case RelationFilter relation:
                text.Append(relation.Field.Key).Append(' ').Append(relation.Quantifier.ToString()).Append('(');
                if (relation.Filter is not null)
                {
                    Append(text, relation.Filter);
                }

                text.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter));
        }
    }

    private static StringBuilder AppendList(StringBuilder text, IReadOnlyList<EntityFilter> filters)
    {
        for (var i = 0; i < filters.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            Append(text, filters[i]);
        }

        return text;
    }
}
