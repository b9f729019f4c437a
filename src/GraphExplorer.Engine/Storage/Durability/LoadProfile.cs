using System.Diagnostics;

namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// Wall-clock and process CPU time per phase of a store's open (file read, decode, schema, relationships, log
/// replay), for the open benchmark (decision 0098). Each <see cref="Mark"/> closes the phase running since the
/// previous mark. Not thread-safe: the loading thread marks.
/// </summary>
internal sealed class LoadProfile
{
    private readonly List<(string Phase, TimeSpan Wall, TimeSpan Cpu)> _phases = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _lastWall;
    private TimeSpan _lastCpu = ProcessCpu();

    /// <summary>The phases closed so far, in order.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Wall, TimeSpan Cpu)> Phases => _phases;

    /// <summary>Closes the phase named <paramref name="phase"/>, which ran since the previous mark.</summary>
    public void Mark(string phase)
    {
        var wall = _wall.Elapsed;
        var cpu = ProcessCpu();
        _phases.Add((phase, wall - _lastWall, cpu - _lastCpu));
        _lastWall = wall;
        _lastCpu = cpu;
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
