namespace GraphExplorer.Api.Database;

/// <summary>
/// Counts the Cypher statements sent to the database on behalf of one HTTP request. The current counter
/// flows with the request's async calls (an <see cref="AsyncLocal{T}"/>), so the singleton database
/// decorator can count per request. Thread-safe: resolvers may run in parallel.
/// </summary>
internal sealed class RoundTripCounter
{
    private static readonly AsyncLocal<RoundTripCounter?> CurrentCounter = new();

    private int _count;

    /// <summary>The counter of the request being served, if any.</summary>
    public static RoundTripCounter? Current => CurrentCounter.Value;

    /// <summary>How many statements were sent so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Starts counting for the current async flow (the rest of the request) and returns the new counter.</summary>
    public static RoundTripCounter Begin()
    {
        var counter = new RoundTripCounter();
        CurrentCounter.Value = counter;
        return counter;
    }

    /// <summary>Records one statement.</summary>
    public void Increment() => Interlocked.Increment(ref _count);
}
