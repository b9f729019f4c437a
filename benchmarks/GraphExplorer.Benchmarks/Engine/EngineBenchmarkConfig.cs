using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace GraphExplorer.Benchmarks.Engine;

/// <summary>Median and 95th-percentile columns; the job comes from the command line (<c>--job short</c>: the machine is shared).</summary>
public sealed class EngineBenchmarkConfig : ManualConfig
{
    public EngineBenchmarkConfig()
    {
        AddColumn(StatisticColumn.P50, StatisticColumn.P95);
    }
}
