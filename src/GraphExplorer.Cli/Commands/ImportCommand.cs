using System.CommandLine;
using System.Diagnostics;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Core.Import;
using GraphExplorer.Engine;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>import &lt;file&gt;…</c>: the JSON import format or CSV of nodes/relationships, merged in batches.</summary>
internal static class ImportCommand
{
    /// <summary>The log size at which an import writes a snapshot (4 GiB: in practice, only when the database closes).</summary>
    private const long ImportCheckpointLogBytes = 4L * 1024 * 1024 * 1024;

    /// <summary>
    /// The embedded engine's settings for an import (decision 0041). One snapshot at the end instead of one each time
    /// the log passes 64 MiB: each writes the whole graph, so a large import wrote it several times over. Batches are
    /// flushed to disk on the relaxed interval rather than one fsync each: the import reports nothing as imported
    /// before the database has closed, and closing writes the snapshot and flushes it, so no reported row can be lost;
    /// a crash of the process itself loses nothing either (the log is written to the OS before each batch commits).
    /// </summary>
    private static EmbeddedOptions ForImport(EmbeddedOptions options) =>
        options with { CheckpointLogBytes = ImportCheckpointLogBytes, Durability = DurabilityMode.Relaxed };

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "JSON import documents (.json) or CSV files (.csv) of nodes or relationships.", Arity = ArgumentArity.OneOrMore };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per transaction (default 10000).", DefaultValueFactory = _ => 10_000 };
        var import = new Command("import", "Merges nodes and relationships from files (idempotent; one transaction per batch).") { files, batchSize };
        import.SetAction(CliApplication.Guard(async (parse, cancellationToken) =>
        {
            var batches = new List<ImportBatch>();
            foreach (var file in parse.GetValue(files)!)
            {
                if (!File.Exists(file))
                {
                    throw new CliException(ExitCodes.UsageError, $"The file '{file}' does not exist.");
                }

                var started = DateTime.UtcNow;
                batches.Add(file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                    ? await CsvImportReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false)
                    : await JsonImportReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false));
                await Console.Error.WriteLineAsync($"read {file}: {batches[^1].RowCount:N0} rows in {(DateTime.UtcNow - started).TotalSeconds:0.0} s").ConfigureAwait(false);
            }

            var database = await BackendConnector.OpenAsync(parse, cancellationToken, ForImport).ConfigureAwait(false);
            ImportReport report;
            var closing = Stopwatch.StartNew();
            await using (database.ConfigureAwait(false))
            {
                var progress = new ProgressReporter(Console.Error, !Console.IsErrorRedirected);
                report = await new GraphImporter(database, Math.Max(1, parse.GetValue(batchSize))).ImportAsync(batches, progress, cancellationToken).ConfigureAwait(false);
                closing.Restart();
            }

            // Closing the embedded engine writes its snapshot: part of what an import costs, so it is shown.
            await Console.Error.WriteLineAsync($"closed the database in {closing.Elapsed.TotalSeconds:0.0} s").ConfigureAwait(false);

            foreach (var issue in report.Issues)
            {
                await Console.Error.WriteLineAsync($"not imported: {issue}").ConfigureAwait(false);
            }

            var seconds = report.Elapsed.TotalSeconds;
            Console.WriteLine(
                $"Imported {report.NodesImported:N0} nodes ({report.NodesCreated:N0} new) and {report.RelationshipsImported:N0} relationships " +
                $"({report.RelationshipsCreated:N0} new) in {seconds:0.0} s; {report.Issues.Count:N0} row(s) not imported.");
            return report.Complete ? ExitCodes.Ok : ExitCodes.DataError;
        }));
        return import;
    }
}
