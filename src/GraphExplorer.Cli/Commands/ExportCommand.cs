using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Export;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>export</c>: the whole graph or a neighbourhood, as the JSON import format or GraphML.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "json (the import format, default) or graphml.", DefaultValueFactory = _ => "json" }
            .AcceptOnlyFromAmong("json", "graphml");
        var output = new Option<string?>("--out", "-o") { Description = "The file to write (default: standard output)." };
        var neighborhood = new Option<string?>("--neighborhood") { Description = "Export only the nodes within --depth hops of the node with this id." };
        var depth = new Option<int>("--depth") { Description = "Hops around --neighborhood (default 1).", DefaultValueFactory = _ => 1 };
        var export = new Command("export", "Writes the graph (or a neighbourhood) as JSON or GraphML.") { format, output, neighborhood, depth };
        export.SetAction(CliApplication.Guard(async (parse, cancellationToken) =>
        {
            ExportedGraph graph;
            var database = await BackendConnector.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
            await using (database.ConfigureAwait(false))
            {
                graph = await ExportedGraph.ReadAsync(database, cancellationToken).ConfigureAwait(false);
            }

            if (parse.GetValue(neighborhood) is { } id)
            {
                try
                {
                    graph = graph.Neighborhood(id, Math.Max(0, parse.GetValue(depth)));
                }
                catch (KeyNotFoundException error)
                {
                    throw new CliException(ExitCodes.DataError, error.Message);
                }
            }

            var path = parse.GetValue(output);
            var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
            await using (stream.ConfigureAwait(false))
            {
                if (parse.GetValue(format) == "graphml")
                {
                    GraphExportWriter.WriteGraphMl(graph, stream);
                }
                else
                {
                    await GraphExportWriter.WriteJsonAsync(graph, stream, cancellationToken).ConfigureAwait(false);
                }
            }

            await Console.Error.WriteLineAsync($"exported {graph.Nodes.Count:N0} nodes and {graph.Relationships.Count:N0} relationships").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return export;
    }
}
