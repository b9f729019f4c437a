namespace GraphExplorer.Core.Entities;

/// <summary>A batch of facts from one source: the source, the entities it names and the relationships it states.</summary>
public sealed record ImportDocument(
    ImportEntity Source,
    IReadOnlyList<ImportEntity> Entities,
    IReadOnlyList<ImportRelationship> Relationships);

/// <summary>An entity to merge by its label and id, with the properties to set.</summary>
public sealed record ImportEntity(string Label, string Id, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship to merge between two ids, with the properties to set.</summary>
public sealed record ImportRelationship(string Type, string FromId, string ToId, IReadOnlyDictionary<string, object?> Properties);

/// <summary>What an import changed: nodes and relationships created (zero when the same document is imported again).</summary>
public sealed record ImportSummary(int NodesCreated, int RelationshipsCreated, int PropertiesSet);
