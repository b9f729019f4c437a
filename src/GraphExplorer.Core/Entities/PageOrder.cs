namespace GraphExplorer.Core.Entities;

/// <summary>One sort key of a page: a Cypher expression on the listed node and a direction.</summary>
/// <param name="Expression">The expression with <c>{0}</c> for the node's variable (<c>{0}.name</c>).</param>
/// <param name="Descending">Whether it sorts descending (Cypher puts nulls first then, last ascending).</param>
/// <param name="Read">Its value for a node with the given properties, as the expression computes it.</param>
internal sealed record SortColumn(string Expression, bool Descending, Func<IReadOnlyDictionary<string, object?>, object?> Read)
{
    public string On(string variable) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Expression, variable);
}

/// <summary>
/// The sort keys of a connection, always followed by the stable id (ascending), so the order is total and an item's
/// <see cref="PageKey"/> places it exactly. Immutable; thread-safe.
/// </summary>
public sealed class PageOrder
{
    private static readonly string[] DisplayProperties = ["name", "title"];

    private PageOrder(IReadOnlyList<SortColumn> columns, string signature)
    {
        Columns = columns;
        Signature = signature;
    }

    /// <summary>A text naming the keys and directions; a cursor made under one order is refused under another.</summary>
    public string Signature { get; }

    internal IReadOnlyList<SortColumn> Columns { get; }

    /// <summary>The given keys on nodes of <paramref name="labels"/>; with none, the stable id alone.</summary>
    /// <exception cref="ArgumentException">A key is not a property of the labels.</exception>
    public static PageOrder Of(IReadOnlyList<EntityOrder> order, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(order);
        var columns = order.Select(key =>
        {
            var property = FilterCompiler.CheckedProperty(key.Property, labels);
            return new SortColumn("{0}." + property, key.Descending, properties => properties.GetValueOrDefault(property));
        }).ToList();
        return new PageOrder(columns, string.Join(",", order.Select(k => k.Property + (k.Descending ? "-" : "+"))));
    }

    /// <summary>
    /// The order of a nested list: the given keys, or without them its default, the display property (name or title,
    /// else the id) and then the id.
    /// </summary>
    /// <exception cref="ArgumentException">A key is not a property of the labels.</exception>
    public static PageOrder OfRelated(IReadOnlyList<EntityOrder> order, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Count > 0)
        {
            return Of(order, labels);
        }

        var display = new SortColumn("coalesce({0}.name, {0}.title, {0}.id)", false, properties =>
            DisplayProperties.Select(p => properties.GetValueOrDefault(p)).FirstOrDefault(v => v is not null)
                ?? properties.GetValueOrDefault(EntityCatalog.IdProperty));
        return new PageOrder([display], "(display)+");
    }

    /// <summary>Where <paramref name="record"/> stands in this order.</summary>
    public PageKey KeyOf(EntityRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new PageKey([.. Columns.Select(c => c.Read(record.Properties))], record.Id);
    }

    /// <summary>The <c>ORDER BY</c> list on <paramref name="variable"/>, ending with the id; reversed for backward pages.</summary>
    internal string OrderBy(string variable, bool reversed)
    {
        var keys = Columns.Select(c => c.On(variable) + (c.Descending != reversed ? " DESC" : " ASC"))
            .Append(variable + ".id" + (reversed ? " DESC" : " ASC"));
        return string.Join(", ", keys);
    }
}
