namespace GraphExplorer.Engine.Transactions;

/// <summary>
/// The database's one lock: many read transactions at a time, or one write transaction alone.
/// A waiting writer closes the turnstile, so readers arriving after it wait their turn and a steady
/// stream of reads cannot starve writes. Async-friendly and thread-safe.
/// </summary>
internal sealed class DatabaseLock : IDisposable
{
    private readonly SemaphoreSlim _turnstile = new(1, 1);
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SemaphoreSlim _readerGate = new(1, 1);
    private int _readers;

    /// <summary>Waits for shared (read) access.</summary>
    public async Task<IDisposable> EnterReadAsync(CancellationToken cancellationToken)
    {
        await _turnstile.WaitAsync(cancellationToken).ConfigureAwait(false);
        _turnstile.Release();
        await _readerGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_readers == 0)
            {
                await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            _readers++;
        }
        finally
        {
            _readerGate.Release();
        }

        return new Releaser(ExitRead);
    }

    /// <summary>Waits for exclusive (write) access.</summary>
    public async Task<IDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await _turnstile.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turnstile.Release();
        }

        return new Releaser(() => _writer.Release());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _turnstile.Dispose();
        _writer.Dispose();
        _readerGate.Dispose();
    }

    private void ExitRead()
    {
        _readerGate.Wait();
        try
        {
            _readers--;
            if (_readers == 0)
            {
                _writer.Release();
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
