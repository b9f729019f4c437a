using System.Globalization;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Entities;

/// <summary>
/// Writes entities: create, update and delete nodes, connect and disconnect them, import batches. Each command
/// runs in one write transaction and stores nothing when it is refused. Thread-safe (stateless over a thread-safe port).
/// </summary>
public sealed partial class EntityCommands(IGraphDatabase database)
{
    private readonly IGraphDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Creates a <paramref name="label"/> node; its id is generated when <paramref name="id"/> is null.</summary>
    public async Task<CommandResult<EntityRecord>> CreateAsync(
        string label, string? id, IReadOnlyDictionary<string, object?> properties, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var entity = EntityCatalog.Entity(label) ?? throw new ArgumentException($"'{label}' is not an entity label.", nameof(label));
        id ??= label.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..12];
        var errors = ValidateProperties(entity, properties, creating: true).ToList();
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(new EntityError("id", EntityErrorCodes.Required, "The id must not be blank."));
        }

        await using var transaction = await _database.BeginTransactionAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
        if (errors.Count == 0 && await ExistsAsync(transaction, label, id, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new EntityError("id", EntityErrorCodes.DuplicateId, $"A {label} with id '{id}' already exists."));
        }

        errors.AddRange(await MissingSourcesAsync(transaction, sources, "sources", cancellationToken).ConfigureAwait(false));
        if (errors.Count > 0)
        {
            return CommandResult<EntityRecord>.Refused(errors);
        }

        var values = Stored(properties);
        values[EntityCatalog.IdProperty] = id;
        var result = await transaction.RunAsync(
            $"CREATE (n:{label}) SET n = $properties RETURN n",
            new Dictionary<string, object?> { ["properties"] = values },
            cancellationToken).ConfigureAwait(false);
        await LinkSourcesAsync(transaction, label, id, sources, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CommandResult<EntityRecord>.Success(EntityQueries.ToRecord((GraphNode)result.Rows[0][0]!, label));
    }

    /// <summary>Sets the given properties of a node (a null value removes the property) and links more sources.</summary>
    public async Task<CommandResult<EntityRecord>> UpdateAsync(
        string label, string id, IReadOnlyDictionary<string, object?> properties, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var entity = EntityCatalog.Entity(label) ?? throw new ArgumentException($"'{label}' is not an entity label.", nameof(label));
        var errors = ValidateProperties(entity, properties, creating: false).ToList();
        await using var transaction = await _database.BeginTransactionAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
        if (!await ExistsAsync(transaction, label, id, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new EntityError("id", EntityErrorCodes.NotFound, $"No {label} has id '{id}'."));
        }

        errors.AddRange(await MissingSourcesAsync(transaction, sources, "sources", cancellationToken).ConfigureAwait(false));
        if (errors.Count > 0)
        {
            return CommandResult<EntityRecord>.Refused(errors);
        }

        var values = properties.ToDictionary(p => p.Key, p => Stored(p.Value), StringComparer.Ordinal);
        var result = await transaction.RunAsync(
            $"MATCH (n:{label} {{id: $id}}) SET n += $properties RETURN n",
            new Dictionary<string, object?> { ["id"] = id, ["properties"] = values },
            cancellationToken).ConfigureAwait(false);
        await LinkSourcesAsync(transaction, label, id, sources, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CommandResult<EntityRecord>.Success(EntityQueries.ToRecord((GraphNode)result.Rows[0][0]!, label));
    }

    /// <summary>Deletes a node and its relationships; returns the node as it was.</summary>
    public async Task<CommandResult<EntityRecord>> DeleteAsync(string label, string id, CancellationToken cancellationToken)
    {
        _ = EntityCatalog.Entity(label) ?? throw new ArgumentException($"'{label}' is not an entity label.", nameof(label));
        await using var transaction = await _database.BeginTransactionAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
        var found = await transaction.RunAsync(
            $"MATCH (n:{label} {{id: $id}}) RETURN n", new Dictionary<string, object?> { ["id"] = id }, cancellationToken).ConfigureAwait(false);
        if (found.Rows.Count == 0)
        {
            return CommandResult<EntityRecord>.Refused([new EntityError("id", EntityErrorCodes.NotFound, $"No {label} has id '{id}'.")]);
        }

        await transaction.RunAsync(
            $"MATCH (n:{label} {{id: $id}}) DETACH DELETE n", new Dictionary<string, object?> { ["id"] = id }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CommandResult<EntityRecord>.Success(EntityQueries.ToRecord((GraphNode)found.Rows[0][0]!, label));
    }

    private static IEnumerable<EntityError> ValidateProperties(EntitySpec entity, IReadOnlyDictionary<string, object?> properties, bool creating)
    {
        foreach (var (name, value) in properties)
        {
            var spec = entity.Property(name);
            if (spec is null)
            {
                yield return new EntityError(name, EntityErrorCodes.InvalidValue, $"{entity.Label} has no property '{name}'.");
            }
            else if (name == entity.DisplayProperty && (value is null || value is string text && string.IsNullOrWhiteSpace(text)))
            {
                yield return new EntityError(name, EntityErrorCodes.Required, $"The {name} must not be blank.");
            }
            else if (value is string date && name is "date" or "signedOn" or "since" or "until" or "publishedOn" && !IsPartialDate(date))
            {
                yield return new EntityError(name, EntityErrorCodes.InvalidValue, $"'{date}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).");
            }
        }

        if (creating && (!properties.TryGetValue(entity.DisplayProperty, out var display) || display is null))
        {
            yield return new EntityError(entity.DisplayProperty, EntityErrorCodes.Required, $"A {entity.Label} needs a {entity.DisplayProperty}.");
        }
    }

    /// <summary>Whether <paramref name="text"/> is a full or partial ISO date: <c>2025</c>, <c>2025-06</c>, <c>2025-06-12</c>.</summary>
    public static bool IsPartialDate(string text) =>
        DateTime.TryParseExact(text, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static async Task<bool> ExistsAsync(IGraphTransaction transaction, string label, string id, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            $"MATCH (n:{label} {{id: $id}}) RETURN count(n) AS c", new Dictionary<string, object?> { ["id"] = id }, cancellationToken).ConfigureAwait(false);
        return result.Rows[0][0] is long count && count > 0;
    }

    private static async Task<IEnumerable<EntityError>> MissingSourcesAsync(
        IGraphTransaction transaction, IReadOnlyList<string> sources, string field, CancellationToken cancellationToken)
    {
        if (sources.Count == 0)
        {
            return [];
        }

        var result = await transaction.RunAsync(
            "MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id",
            new Dictionary<string, object?> { ["ids"] = sources.Select(s => (object?)s).ToList() },
            cancellationToken).ConfigureAwait(false);
        var found = result.Rows.Select(r => r[0] as string).ToHashSet(StringComparer.Ordinal);
        return sources.Select((s, i) => (s, i)).Where(x => !found.Contains(x.s))
            .Select(x => new EntityError($"{field}[{x.i}]", EntityErrorCodes.SourceNotFound, $"No source has id '{x.s}'."))
            .ToList();
    }

    private static async Task LinkSourcesAsync(IGraphTransaction transaction, string label, string id, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        if (sources.Count == 0 || label == "Source")
        {
            return;
        }

        await transaction.RunAsync(
            $"MATCH (n:{label} {{id: $id}}) UNWIND $sources AS sid MATCH (s:Source {{id: sid}}) MERGE (n)-[r:SOURCED_FROM]->(s) ON CREATE SET r.sources = [sid]",
            new Dictionary<string, object?> { ["id"] = id, ["sources"] = sources.Select(s => (object?)s).ToList() },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The properties as stored: nulls left out, lists as lists of objects.</summary>
    private static Dictionary<string, object?> Stored(IReadOnlyDictionary<string, object?> properties) =>
        properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => Stored(p.Value), StringComparer.Ordinal);

    private static object? Stored(object? value) => value switch
    {
        IEnumerable<string> list => list.Select(v => (object?)v).ToList(),
        _ => value,
    };
}
