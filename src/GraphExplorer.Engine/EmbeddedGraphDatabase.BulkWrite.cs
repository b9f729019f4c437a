using GraphExplorer.Engine.Storage.Bulk;
using GraphExplorer.Engine.Transactions;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Bulk;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine;

/// <summary>
/// The native bulk path (<see cref="IGraphBulkWriter"/>): each batch is one ordinary write transaction — the
/// same lock, undo log, constraint checks and write-ahead log record as a Cypher statement — whose change is
/// applied by <see cref="BulkMerger"/> instead of a parsed, planned and evaluated statement.
/// </summary>
public sealed partial class EmbeddedGraphDatabase : IGraphBulkWriter
{
    /// <inheritdoc />
    public Task<BulkWriteResult> MergeNodesAsync(string keyProperty, IReadOnlyList<BulkNode> nodes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyProperty);
        ArgumentNullException.ThrowIfNull(nodes);
        foreach (var node in nodes)
        {
            ArgumentException.ThrowIfNullOrEmpty(node.Label, nameof(nodes));
        }

        return WriteAsync(transaction => MergeNodesAsync(transaction, keyProperty, nodes, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<BulkWriteResult> MergeRelationshipsAsync(string keyProperty, IReadOnlyList<BulkRelationship> relationships, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyProperty);
        ArgumentNullException.ThrowIfNull(relationships);
        foreach (var relationship in relationships)
        {
            ArgumentException.ThrowIfNullOrEmpty(relationship.Type, nameof(relationships));
            ArgumentException.ThrowIfNullOrEmpty(relationship.StartLabel, nameof(relationships));
            ArgumentException.ThrowIfNullOrEmpty(relationship.EndLabel, nameof(relationships));
        }

        return WriteAsync(transaction => MergeRelationshipsAsync(transaction, keyProperty, relationships, cancellationToken), cancellationToken);
    }

    /// <summary>Merges node rows as a statement of an open transaction (a read transaction refuses).</summary>
    internal Task<BulkWriteResult> MergeNodesAsync(EmbeddedTransaction transaction, string keyProperty, IReadOnlyList<BulkNode> nodes, CancellationToken cancellationToken) =>
        ApplyAsync(transaction, undo => new BulkMerger(_store, undo, keyProperty, cancellationToken).MergeNodes(nodes), cancellationToken);

    /// <summary>Merges relationship rows as a statement of an open transaction (a read transaction refuses).</summary>
    internal Task<BulkWriteResult> MergeRelationshipsAsync(EmbeddedTransaction transaction, string keyProperty, IReadOnlyList<BulkRelationship> relationships, CancellationToken cancellationToken) =>
        ApplyAsync(transaction, undo => new BulkMerger(_store, undo, keyProperty, cancellationToken).MergeRelationships(relationships), cancellationToken);

    private static async Task<BulkWriteResult> ApplyAsync(EmbeddedTransaction transaction, Func<UndoLog, BulkWriteResult> change, CancellationToken cancellationToken)
    {
        try
        {
            // Taking the store lock may wait for readers; awaited, so no thread is held while it does.
            return await transaction.ApplyAsync(change, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not CypherException)
        {
            // The transaction has been rolled back; callers of the port see database errors as CypherExceptions only.
            throw new CypherException(StatusCodes.UnknownError, $"The bulk write failed: {ex.Message}", ErrorPhase.Runtime, innerException: ex);
        }
    }

    private async Task<BulkWriteResult> WriteAsync(Func<EmbeddedTransaction, Task<BulkWriteResult>> write, CancellationToken cancellationToken)
    {
        // The public way in, so a bulk batch is begun exactly as an explicit Cypher transaction is.
        var transaction = (EmbeddedTransaction)await BeginTransactionAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var result = await write(transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }
}
