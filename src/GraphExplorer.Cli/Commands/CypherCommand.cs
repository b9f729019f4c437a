using System.CommandLine;
using System.Text.Json;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>cypher -c "…"</c> runs one statement; <c>cypher</c> alone opens the interactive shell.</summary>
internal static partial class CypherCommand
{
    public static Command Create()
    {
        var statement = new Option<string?>("--command", "-c") { Description = "The statement to run; without it, an interactive shell reads statements ended by ';'." };
        var param = ParameterOptions.CreateParam();
        var format = ParameterOptions.CreateFormat();
        var readOnly = new Option<bool>("--read-only") { Description = "Run in read transactions (writes are refused)." };
        var cypher = new Command("cypher", "Runs Cypher: one statement with -c, or an interactive shell.") { statement, param, format, readOnly };
        cypher.SetAction(CliApplication.Guard(async (parse, cancellationToken) =>
        {
            var parameters = ParseParameters(ParameterOptions.Split(parse.GetValue(param)));
            var mode = parse.GetValue(readOnly) ? AccessMode.Read : AccessMode.Write;
            var database = await BackendConnector.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
            await using (database.ConfigureAwait(false))
            {
                var text = parse.GetValue(statement);
                if (text is not null)
                {
                    var result = await database.RunAsync(text, parameters, mode, cancellationToken).ConfigureAwait(false);
                    Print(result, parse.GetValue(format)!);
                    return ExitCodes.Ok;
                }

                return await new CypherShell(database, mode, parse.GetValue(format)!, parameters).RunAsync(cancellationToken).ConfigureAwait(false);
            }
        }));
        return cypher;
    }

    /// <summary>Writes a result, or its counters when it has no columns.</summary>
    internal static void Print(QueryResult result, string format)
    {
        if (result.Columns.Count > 0)
        {
            ResultWriter.Write(Console.Out, format, result.Columns, result.Rows, false);
            return;
        }

        var c = result.Counters;
        Console.WriteLine($"Nodes created: {c.NodesCreated}, deleted: {c.NodesDeleted}; relationships created: {c.RelationshipsCreated}, deleted: {c.RelationshipsDeleted}; properties set: {c.PropertiesSet}.");
    }

    /// <summary>Reads <c>name=value</c> values as JSON when they parse as JSON, else as strings.</summary>
    internal static Dictionary<string, object?> ParseParameters(Dictionary<string, string> pairs)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, text) in pairs)
        {
            result[name] = TryParseJson(text, out var value) ? value : text;
        }

        return result;
    }

    /// <summary>Reads a JSON value into port values (objects become maps).</summary>
    internal static bool TryParseJson(string text, out object? value)
    {
        value = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            value = PlainJson.Read(document.RootElement);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reports a failed statement in the shell without leaving it.</summary>
    internal static void Report(CypherException error) =>
        Console.Error.WriteLine($"error: {error.Code}: {error.Message}{(error.Position is { } p ? $" (line {p.Line}, column {p.Column})" : "")}");
}
