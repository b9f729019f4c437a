using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace GraphExplorer.Api.Tests.Infrastructure;

/// <summary>A Serilog sink that keeps every event, for tests that read the API's log. Thread-safe.</summary>
public sealed class CapturingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    /// <summary>The rendered messages written so far.</summary>
    public IReadOnlyList<string> Messages => [.. _events.Select(e => e.RenderMessage(CultureInfo.InvariantCulture))];

    /// <summary>The events written so far.</summary>
    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>
    /// Waits up to ten seconds for an event that matches <paramref name="predicate"/>: the API's sinks write from a
    /// background worker, so an event may arrive just after what caused it.
    /// </summary>
    public async Task WaitForAsync(Func<LogEvent, bool> predicate)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!_events.Any(predicate) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
