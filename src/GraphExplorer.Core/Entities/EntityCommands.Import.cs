using GraphExplorer.Graph;

namespace GraphExplorer.Core.Entities;

/// <summary>Importing a batch of entities and relationships from one source, idempotent by ids.</summary>
public sealed partial class EntityCommands
{
    /// <summary>
    /// Merges the source, every entity (linked to the source with <c>SOURCED_FROM</c>) and every relationship (with
    /// the source id in its <c>sources</c>) in one transaction. Importing the same document again creates nothing.
    /// </summary>
    public async Task<CommandResult<ImportSummary>> ImportAsync(ImportDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = ValidateImport(document);
        await using var transaction = await _database.BeginTransactionAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
        if (errors.Count == 0)
        {
            errors.AddRange(await MissingEndsAsync(transaction, document, cancellationToken).ConfigureAwait(false));
        }

        if (errors.Count > 0)
        {
            return CommandResult<ImportSummary>.Refused(errors);
        }

        var counters = QueryCounters.None;
        counters += (await transaction.RunAsync(
            "MERGE (s:Source {id: $id}) SET s += $properties",
            new Dictionary<string, object?> { ["id"] = document.Source.Id, ["properties"] = Stored(document.Source.Properties) },
            cancellationToken).ConfigureAwait(false)).Counters;
        foreach (var group in document.Entities.GroupBy(e => e.Label, StringComparer.Ordinal))
        {
            var rows = group.Select(e => (object?)new Dictionary<string, object?> { ["id"] = e.Id, ["properties"] = Stored(e.Properties) }).ToList();
            counters += (await transaction.RunAsync(
                $"""
                MATCH (s:Source {"{"}id: $source{"}"})
                UNWIND $rows AS row
                MERGE (n:{group.Key} {"{"}id: row.id{"}"})
                SET n += row.properties
                MERGE (n)-[r:SOURCED_FROM]->(s)
                SET r.sources = coalesce(r.sources, []) + [x IN [$source] WHERE NOT x IN coalesce(r.sources, [])]
                """,
                new Dictionary<string, object?> { ["source"] = document.Source.Id, ["rows"] = rows },
                cancellationToken).ConfigureAwait(false)).Counters;
        }

        foreach (var group in document.Relationships.GroupBy(r => EntityCatalog.Relationship(r.Type)!))
        {
            var rows = group.Select(r => (object?)new Dictionary<string, object?>
            {
                ["from"] = r.FromId,
                ["to"] = r.ToId,
                ["properties"] = Stored(r.Properties),
            }).ToList();
            counters += (await transaction.RunAsync(
                $"""
                UNWIND $rows AS row
                MATCH (a {"{"}id: row.from{"}"}) WHERE {LabelTest("a", group.Key.FromLabels)}
                MATCH (b {"{"}id: row.to{"}"}) WHERE {LabelTest("b", group.Key.ToLabels)}
                MERGE (a)-[r:{group.Key.Type}]->(b)
                SET r += row.properties
                SET r.sources = coalesce(r.sources, []) + [x IN [$source] WHERE NOT x IN coalesce(r.sources, [])]
                """,
                new Dictionary<string, object?> { ["source"] = document.Source.Id, ["rows"] = rows },
                cancellationToken).ConfigureAwait(false)).Counters;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CommandResult<ImportSummary>.Success(new ImportSummary(counters.NodesCreated, counters.RelationshipsCreated, counters.PropertiesSet));
    }

    private static List<EntityError> ValidateImport(ImportDocument document)
    {
        var errors = new List<EntityError>();
        if (string.IsNullOrWhiteSpace(document.Source.Id))
        {
            errors.Add(new EntityError("source.id", EntityErrorCodes.Required, "The source needs an id."));
        }

        errors.AddRange(ValidateProperties(EntityCatalog.Entity("Source")!, document.Source.Properties, creating: true)
            .Select(e => e with { Field = "source." + e.Field }));
        for (var i = 0; i < document.Entities.Count; i++)
        {
            var entity = document.Entities[i];
            var spec = EntityCatalog.Entity(entity.Label);
            if (spec is null || entity.Label == "Source")
            {
                errors.Add(new EntityError($"entities[{i}].type", EntityErrorCodes.InvalidValue, $"'{entity.Label}' is not an entity type that can be imported."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(entity.Id))
            {
                errors.Add(new EntityError($"entities[{i}].id", EntityErrorCodes.Required, "Every entity needs an id."));
            }

            errors.AddRange(ValidateProperties(spec, entity.Properties, creating: true).Select(e => e with { Field = $"entities[{i}].{e.Field}" }));
        }

        for (var i = 0; i < document.Relationships.Count; i++)
        {
            var relationship = document.Relationships[i];
            var spec = EntityCatalog.Relationship(relationship.Type);
            if (spec is null || spec.Type == "SOURCED_FROM")
            {
                errors.Add(new EntityError($"relationships[{i}].type", EntityErrorCodes.InvalidValue, $"'{relationship.Type}' is not a relationship type that can be imported."));
                continue;
            }

            errors.AddRange(ValidateRelationshipProperties(spec, relationship.Properties).Select(e => e with { Field = $"relationships[{i}].{e.Field}" }));
        }

        return errors;
    }

    /// <summary>Each relationship end must be an entity of the document or of the graph, with a label the relationship allows.</summary>
    private static async Task<IEnumerable<EntityError>> MissingEndsAsync(IGraphTransaction transaction, ImportDocument document, CancellationToken cancellationToken)
    {
        var ids = document.Relationships.SelectMany(r => new[] { r.FromId, r.ToId }).Distinct(StringComparer.Ordinal).ToList();
        var labels = document.Entities.ToLookup(e => e.Id, e => e.Label, StringComparer.Ordinal);
        var stored = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (ids.Count > 0)
        {
            var result = await transaction.RunAsync(
                "MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels",
                new Dictionary<string, object?> { ["ids"] = ids.Select(i => (object?)i).ToList() },
                cancellationToken).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                stored[(string)row[0]!] = [.. ((IEnumerable<object?>)row[1]!).OfType<string>()];
            }
        }

        var errors = new List<EntityError>();
        for (var i = 0; i < document.Relationships.Count; i++)
        {
            var relationship = document.Relationships[i];
            var spec = EntityCatalog.Relationship(relationship.Type)!;
            foreach (var (field, id, allowed) in new[] { ("from", relationship.FromId, spec.FromLabels), ("to", relationship.ToId, spec.ToLabels) })
            {
                var known = labels[id].Concat(stored.GetValueOrDefault(id) ?? []).ToList();
                if (known.Count == 0)
                {
                    errors.Add(new EntityError($"relationships[{i}].{field}", EntityErrorCodes.NotFound, $"No entity has id '{id}'."));
                }
                else if (!known.Any(allowed.Contains))
                {
                    errors.Add(new EntityError($"relationships[{i}].{field}", EntityErrorCodes.InvalidValue, $"'{id}' is a {known[0]}; expected {string.Join(" or ", allowed)}."));
                }
            }
        }

        return errors;
    }
}
