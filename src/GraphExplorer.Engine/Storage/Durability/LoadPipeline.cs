using System.Collections.Concurrent;

namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// Runs a load on two cores (decision 0098): the calling thread decodes records into chunks, a second thread
/// applies each chunk to the store, in order. Only the applying thread touches the store; only the decoding
/// thread touches the reader, the name table and the value interner. A failure on either side stops both and
/// is rethrown as it was thrown.
/// </summary>
internal static class LoadPipeline
{
    /// <summary>Records per chunk: small enough that a chunk of structs stays off the large object heap.</summary>
    private const int ChunkSize = 1024;

    /// <summary>Decodes <paramref name="count"/> records with <paramref name="decode"/> and applies each with <paramref name="apply"/>.</summary>
    public static void Run<T>(int count, Func<T> decode, Action<T> apply)
    {
        using var stop = new CancellationTokenSource();
        using var queue = new BlockingCollection<T[]>(boundedCapacity: 16);
        var applier = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var chunk in queue.GetConsumingEnumerable())
                    {
                        foreach (var record in chunk)
                        {
                            apply(record);
                        }
                    }
                }
                catch
                {
                    stop.Cancel();
                    throw;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            for (var done = 0; done < count;)
            {
                var chunk = new T[Math.Min(ChunkSize, count - done)];
                for (var i = 0; i < chunk.Length; i++)
                {
                    chunk[i] = decode();
                }

                done += chunk.Length;
                queue.Add(chunk, stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The applier failed: its exception is rethrown below.
        }
        catch
        {
            queue.CompleteAdding();
            stop.Cancel();
            WaitQuietly(applier);
            throw;
        }

        queue.CompleteAdding();
        applier.GetAwaiter().GetResult();
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // The decoder's own failure is the one reported.
        }
    }
}
