namespace GraphExplorer.Core.Entities;

/// <summary>How a property's value is stored and exposed.</summary>
public enum PropertyKind
{
    /// <summary>A string (dates too: they may be partial, <c>2025-06</c>).</summary>
    String,

    /// <summary>A list of strings (aliases, source ids).</summary>
    StringList,

    /// <summary>A boolean.</summary>
    Boolean,
}

/// <summary>Which way a relationship field follows its relationship from the owning node.</summary>
public enum RelationshipDirection
{
    /// <summary>From the owner to the target: <c>(owner)-[:T]-&gt;(target)</c>.</summary>
    Outgoing,

    /// <summary>From the target to the owner: <c>(owner)&lt;-[:T]-(target)</c>.</summary>
    Incoming,
}

/// <summary>A property of a node or relationship, with the description the API shows.</summary>
public sealed record PropertySpec(string Name, PropertyKind Kind, string Description);

/// <summary>A node label of the graph model, its properties and what names it for people.</summary>
/// <param name="Label">The Neo4j label (also the GraphQL type name).</param>
/// <param name="Description">What an entity of this label is.</param>
/// <param name="Properties">Its properties besides <c>id</c>.</param>
/// <param name="DisplayProperty">The property that names it (<c>name</c> or <c>title</c>).</param>
public sealed record EntitySpec(string Label, string Description, IReadOnlyList<PropertySpec> Properties, string DisplayProperty)
{
    /// <summary>The property called <paramref name="name"/>, or null.</summary>
    public PropertySpec? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}

/// <summary>A relationship type between labels, with its properties (besides <c>sources</c>).</summary>
/// <param name="Name">The PascalCase name used in mutation names (<c>connectHolds</c>).</param>
/// <param name="Type">The Neo4j relationship type.</param>
/// <param name="FromLabels">Labels allowed at the start.</param>
/// <param name="ToLabels">Labels allowed at the end.</param>
/// <param name="Properties">Its properties besides <c>sources</c>.</param>
/// <param name="Description">What the relationship states.</param>
public sealed record RelationshipSpec(
    string Name,
    string Type,
    IReadOnlyList<string> FromLabels,
    IReadOnlyList<string> ToLabels,
    IReadOnlyList<PropertySpec> Properties,
    string Description);

/// <summary>A relationship seen from one side: a field of the owning type that lists (or names) the nodes at the other end.</summary>
/// <param name="Owner">The label of the node the field is on.</param>
/// <param name="Field">The GraphQL field name (<c>ministries</c>).</param>
/// <param name="Relationship">The relationship it follows.</param>
/// <param name="Direction">Which way it follows it.</param>
/// <param name="TargetLabels">Labels at the other end (one, or several for signatories and participants).</param>
/// <param name="Single">Whether the field names one node (<c>Ministry.country</c>) rather than a connection.</param>
/// <param name="Description">What the field lists.</param>
public sealed record RelationshipField(
    string Owner,
    string Field,
    RelationshipSpec Relationship,
    RelationshipDirection Direction,
    IReadOnlyList<string> TargetLabels,
    bool Single,
    string Description)
{
    /// <summary>A key naming the field uniquely (<c>Country.ministries</c>).</summary>
    public string Key => Owner + "." + Field;
}

/// <summary>A node as the API sees it: its label, stable id and properties.</summary>
public sealed record EntityRecord(string Label, string Id, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A node reached over a relationship from a parent, with the relationship's properties.</summary>
public sealed record RelatedRecord(string ParentId, EntityRecord Node, IReadOnlyDictionary<string, object?> RelationshipProperties);

/// <summary>An item of a page: the node, where it stands in the page's order, and (nested lists) the relationship's properties.</summary>
public sealed record PageItem(EntityRecord Node, PageKey Key, IReadOnlyDictionary<string, object?> RelationshipProperties);

/// <summary>One page of a connection, whether items precede or follow it, and how many match in all when that was asked.</summary>
public sealed record EntityPage(IReadOnlyList<PageItem> Items, bool HasNextPage, bool HasPreviousPage, int? TotalCount)
{
    /// <summary>A page with no items, nothing around it and a count of zero.</summary>
    public static EntityPage Empty { get; } = new([], false, false, 0);
}

/// <summary>A sort key: a property of the listed label, ascending or descending.</summary>
public sealed record EntityOrder(string Property, bool Descending);
