using GraphExplorer.Engine.Execution;
using GraphExplorer.Engine.Execution.Procedures;
using GraphExplorer.Engine.Planning;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Storage.Durability;
using GraphExplorer.Engine.Transactions;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine;

/// <summary>
/// The embedded Cypher engine behind the port: an in-memory graph with Neo4j 5 semantics, optionally
/// kept in a data directory. Thread-safe: read transactions run side by side, and beside one open write transaction
/// (they wait only while one of its statements or its commit runs).
/// </summary>
public sealed partial class EmbeddedGraphDatabase : IGraphDatabase
{
    private readonly GraphStore _store;
    private readonly DatabaseLock _lock = new();
    private readonly StatementRunner _runner;
    private readonly ProcedureRegistry _procedures = new();
    private readonly PlanCache _cache = new();
    private readonly DurableStorage? _storage;
    private int _disposed;

    private EmbeddedGraphDatabase(GraphStore store, EmbeddedOptions options, DurableStorage? storage)
    {
        _store = store;
        _storage = storage;
        _runner = new StatementRunner(store, _cache, _procedures, options.QueryTimeout);
    }

    /// <inheritdoc />
    public string BackendName => "Embedded";

    /// <summary>
    /// Opens a database; with a data directory, locks it and recovers every acknowledged commit (the last
    /// snapshot, then the write-ahead log; a torn record at the log's end is discarded).
    /// </summary>
    /// <exception cref="CypherException">The data directory is in use by another process.</exception>
    /// <exception cref="StoreCorruptedException">A file of the data directory is damaged; nothing was overwritten.</exception>
    public static EmbeddedGraphDatabase Open(EmbeddedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DataDirectory is null)
        {
            return new EmbeddedGraphDatabase(new GraphStore(), options, null);
        }

        var storage = DurableStorage.Open(options.DataDirectory, options);
        return new EmbeddedGraphDatabase(storage.Store, options, storage);
    }

    /// <summary>Creates an empty database that lives in memory only.</summary>
    public static EmbeddedGraphDatabase CreateInMemory() => Open(new EmbeddedOptions());

    /// <inheritdoc />
    public async Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        var transaction = await BeginAsync(mode, autoCommit: true, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var result = await transaction.RunAsync(cypher, parameters, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }

    /// <inheritdoc />
    public async Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, CancellationToken cancellationToken = default) =>
        await BeginAsync(mode, autoCommit: false, cancellationToken).ConfigureAwait(false);

    /// <summary>Makes a procedure callable with <c>CALL name(…)</c> (replacing one of the same name). Thread-safe.</summary>
    public void RegisterProcedure(ProcedureDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _procedures.Register(definition);
        _cache.Clear();
    }

    /// <inheritdoc />
    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(Volatile.Read(ref _disposed) == 0);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Wait for running transactions to finish, then checkpoint and release the directory.
        using (await _lock.EnterExclusiveAsync(CancellationToken.None).ConfigureAwait(false))
        {
            _storage?.Dispose();
        }

        _lock.Dispose();
    }

    private async Task<EmbeddedTransaction> BeginAsync(AccessMode mode, bool autoCommit, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        try
        {
            if (mode == AccessMode.Read)
            {
                return new EmbeddedTransaction(await _lock.EnterReadAsync(cancellationToken).ConfigureAwait(false), _runner);
            }

            // The store lock is taken by the first statement, not here: an open write transaction that has not
            // run anything yet holds up nobody but other writers.
            var writerGate = await _lock.EnterWriteTransactionAsync(cancellationToken).ConfigureAwait(false);
            var session = new WriteSession(_lock, _store, autoCommit);
            return new EmbeddedTransaction(writerGate, session, _runner, _storage is null ? null : _storage.Commit);
        }
        catch (OperationCanceledException ex)
        {
            throw new CypherException(StatusCodes.TransactionTimedOut, "The transaction was cancelled while waiting for another transaction to finish.", ErrorPhase.Runtime, innerException: ex);
        }
    }
}
