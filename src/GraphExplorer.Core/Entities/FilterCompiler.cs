using System.Globalization;
using System.Text;

namespace GraphExplorer.Core.Entities;

/// <summary>
/// Compiles an <see cref="EntityFilter"/> to a Cypher predicate. Values always become parameters; labels,
/// relationship types and property names come only from <see cref="EntityCatalog"/>, so user text never
/// reaches the Cypher text. Not thread-safe: one compiler per statement.
/// </summary>
public sealed class FilterCompiler
{
    private readonly Dictionary<string, object?> _parameters;
    private int _variables;

    /// <summary>A compiler adding its parameters to <paramref name="parameters"/>.</summary>
    public FilterCompiler(Dictionary<string, object?> parameters) => _parameters = parameters;

    /// <summary>The predicate for <paramref name="filter"/> on <paramref name="variable"/>, a node of <paramref name="labels"/>.</summary>
    /// <exception cref="ArgumentException">The filter names a property or relationship the labels do not have.</exception>
    public string Compile(EntityFilter filter, string variable, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter switch
        {
            AllOfFilter all => Join(all.Filters, " AND ", "true", variable, labels),
            AnyOfFilter any => Join(any.Filters, " OR ", "false", variable, labels),
            NotFilter not => "NOT (" + Compile(not.Filter, variable, labels) + ")",
            PropertyFilter property => CompileProperty(property, variable, labels),
            RelationFilter relation => CompileRelation(relation, variable, labels),
            _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter)),
        };
    }

    /// <summary>An <c>ORDER BY</c> list for <paramref name="order"/>, always ending with the id so pages are stable.</summary>
    public static string OrderBy(IReadOnlyList<EntityOrder> order, string variable, IReadOnlyList<string> labels) =>
        PageOrder.Of(order, labels).OrderBy(variable, reversed: false);

    private string Join(IReadOnlyList<EntityFilter> filters, string separator, string empty, string variable, IReadOnlyList<string> labels) =>
        filters.Count == 0 ? empty : "(" + string.Join(separator, filters.Select(f => Compile(f, variable, labels))) + ")";

    private string CompileProperty(PropertyFilter filter, string variable, IReadOnlyList<string> labels)
    {
        var property = variable + "." + CheckedProperty(filter.Property, labels);
        var parameter = "$" + AddParameter(filter.Value);
        return filter.Operator switch
        {
            FilterOperator.Eq => filter.Value is null ? property + " IS NULL" : property + " = " + parameter,
            FilterOperator.Neq => filter.Value is null ? property + " IS NOT NULL" : property + " <> " + parameter,
            FilterOperator.In => property + " IN " + parameter,
            FilterOperator.Contains => property + " CONTAINS " + parameter,
            FilterOperator.StartsWith => property + " STARTS WITH " + parameter,
            FilterOperator.Gt => property + " > " + parameter,
            FilterOperator.Gte => property + " >= " + parameter,
            FilterOperator.Lt => property + " < " + parameter,
            FilterOperator.Lte => property + " <= " + parameter,
            _ => throw new ArgumentException($"Unknown operator {filter.Operator}.", nameof(filter)),
        };
    }

    private string CompileRelation(RelationFilter filter, string variable, IReadOnlyList<string> labels)
    {
        if (!labels.Contains(filter.Field.Owner))
        {
            throw new ArgumentException($"'{filter.Field.Field}' is not a relationship of {string.Join("/", labels)}.", nameof(filter));
        }

        var other = "r" + _variables++.ToString(CultureInfo.InvariantCulture);
        var target = filter.Field.TargetLabels.Count == 1 ? ":" + filter.Field.TargetLabels[0] : string.Empty;
        var pattern = new StringBuilder("MATCH (").Append(variable).Append(')')
            .Append(filter.Field.Direction == RelationshipDirection.Outgoing ? "-[:" : "<-[:")
            .Append(filter.Field.Relationship.Type)
            .Append(filter.Field.Direction == RelationshipDirection.Outgoing ? "]->(" : "]-(")
            .Append(other).Append(target).Append(')')
            .ToString();
        var inner = filter.Filter is null ? null : Compile(filter.Filter, other, filter.Field.TargetLabels);
        return filter.Quantifier switch
        {
            RelationQuantifier.Some => "EXISTS { " + pattern + (inner is null ? string.Empty : " WHERE " + inner) + " }",
            RelationQuantifier.None => "NOT EXISTS { " + pattern + (inner is null ? string.Empty : " WHERE " + inner) + " }",
            RelationQuantifier.All => inner is null ? "true" : "NOT EXISTS { " + pattern + " WHERE NOT coalesce(" + inner + ", false) }",
            _ => throw new ArgumentException($"Unknown quantifier {filter.Quantifier}.", nameof(filter)),
        };
    }

    private string AddParameter(object? value)
    {
        var name = "f" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters[name] = value;
        return name;
    }

    /// <summary>The property name when one of <paramref name="labels"/> (or every label: <c>id</c>) has it.</summary>
    internal static string CheckedProperty(string property, IReadOnlyList<string> labels)
    {
        if (property == EntityCatalog.IdProperty || labels.Any(l => EntityCatalog.Entity(l)?.Property(property) is not null))
        {
            return property;
        }

        throw new ArgumentException($"{string.Join("/", labels)} has no property '{property}'.", nameof(property));
    }
}
