using System.CommandLine;
using System.Text.Json;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Core.SavedQueries;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>query list</c> and <c>query run</c>: the saved scripts of <c>cypher/queries/</c>.</summary>
internal static class QueryCommands
{
    public static Command Create()
    {
        var query = new Command("query", "Saved Cypher scripts (cypher/queries/*.cypher).");
        query.Subcommands.Add(CreateList());
        query.Subcommands.Add(CreateRun());
        return query;
    }

    private static Command CreateList()
    {
        var format = new Option<string>("--format", "-f") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "json");
        var list = new Command("list", "Lists the saved scripts with their parameters.") { format };
        list.SetAction(CliApplication.Guard(async (parse, cancellationToken) =>
        {
            var catalog = await LoadCatalogAsync(parse, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                WriteCatalogJson(catalog);
                return ExitCodes.Ok;
            }

            foreach (var saved in catalog.Queries)
            {
                Console.WriteLine($"{saved.Name}");
                Console.WriteLine($"    {saved.Description}");
                foreach (var p in saved.Parameters)
                {
                    var suffix = p.HasDefault ? $" = {CliValues.Text(p.Default) switch { "" => "null", var t => t }}" : " (required)";
                    Console.WriteLine($"    --param {p.Name}=<{p.TypeName}>{suffix}  {p.Description}");
                }
            }

            return ExitCodes.Ok;
        }));
        return list;
    }

    private static Command CreateRun()
    {
        var target = new Argument<string>("query") { Description = "A saved script's name, or the path of a .cypher file with a header." };
        var param = ParameterOptions.CreateParam();
        var format = ParameterOptions.CreateFormat();
        var maxRows = new Option<int>("--max-rows") { Description = "Row cap (default 1000).", DefaultValueFactory = _ => 1000 };
        var run = new Command("run", "Runs a saved script in a read-only transaction.") { target, param, format, maxRows };
        run.SetAction(CliApplication.Guard(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(target)!;
            var saved = name.EndsWith(".cypher", StringComparison.OrdinalIgnoreCase)
                ? File.Exists(name)
                    ? await SavedQueryParser.ReadFileAsync(name, cancellationToken).ConfigureAwait(false)
                    : throw new CliException(ExitCodes.UsageError, $"The script file '{name}' does not exist.")
                : (await LoadCatalogAsync(parse, cancellationToken).ConfigureAwait(false)).Get(name);
            var bound = SavedQueryParameterBinder.BindText(saved, ParameterOptions.Split(parse.GetValue(param)));
            var database = await BackendConnector.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
            await using (database.ConfigureAwait(false))
            {
                var options = new SavedQueryOptions
                {
                    Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(GlobalOptions.Timeout))),
                    MaxRows = Math.Max(1, parse.GetValue(maxRows)),
                };
                var result = await new SavedQueryRunner(database, options).RunBoundAsync(saved, bound, cancellationToken).ConfigureAwait(false);
                ResultWriter.Write(Console.Out, parse.GetValue(format)!, result.Columns, result.Rows, result.Truncated);
            }

            return ExitCodes.Ok;
        }));
        return run;
    }

    private static Task<SavedQueryCatalog> LoadCatalogAsync(ParseResult parse, CancellationToken cancellationToken) =>
        SavedQueryCatalog.LoadAsync(Path.Combine(BackendConnector.CypherDirectory(parse), SavedQueryCatalog.FolderName), cancellationToken);

    private static void WriteCatalogJson(SavedQueryCatalog catalog)
    {
        using var stream = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartArray();
        foreach (var saved in catalog.Queries)
        {
            writer.WriteStartObject();
            writer.WriteString("name", saved.Name);
            writer.WriteString("description", saved.Description);
            writer.WriteBoolean("readOnly", saved.ReadOnly);
            writer.WritePropertyName("parameters");
            writer.WriteStartArray();
            foreach (var p in saved.Parameters)
            {
                writer.WriteStartObject();
                writer.WriteString("name", p.Name);
                writer.WriteString("type", p.TypeName);
                writer.WriteBoolean("required", p.IsRequired);
                writer.WritePropertyName("default");
                CliValues.Write(writer, p.Default);
                writer.WriteString("description", p.Description);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }
}
