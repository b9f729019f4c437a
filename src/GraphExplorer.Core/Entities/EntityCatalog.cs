namespace GraphExplorer.Core.Entities;

/// <summary>
/// The graph model as fixed lists: labels, properties, relationships and the fields that follow them both ways.
/// Cypher is built only from names in these lists, never from user text. Immutable, thread-safe.
/// </summary>
public static partial class EntityCatalog
{
    /// <summary>The stable id property every node has.</summary>
    public const string IdProperty = "id";

    /// <summary>The relationship property listing the ids of the sources supporting a relationship.</summary>
    public const string SourcesProperty = "sources";

    /// <summary>The entity with label <paramref name="label"/>, or null when the model has none.</summary>
    public static EntitySpec? Entity(string label) => Entities.FirstOrDefault(e => e.Label == label);

    /// <summary>The relationship fields of <paramref name="label"/>, in schema order.</summary>
    public static IEnumerable<RelationshipField> FieldsOf(string label) => Fields.Where(f => f.Owner == label);

    /// <summary>The relationship field <paramref name="field"/> of <paramref name="label"/>, or null.</summary>
    public static RelationshipField? Field(string label, string field) => Fields.FirstOrDefault(f => f.Owner == label && f.Field == field);

    /// <summary>The relationship named <paramref name="name"/> (its PascalCase name or its type), or null.</summary>
    public static RelationshipSpec? Relationship(string name) =>
        Relationships.FirstOrDefault(r => r.Name == name || r.Type == name);
}
