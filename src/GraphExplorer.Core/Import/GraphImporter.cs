using System.Diagnostics;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Bulk;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Core.Import;

/// <summary>
/// Writes import rows with idempotent <c>MERGE</c>: nodes by label and <c>id</c>, then relationships between
/// existing nodes, <c>UNWIND $rows</c> in batches, one write transaction per batch. A batch the database
/// refuses is rolled back whole and its rows reported; a relationship whose end is missing is reported
/// with its line. Into an empty database (an initial load) rows are deduplicated in memory first and written
/// with <c>CREATE</c>, which gives the same graph as <c>MERGE</c> without its per-row existence checks.
/// A database that offers <see cref="IGraphBulkWriter"/> (the embedded engine) gets the same batches through
/// it instead of Cypher text (<c>GraphImporter.Native.cs</c>): the same graph, report and transactions.
/// Not thread-safe: one import at a time per instance.
/// </summary>
public sealed partial class GraphImporter(IGraphDatabase database, int batchSize = 10_000)
{
    /// <summary>Imports every row of <paramref name="batches"/> (all nodes first, then all relationships).</summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportBatch> batches, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var stopwatch = Stopwatch.StartNew();
        _create = await IsEmptyAsync(cancellationToken).ConfigureAwait(false);
        _bulk = database as IGraphBulkWriter;
        if (_create)
        {
            batches = Deduplicate(batches);
        }

        var issues = batches.SelectMany(b => b.Issues).ToList();
        var total = batches.Sum(b => (long)b.RowCount);
        long done = issues.Count;
        long nodesImported = 0, relationshipsImported = 0, nodesCreated = 0, relationshipsCreated = 0;
        progress?.Report(new ImportProgress(done, total));

        foreach (var batch in batches)
        {
            foreach (var chunk in batch.Nodes.Chunk(batchSize))
            {
                var (merged, created) = await WriteNodesAsync(batch.File, chunk, issues, cancellationToken).ConfigureAwait(false);
                nodesImported += merged;
                nodesCreated += created;
                done += chunk.Length;
                progress?.Report(new ImportProgress(done, total));
            }
        }

        foreach (var batch in batches)
        {
            foreach (var chunk in batch.Relationships.Chunk(batchSize))
            {
                var (merged, created) = await WriteRelationshipsAsync(batch.File, chunk, issues, cancellationToken).ConfigureAwait(false);
                relationshipsImported += merged;
                relationshipsCreated += created;
                done += chunk.Length;
                progress?.Report(new ImportProgress(done, total));
            }
        }

        issues.Sort((a, b) => (a.File, a.Line).CompareTo((b.File, b.Line)));
        return new ImportReport(nodesImported, relationshipsImported, nodesCreated, relationshipsCreated, issues, stopwatch.Elapsed);
    }

    /// <summary>Whether the last import was an initial load into an empty database (written with <c>CREATE</c>).</summary>
    public bool WasInitialLoad => _create;

    /// <summary>Whether the last import went through the database's native <see cref="IGraphBulkWriter"/> rather than Cypher.</summary>
    public bool UsedBulkWriter => _bulk is not null;

    private bool _create;
    private IGraphBulkWriter? _bulk;

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        var result = await database.RunAsync("MATCH (n) RETURN n.id AS id LIMIT 1", null, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 0;
    }

    /// <summary>Folds rows naming the same node (or the same relationship) into one, later properties winning, as repeated MERGE … SET += would.</summary>
    private static List<ImportBatch> Deduplicate(IReadOnlyList<ImportBatch> batches)
    {
        var nodes = new Dictionary<(string, string), ImportNode>(batches.Sum(b => b.Nodes.Count));
        var relationships = new Dictionary<(string, string, string, string, string), ImportRelationship>(batches.Sum(b => b.Relationships.Count));
        var kept = new List<(ImportBatch Batch, List<ImportNode> Nodes, List<ImportRelationship> Relationships)>();
        var folded = false;
        foreach (var batch in batches)
        {
            var keptNodes = new List<ImportNode>(batch.Nodes.Count);
            foreach (var node in batch.Nodes)
            {
                if (nodes.TryGetValue((node.Label, node.Id), out var first))
                {
                    nodes[(node.Label, node.Id)] = first with { Properties = Merge(first.Properties, node.Properties) };
                    folded = true;
                    continue;
                }

                nodes[(node.Label, node.Id)] = node;
                keptNodes.Add(node);
            }

            var keptRelationships = new List<ImportRelationship>(batch.Relationships.Count);
            foreach (var r in batch.Relationships)
            {
                var key = (r.Type, r.FromLabel, r.From, r.ToLabel, r.To);
                if (relationships.TryGetValue(key, out var first))
                {
                    relationships[key] = first with { Properties = Merge(first.Properties, r.Properties) };
                    folded = true;
                    continue;
                }

                relationships[key] = r;
                keptRelationships.Add(r);
            }

            kept.Add((batch, keptNodes, keptRelationships));
        }

        // The kept rows are the first of each key; where later rows were folded into them, give them the folded
        // properties (only then: the look-up hashes every row's key a second time).
        return [.. kept.Select(k => k.Batch with
        {
            Nodes = folded ? [.. k.Nodes.Select(n => nodes[(n.Label, n.Id)])] : k.Nodes,
            Relationships = folded ? [.. k.Relationships.Select(r => relationships[(r.Type, r.FromLabel, r.From, r.ToLabel, r.To)])] : k.Relationships,
        })];
    }

    private static Dictionary<string, object?> Merge(IReadOnlyDictionary<string, object?> first, IReadOnlyDictionary<string, object?> second)
    {
        var merged = new Dictionary<string, object?>(first, StringComparer.Ordinal);
        foreach (var (key, value) in second)
        {
            merged[key] = value;
        }

        return merged;
    }

    private Task<(long Merged, long Created)> WriteNodesAsync(string file, ImportNode[] chunk, List<ImportIssue> issues, CancellationToken cancellationToken) =>
        _bulk is null ? WriteNodesWithCypherAsync(file, chunk, issues, cancellationToken) : WriteNodesNativeAsync(_bulk, file, chunk, issues, cancellationToken);

    private Task<(long Merged, long Created)> WriteRelationshipsAsync(string file, ImportRelationship[] chunk, List<ImportIssue> issues, CancellationToken cancellationToken) =>
        _bulk is null
            ? WriteRelationshipsWithCypherAsync(file, chunk, issues, cancellationToken)
            : WriteRelationshipsNativeAsync(_bulk, file, chunk, issues, cancellationToken);

    private static ImportIssue RolledBack<T>(string file, T[] chunk, string what, CypherException error, Func<T, int> line) =>
        new(file, line(chunk[0]), $"batch of {chunk.Length} {what} (lines {line(chunk[0])}–{line(chunk[^1])}) rolled back: {error.Code}: {error.Message}");

    private static ImportIssue MissingEnd(string file, ImportRelationship relationship) =>
        new(file, relationship.Line, $"{relationship.Type} not imported: no {relationship.FromLabel} '{relationship.From}' or no {relationship.ToLabel} '{relationship.To}'");

    private async Task<(long Merged, long Created)> WriteNodesWithCypherAsync(string file, ImportNode[] chunk, List<ImportIssue> issues, CancellationToken cancellationToken)
    {
        try
        {
            long created = 0;
            var transaction = await database.BeginTransactionAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var group in chunk.GroupBy(n => n.Label, StringComparer.Ordinal))
                {
                    var rows = group.Select(n => (object?)new Dictionary<string, object?>
                    {
                        ["id"] = n.Id,
                        ["properties"] = n.Properties,
                    }).ToList();
                    var cypher = _create
                        ? $"UNWIND $rows AS row CREATE (n:`{group.Key}` {{id: row.id}}) SET n += row.properties"
                        : $"UNWIND $rows AS row MERGE (n:`{group.Key}` {{id: row.id}}) SET n += row.properties";
                    var result = await transaction.RunAsync(cypher, new Dictionary<string, object?> { ["rows"] = rows }, cancellationToken).ConfigureAwait(false);
                    created += result.Counters.NodesCreated;
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return (chunk.Length, created);
        }
        catch (CypherException error)
        {
            issues.Add(RolledBack(file, chunk, "nodes", error, n => n.Line));
            return (0, 0);
        }
    }

    private async Task<(long Merged, long Created)> WriteRelationshipsWithCypherAsync(string file, ImportRelationship[] chunk, List<ImportIssue> issues, CancellationToken cancellationToken)
    {
        try
        {
            long created = 0;
            var merged = new HashSet<long>();
            var transaction = await database.BeginTransactionAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var group in chunk.Select((r, index) => (Row: r, Index: index)).GroupBy(x => (x.Row.Type, x.Row.FromLabel, x.Row.ToLabel)))
                {
                    var rows = group.Select(x => (object?)new Dictionary<string, object?>
                    {
                        ["from"] = x.Row.From,
                        ["to"] = x.Row.To,
                        ["index"] = (long)x.Index,
                        ["properties"] = x.Row.Properties,
                    }).ToList();
                    var (type, fromLabel, toLabel) = group.Key;
                    var cypher =
                        $"UNWIND $rows AS row MATCH (a:`{fromLabel}` {{id: row.from}}) MATCH (b:`{toLabel}` {{id: row.to}}) " +
                        (_create ? $"CREATE (a)-[r:`{type}`]->(b) " : $"MERGE (a)-[r:`{type}`]->(b) ") +
                        "SET r += row.properties RETURN row.index AS index";
                    var result = await transaction.RunAsync(cypher, new Dictionary<string, object?> { ["rows"] = rows }, cancellationToken).ConfigureAwait(false);
                    created += result.Counters.RelationshipsCreated;
                    foreach (var row in result.Rows)
                    {
                        merged.Add(Convert.ToInt64(row[0], System.Globalization.CultureInfo.InvariantCulture));
                    }
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            var missing = chunk.Where((_, index) => !merged.Contains(index)).ToList();
            issues.AddRange(missing.Select(relationship => MissingEnd(file, relationship)));

            return (chunk.Length - missing.Count, created);
        }
        catch (CypherException error)
        {
            issues.Add(RolledBack(file, chunk, "relationships", error, r => r.Line));
            return (0, 0);
        }
    }
}
