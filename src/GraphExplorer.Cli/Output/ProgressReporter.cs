using System.Diagnostics;
using GraphExplorer.Core.Import;

namespace GraphExplorer.Cli.Output;

/// <summary>
/// Shows import progress on stderr: a redrawn bar with rate and ETA on a terminal, plain lines (at most one
/// every two seconds) when stderr is redirected. Thread-safe (reports are serialised).
/// </summary>
internal sealed class ProgressReporter(TextWriter error, bool interactive) : IProgress<ImportProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private TimeSpan _lastShown = TimeSpan.FromSeconds(-10);

    /// <inheritdoc />
    public void Report(ImportProgress value)
    {
        lock (_lock)
        {
            var now = _clock.Elapsed;
            var finished = value.Done >= value.Total;
            if (!finished && now - _lastShown < (interactive ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(2)))
            {
                return;
            }

            _lastShown = now;
            var fraction = value.Total == 0 ? 1 : (double)value.Done / value.Total;
            var rate = now.TotalSeconds > 0 ? value.Done / now.TotalSeconds : 0;
            var eta = rate > 0 ? TimeSpan.FromSeconds((value.Total - value.Done) / rate) : TimeSpan.Zero;
            var text = $"{value.Done:N0}/{value.Total:N0} rows {fraction,4:P0} {rate:N0} rows/s ETA {eta:mm\\:ss}";
            if (interactive)
            {
                const int width = 30;
                var filled = (int)Math.Round(fraction * width);
                error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {text}   ");
                if (finished)
                {
                    error.WriteLine();
                }
            }
            else
            {
                error.WriteLine($"progress: {text}");
            }
        }
    }
}
