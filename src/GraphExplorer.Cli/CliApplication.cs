using System.CommandLine;
using GraphExplorer.Cli.Commands;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Import;
using GraphExplorer.Core.SavedQueries;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Cli;

/// <summary>The <c>graphexplorer</c> command tree, and the one place exceptions become messages and exit codes.</summary>
internal static class CliApplication
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("GraphExplorer's command-line tool: saved Cypher scripts, a Cypher shell, import, export, synthetic data.");
        foreach (var option in GlobalOptions.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(QueryCommands.Create());
        root.Subcommands.Add(CypherCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(SetupCommands.CreateSchema());
        root.Subcommands.Add(SetupCommands.CreateSeed());
        root.Subcommands.Add(GenerateCommand.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"graphexplorer: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run 'graphexplorer --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
    }

    /// <summary>Wraps a command's work: known failures become one line on stderr and their exit code.</summary>
    public static Func<ParseResult, CancellationToken, Task<int>> Guard(Func<ParseResult, CancellationToken, Task<int>> action) =>
        async (parse, cancellationToken) =>
        {
            try
            {
                return await action(parse, cancellationToken).ConfigureAwait(false);
            }
            catch (CliException error)
            {
                return Fail(error.ExitCode, error.Message);
            }
            catch (SavedQueryException error)
            {
                var usage = error.Code is SavedQueryErrorCodes.NotFound or SavedQueryErrorCodes.ParameterMissing
                    or SavedQueryErrorCodes.ParameterUnknown or SavedQueryErrorCodes.ParameterInvalid;
                return Fail(usage ? ExitCodes.UsageError : ExitCodes.DataError, $"{error.Code}: {error.Message}");
            }
            catch (CypherException error)
            {
                var code = error.Code == StatusCodes.DatabaseUnavailable ? ExitCodes.BackendUnavailable : ExitCodes.DataError;
                return Fail(code, $"{error.Code}: {error.Message}");
            }
            catch (ImportFormatException error)
            {
                return Fail(ExitCodes.DataError, error.Message);
            }
            catch (HttpRequestException error)
            {
                return Fail(ExitCodes.BackendUnavailable, $"backend unreachable: {error.Message}");
            }
            catch (IOException error)
            {
                return Fail(ExitCodes.DataError, error.Message);
            }
            catch (UnauthorizedAccessException error)
            {
                return Fail(ExitCodes.DataError, error.Message);
            }
            catch (OperationCanceledException)
            {
                return Fail(ExitCodes.Interrupted, "interrupted");
            }
        };

    private static int Fail(int exitCode, string message)
    {
        Console.Error.WriteLine($"graphexplorer: error: {message}");
        return exitCode;
    }
}
