using System.Text;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// The interactive shell: statements may span lines and end with <c>;</c>; <c>:params {json}</c> sets parameters,
/// <c>:history</c> lists earlier statements (kept in <c>~/.graphexplorer_history</c>), <c>:exit</c> leaves.
/// Works on a pipe as well (no prompts then). Not thread-safe.
/// </summary>
internal sealed class CypherShell(IGraphDatabase database, AccessMode mode, string format, Dictionary<string, object?> parameters)
{
    private const int HistoryLimit = 500;
    private readonly List<string> _history = [];
    private readonly bool _interactive = !Console.IsInputRedirected;
    private readonly string _historyPath = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".graphexplorer_history");

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        LoadHistory();
        if (_interactive)
        {
            Console.WriteLine($"GraphExplorer Cypher shell on {database.BackendName}. End statements with ';'. :help for commands.");
        }

        var buffer = new StringBuilder();
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            Prompt(buffer.Length == 0 ? "graphexplorer> " : "           ...> ");
            var line = Console.ReadLine();
            if (line is null)
            {
                break;
            }

            if (buffer.Length == 0 && line.TrimStart().StartsWith(':'))
            {
                if (!Command(line.Trim()))
                {
                    break;
                }

                continue;
            }

            buffer.AppendLine(line);
            var text = buffer.ToString().TrimEnd();
            if (!text.EndsWith(';'))
            {
                continue;
            }

            buffer.Clear();
            var statement = text[..^1].Trim();
            if (statement.Length == 0)
            {
                continue;
            }

            Remember(statement);
            try
            {
                var result = await database.RunAsync(statement, parameters, mode, cancellationToken).ConfigureAwait(false);
                CypherCommand.Print(result, format);
            }
            catch (CypherException error)
            {
                failures++;
                CypherCommand.Report(error);
            }
        }

        SaveHistory();
        return failures == 0 || _interactive ? ExitCodes.Ok : ExitCodes.DataError;
    }

    private bool Command(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? line : line[..space];
        var argument = space < 0 ? string.Empty : line[(space + 1)..].Trim();
        switch (name)
        {
            case ":exit" or ":quit" or ":q":
                return false;
            case ":params" when argument.Length == 0:
                Console.WriteLine(Output.CliValues.Text(parameters.ToDictionary(p => p.Key, p => p.Value) as IReadOnlyDictionary<string, object?>));
                return true;
            case ":params":
                if (CypherCommand.TryParseJson(argument, out var value) && value is IReadOnlyDictionary<string, object?> map)
                {
                    parameters.Clear();
                    foreach (var (key, item) in map)
                    {
                        parameters[key] = item;
                    }
                }
                else
                {
                    Console.Error.WriteLine("error: :params takes a JSON object, e.g. :params {\"id\": \"country-xk\"}");
                }

                return true;
            case ":history":
                for (var i = 0; i < _history.Count; i++)
                {
                    Console.WriteLine($"{i + 1,4}  {_history[i].ReplaceLineEndings(" ")}");
                }

                return true;
            case ":help":
                Console.WriteLine(":params {json}  set parameters   :params  show them   :history  earlier statements   :exit  leave");
                return true;
            default:
                Console.Error.WriteLine($"error: unknown shell command '{name}' (:help lists them)");
                return true;
        }
    }

    private void Prompt(string text)
    {
        if (_interactive)
        {
            Console.Write(text);
        }
    }

    private void Remember(string statement)
    {
        _history.Add(statement);
        if (_history.Count > HistoryLimit)
        {
            _history.RemoveAt(0);
        }
    }

    private void LoadHistory()
    {
        if (_interactive && File.Exists(_historyPath))
        {
            _history.AddRange(File.ReadAllText(_historyPath).Split("\n;;\n", StringSplitOptions.RemoveEmptyEntries).TakeLast(HistoryLimit));
        }
    }

    private void SaveHistory()
    {
        if (!_interactive)
        {
            return;
        }

        try
        {
            File.WriteAllText(_historyPath, string.Join("\n;;\n", _history));
        }
        catch (IOException)
        {
            // History is a convenience; a read-only home folder must not fail the session.
        }
    }
}
