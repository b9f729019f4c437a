using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Entities;

/// <summary>Connecting and disconnecting entities.</summary>
public sealed partial class EntityCommands
{
    /// <summary>
    /// Connects <paramref name="fromId"/> to <paramref name="toId"/> with <paramref name="relationship"/> (once: a second
    /// connect updates the properties and adds the sources), checking both ends have labels the relationship allows.
    /// </summary>
    public async Task<CommandResult<RelationshipRecord>> ConnectAsync(
        RelationshipSpec relationship, string fromId, string toId, IReadOnlyDictionary<string, object?> properties,
        IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var errors = ValidateRelationshipProperties(relationship, properties).ToList();
        await using var transaction = await _database.BeginTransactionAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
        errors.AddRange(await CheckEndAsync(transaction, "from", fromId, relationship.FromLabels, cancellationToken).ConfigureAwait(false));
        errors.AddRange(await CheckEndAsync(transaction, "to", toId, relationship.ToLabels, cancellationToken).ConfigureAwait(false));
        errors.AddRange(await MissingSourcesAsync(transaction, sources, "sources", cancellationToken).ConfigureAwait(false));
        if (errors.Count > 0)
        {
            return CommandResult<RelationshipRecord>.Refused(errors);
        }

        var result = await transaction.RunAsync(
            $"""
            MATCH (a {"{"}id: $from{"}"}) WHERE {LabelTest("a", relationship.FromLabels)}
            MATCH (b {"{"}id: $to{"}"}) WHERE {LabelTest("b", relationship.ToLabels)}
            MERGE (a)-[r:{relationship.Type}]->(b)
            SET r += $properties
            SET r.sources = coalesce(r.sources, []) + [s IN $sources WHERE NOT s IN coalesce(r.sources, [])]
            RETURN r
            """,
            new Dictionary<string, object?>
            {
                ["from"] = fromId,
                ["to"] = toId,
                ["properties"] = properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
                ["sources"] = sources.Select(s => (object?)s).ToList(),
            },
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var stored = (GraphRelationship)result.Rows[0][0]!;
        return CommandResult<RelationshipRecord>.Success(new RelationshipRecord(relationship.Type, fromId, toId, stored.Properties));
    }

    /// <summary>Removes the <paramref name="relationship"/> from <paramref name="fromId"/> to <paramref name="toId"/>.</summary>
    public async Task<CommandResult<RelationshipRecord>> DisconnectAsync(
        RelationshipSpec relationship, string fromId, string toId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        await using var transaction = await _database.BeginTransactionAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
        var parameters = new Dictionary<string, object?> { ["from"] = fromId, ["to"] = toId };
        var found = await transaction.RunAsync(
            $"MATCH (a {{id: $from}})-[r:{relationship.Type}]->(b {{id: $to}}) RETURN r", parameters, cancellationToken).ConfigureAwait(false);
        if (found.Rows.Count == 0)
        {
            return CommandResult<RelationshipRecord>.Refused(
                [new EntityError("from", EntityErrorCodes.NotFound, $"'{fromId}' has no {relationship.Type} relationship to '{toId}'.")]);
        }

        await transaction.RunAsync(
            $"MATCH (a {{id: $from}})-[r:{relationship.Type}]->(b {{id: $to}}) DELETE r", parameters, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var stored = (GraphRelationship)found.Rows[0][0]!;
        return CommandResult<RelationshipRecord>.Success(new RelationshipRecord(relationship.Type, fromId, toId, stored.Properties));
    }

    private static IEnumerable<EntityError> ValidateRelationshipProperties(RelationshipSpec relationship, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (name, value) in properties)
        {
            if (!relationship.Properties.Any(p => p.Name == name))
            {
                yield return new EntityError(name, EntityErrorCodes.InvalidValue, $"{relationship.Type} has no property '{name}'.");
            }
            else if (value is string date && name is "date" or "since" or "until" && !IsPartialDate(date))
            {
                yield return new EntityError(name, EntityErrorCodes.InvalidValue, $"'{date}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).");
            }
        }
    }

    private static async Task<IEnumerable<EntityError>> CheckEndAsync(
        IGraphTransaction transaction, string field, string id, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            "MATCH (n {id: $id}) RETURN labels(n) AS labels", new Dictionary<string, object?> { ["id"] = id }, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            return [new EntityError(field, EntityErrorCodes.NotFound, $"No entity has id '{id}'.")];
        }

        var found = result.Rows.SelectMany(r => ((IEnumerable<object?>)r[0]!).OfType<string>()).ToList();
        return found.Any(labels.Contains)
            ? []
            : [new EntityError(field, EntityErrorCodes.InvalidValue, $"'{id}' is a {string.Join("/", found)}; expected {string.Join(" or ", labels)}.")];
    }

    private static string LabelTest(string variable, IReadOnlyList<string> labels) =>
        "(" + string.Join(" OR ", labels.Select(l => variable + ":" + l)) + ")";
}
