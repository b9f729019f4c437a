using GraphExplorer.Core.Entities;
using GraphQL.DataLoader;

namespace GraphExplorer.Api.GraphQL.Entities;

/// <summary>
/// Batches the reads of one request: keys asked for while GraphQL.NET resolves one level of the selection are
/// collected, and the first result awaited (after the level) runs ONE statement for all of them, per relationship
/// field (<c>UNWIND $keys</c>) or per label for nodes. Keys asked for later start a new batch. Scoped to a request;
/// thread-safe (resolvers may run in parallel).
/// </summary>
internal sealed class EntityBatchLoader(EntityQueries queries)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Batch<IReadOnlyDictionary<string, EntityPage>>> _related = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Batch<IReadOnlyList<EntityRecord>>> _nodes = new(StringComparer.Ordinal);

    /// <summary>
    /// The page <paramref name="window"/> of the nodes related to <paramref name="parentId"/> over <paramref name="field"/>
    /// that match <paramref name="query"/> (with their count when <paramref name="withTotalCount"/>), shaped by
    /// <paramref name="shape"/>. Parents asking the same (filter, order, window, count) share a statement; others get their own.
    /// </summary>
    public IDataLoaderResult LoadRelated(
        RelationshipField field, string parentId, RelatedQuery query, PageWindow window, bool withTotalCount, Func<EntityPage, object?> shape)
    {
        // Everything the statement depends on is part of the batch's name: '\n' cannot occur in a field key.
        var name = string.Join('\n', field.Key, query.Key, window.Key, withTotalCount ? "count" : "-");
        var batch = Enlist(_related, name, parentId, (keys, token) => queries.RelatedAsync(field, keys, query, window, withTotalCount, token));
        return new BatchResult<IReadOnlyDictionary<string, EntityPage>>(batch, pages => shape(pages.GetValueOrDefault(parentId) ?? EntityPage.Empty));
    }

    /// <summary>The <paramref name="label"/> node with stable id <paramref name="id"/>, or null.</summary>
    public IDataLoaderResult LoadNode(string label, string id)
    {
        var batch = Enlist(_nodes, label, id, (keys, token) => queries.GetAsync([.. keys.Select(k => (label, k))], token));
        return new BatchResult<IReadOnlyList<EntityRecord>>(batch, nodes => nodes.FirstOrDefault(n => n.Id == id));
    }

    /// <summary>The <paramref name="label"/> nodes with the given stable ids, in that order, skipping unknown ones.</summary>
    public IDataLoaderResult LoadNodes(string label, IReadOnlyList<string> ids)
    {
        Batch<IReadOnlyList<EntityRecord>>? batch = null;
        foreach (var id in ids)
        {
            batch = Enlist(_nodes, label, id, (keys, token) => queries.GetAsync([.. keys.Select(k => (label, k))], token));
        }

        if (batch is null)
        {
            return new BatchResult<IReadOnlyList<EntityRecord>>(new Batch<IReadOnlyList<EntityRecord>>(_gate, (_, _) => Task.FromResult<IReadOnlyList<EntityRecord>>([])), _ => Array.Empty<EntityRecord>());
        }

        return new BatchResult<IReadOnlyList<EntityRecord>>(batch, nodes =>
            ids.Select(id => nodes.FirstOrDefault(n => n.Id == id)).OfType<EntityRecord>().ToList());
    }

    /// <summary>The values of several results, in order, as one result.</summary>
    public static IDataLoaderResult All(IReadOnlyList<IDataLoaderResult> results) => new CombinedResult(results);

    private Batch<T> Enlist<T>(Dictionary<string, Batch<T>> pending, string name, string key, Func<IReadOnlyCollection<string>, CancellationToken, Task<T>> fetch)
    {
        lock (_gate)
        {
            if (!pending.TryGetValue(name, out var batch) || batch.Started)
            {
                batch = new Batch<T>(_gate, fetch);
                pending[name] = batch;
            }

            batch.Keys.Add(key);
            return batch;
        }
    }

    /// <summary>Keys collected for one statement; runs it once, on the first await. Guarded by the loader's lock.</summary>
    private sealed class Batch<T>(Lock gate, Func<IReadOnlyCollection<string>, CancellationToken, Task<T>> fetch)
    {
        private Task<T>? _task;

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public bool Started => Volatile.Read(ref _task) is not null;

        public Task<T> RunAsync(CancellationToken cancellationToken)
        {
            lock (gate)
            {
                return _task ??= fetch([.. Keys], cancellationToken);
            }
        }
    }

    private sealed class BatchResult<T>(Batch<T> batch, Func<T, object?> select) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            select(await batch.RunAsync(cancellationToken).ConfigureAwait(false));
    }

    private sealed class CombinedResult(IReadOnlyList<IDataLoaderResult> results) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<object?>(results.Count);
            foreach (var result in results)
            {
                values.Add(await result.GetResultAsync(cancellationToken).ConfigureAwait(false));
            }

            return values;
        }
    }
}
