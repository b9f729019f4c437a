using System.Collections.Concurrent;
using System.Security.Cryptography;
using GraphExplorer.Graph;

namespace GraphExplorer.QueryApi;

/// <summary>
/// The explicit transactions open on the embedded Query API. Thread-safe. A transaction not touched
/// within the timeout is rolled back by a sweep (an open write transaction holds the engine's writer
/// lock, so an abandoned one must not live forever) and is then unknown (404).
/// </summary>
internal sealed class QueryApiTransactions : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, OpenTransaction> _open = new(StringComparer.Ordinal);
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly ITimer _sweep;

    public QueryApiTransactions(TimeSpan timeout, TimeProvider time)
    {
        _timeout = timeout;
        _time = time;
        var period = TimeSpan.FromMilliseconds(Math.Clamp(timeout.TotalMilliseconds / 4, 50, 5000));
        _sweep = time.CreateTimer(_ => _ = SweepAsync(), null, period, period);
    }

    /// <summary>Registers a newly begun transaction and returns its entry.</summary>
    public OpenTransaction Add(IGraphTransaction transaction)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var entry = new OpenTransaction(id, transaction, _time.GetUtcNow() + _timeout);
        _open[id] = entry;
        return entry;
    }

    /// <summary>The live transaction with <paramref name="id"/>, its expiry pushed forward; <c>null</c> when unknown or expired.</summary>
    public OpenTransaction? Touch(string id)
    {
        if (!_open.TryGetValue(id, out var entry))
        {
            return null;
        }

        var now = _time.GetUtcNow();
        if (entry.Expires <= now)
        {
            _ = EndAsync(id);
            return null;
        }

        entry.Expires = now + _timeout;
        return entry;
    }

    /// <summary>Forgets the transaction and rolls it back unless it was committed.</summary>
    public async Task EndAsync(string id)
    {
        if (_open.TryRemove(id, out var entry))
        {
            await entry.Transaction.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _sweep.DisposeAsync().ConfigureAwait(false);
        foreach (var id in _open.Keys)
        {
            await EndAsync(id).ConfigureAwait(false);
        }
    }

    private async Task SweepAsync()
    {
        var now = _time.GetUtcNow();
        foreach (var (id, entry) in _open)
        {
            if (entry.Expires <= now && await entry.Gate.WaitAsync(0).ConfigureAwait(false))
            {
                try
                {
                    await EndAsync(id).ConfigureAwait(false);
                }
                finally
                {
                    entry.Gate.Release();
                }
            }
        }
    }
}

/// <summary>One open transaction; <see cref="Gate"/> lets one request use it at a time.</summary>
internal sealed class OpenTransaction(string id, IGraphTransaction transaction, DateTimeOffset expires)
{
    public string Id => id;

    public IGraphTransaction Transaction => transaction;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public DateTimeOffset Expires { get; set; } = expires;
}
