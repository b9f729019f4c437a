using BenchmarkDotNet.Running;
using GraphExplorer.Benchmarks.Engine;

if (args.Contains("--storage"))
{
    // Commits per second, open time and WAL replay with wall and CPU time (see docs/performance.md).
    await GraphExplorer.Benchmarks.Storage.StorageReport.RunAsync().ConfigureAwait(false);
    return;
}

if (args.Contains("--open"))
{
    // Phases, wall, CPU, RSS and retained bytes of opening a given (copied) data folder: --open <folder> [rounds].
    var at = Array.IndexOf(args, "--open");
    var rounds = args.Length > at + 2 ? int.Parse(args[at + 2], System.Globalization.CultureInfo.InvariantCulture) : 3;
    await GraphExplorer.Benchmarks.Storage.OpenReport.RunAsync(args[at + 1], rounds).ConfigureAwait(false);
    return;
}

if (args.Contains("--readers"))
{
    // Only the readers-beside-a-writer part of the storage report (decision 0024).
    await GraphExplorer.Benchmarks.Storage.ReadersBesideWriterReport.RunAsync(100).ConfigureAwait(false);
    await GraphExplorer.Benchmarks.Storage.ReadersBesideWriterReport.RunAsync(5_000).ConfigureAwait(false);
    return;
}

if (args.Contains("--bulk"))
{
    // Relationship load through Cypher batches and through the native bulk writer (see docs/performance.md).
    await BulkLoadReport.RunAsync(args).ConfigureAwait(false);
    return;
}

if (args.Contains("--allocations"))
{
    // Bytes allocated per row by each shape of the UNWIND … MATCH … CREATE write path (see docs/performance.md).
    await AllocationReport.RunAsync(args).ConfigureAwait(false);
    return;
}

if (args.Contains("--dataset"))
{
    // Issue 12's target queries and the open time on a copy of the imported benchmark store (see benchmarks/README.md).
    await DatasetReport.RunAsync(args).ConfigureAwait(false);
    return;
}

if (args.Contains("--fulltext"))
{
    // db.index.fulltext.queryNodes on a copy of the benchmark store: open, index build, top-10 latency (decision 0090).
    await FulltextReport.RunAsync(args).ConfigureAwait(false);
    return;
}

if (args.Contains("--latency"))
{
    // Single-call percentiles with a Stopwatch (see docs/performance.md); everything else is BenchmarkDotNet.
    await LatencyReport.RunAsync(args).ConfigureAwait(false);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point of the benchmark suites.</summary>
internal sealed partial class Program;
