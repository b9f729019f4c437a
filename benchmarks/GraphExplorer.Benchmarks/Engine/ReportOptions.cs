using System.Globalization;

namespace GraphExplorer.Benchmarks.Engine;

/// <summary>Command-line options and machine facts shared by the hand-run reports.</summary>
internal static class ReportOptions
{
    /// <summary>The integer after <paramref name="name"/> in <paramref name="args"/>, or <paramref name="fallback"/>.</summary>
    public static int Integer(IReadOnlyList<string> args, string name, int fallback)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        return fallback;
    }

    /// <summary>The machine's 1/5/15-minute load averages (Linux), since the machine may be shared while measuring.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The memory the runtime sees, in GiB (rounded).</summary>
    public static long MemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024L * 1024 * 1024);

    /// <summary>The value at <paramref name="fraction"/> (0–1) of ascending <paramref name="sorted"/> timings (nearest rank).</summary>
    public static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
