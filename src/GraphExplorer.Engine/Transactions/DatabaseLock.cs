namespace GraphExplorer.Engine.Transactions;

/// <summary>
/// The database's locks. Two levels:
/// <list type="bullet">
/// <item>the <b>write-transaction gate</b>: one write transaction at a time, held from begin to commit or rollback;</item>
/// <item>the <b>store lock</b>: many readers at a time, or one exclusive holder (a write statement, a commit, a
/// checkpoint). A waiting exclusive holder closes the turnstile, so readers arriving after it wait their
/// turn and a steady stream of reads cannot starve writes.</item>
/// </list>
/// A write transaction holds the store lock only while its changes are applied to the store. When it sits idle
/// between statements it registers an <see cref="IStoreLockYielder"/>: anyone who then needs the store lock asks
/// it to take its uncommitted changes back out of the store and let go (see <see cref="WriteSession"/>), which
/// is how readers proceed while a write transaction is open. Async-friendly and thread-safe.
/// </summary>
internal sealed class DatabaseLock : IDisposable
{
    private readonly SemaphoreSlim _writeTransactions = new(1, 1);
    private readonly SemaphoreSlim _turnstile = new(1, 1);
    private readonly SemaphoreSlim _exclusive = new(1, 1);
    private readonly SemaphoreSlim _readerGate = new(1, 1);
    private IStoreLockYielder? _yielder;
    private int _readers;
    private int _exclusiveWaiters;

    /// <summary>
    /// Whether someone is trying to take the store lock (readers included). An idle write transaction checks this
    /// at the end of each statement, so a reader that arrived while the statement ran is let in right after it.
    /// </summary>
    public bool HasWaiters => Volatile.Read(ref _exclusiveWaiters) > 0;

    /// <summary>Waits to become the one write transaction.</summary>
    public async Task<IDisposable> EnterWriteTransactionAsync(CancellationToken cancellationToken)
    {
        await _writeTransactions.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(() => _writeTransactions.Release());
    }

    /// <summary>Waits for shared (read) access to the store.</summary>
    public async Task<IDisposable> EnterReadAsync(CancellationToken cancellationToken)
    {
        await _turnstile.WaitAsync(cancellationToken).ConfigureAwait(false);
        _turnstile.Release();
        await _readerGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_readers == 0)
            {
                await AcquireExclusiveAsync(cancellationToken).ConfigureAwait(false);
            }

            _readers++;
        }
        finally
        {
            _readerGate.Release();
        }

        return new Releaser(ExitRead);
    }

    /// <summary>Waits for exclusive access to the store.</summary>
    public async Task<IDisposable> EnterExclusiveAsync(CancellationToken cancellationToken)
    {
        await _turnstile.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await AcquireExclusiveAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turnstile.Release();
        }

        return new Releaser(() => _exclusive.Release());
    }

    /// <summary>
    /// Registers (or, with <c>null</c>, clears) the exclusive holder that can be asked to let go. Only the
    /// current exclusive holder calls this.
    /// </summary>
    public void SetYielder(IStoreLockYielder? yielder) => Volatile.Write(ref _yielder, yielder);

    /// <inheritdoc />
    public void Dispose()
    {
        _writeTransactions.Dispose();
        _turnstile.Dispose();
        _exclusive.Dispose();
        _readerGate.Dispose();
    }

    private async Task AcquireExclusiveAsync(CancellationToken cancellationToken)
    {
        // Counted before the attempt: a write transaction that registers as yielder after we looked for one
        // still sees us waiting when its statement ends.
        Interlocked.Increment(ref _exclusiveWaiters);
        try
        {
            if (_exclusive.Wait(0, CancellationToken.None))
            {
                return;
            }

            // Held: if it is an idle write transaction, it takes its changes out of the store and releases now
            // (or, if a statement of it is running, as soon as that statement ends).
            Volatile.Read(ref _yielder)?.RequestYield();
            await _exclusive.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _exclusiveWaiters);
        }
    }

    private void ExitRead()
    {
        _readerGate.Wait();
        try
        {
            _readers--;
            if (_readers == 0)
            {
                _exclusive.Release();
            }
        }
        finally
        {
            _readerGate.Release();
        }
    }

    private sealed class Releaser(Action release) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                release();
            }
        }
    }
}

/// <summary>An exclusive holder of the store lock that can give it up on request.</summary>
internal interface IStoreLockYielder
{
    /// <summary>Asks the holder to release the store lock now, or as soon as its running work ends. Thread-safe.</summary>
    void RequestYield();
}
