using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Core.Import;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>import &lt;file&gt;…</c>: the JSON import format or CSV of nodes/relationships, merged in batches.</summary>
internal static class ImportCommand
{
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

            var database = await BackendConnector.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
            ImportReport report;
            await using (database.ConfigureAwait(false))
            {
                var progress = new ProgressReporter(Console.Error, !Console.IsErrorRedirected);
                report = await new GraphImporter(database, Math.Max(1, parse.GetValue(batchSize))).ImportAsync(batches, progress, cancellationToken).ConfigureAwait(false);
            }

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
