using System.CommandLine;
using GraphExplorer.Engine;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Cli.Hosting;

/// <summary>Opens the database the global options name, and finds the <c>cypher/</c> folder.</summary>
internal static class BackendConnector
{
    /// <summary>Opens the backend; the caller disposes it (for the embedded engine, that releases the data folder).</summary>
    /// <param name="import">For the embedded engine, settings for a bulk import instead of the engine's defaults; <c>null</c> for the defaults.</param>
    /// <exception cref="CliException">Unknown backend (usage) or backend unreachable.</exception>
    public static async Task<IGraphDatabase> OpenAsync(ParseResult parse, CancellationToken cancellationToken, Func<EmbeddedOptions, EmbeddedOptions>? import = null)
    {
        var backend = parse.GetValue(GlobalOptions.Backend)!.ToUpperInvariant();
        var timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(GlobalOptions.Timeout)));
        switch (backend)
        {
            case "EMBEDDED":
                var directory = parse.GetValue(GlobalOptions.DataDir)
                    ?? Environment.GetEnvironmentVariable("GRAPHEXPLORER_DATA_DIR")
                    ?? Path.Combine(Environment.CurrentDirectory, "graphexplorer-data");
                Directory.CreateDirectory(directory);
                try
                {
                    var options = new EmbeddedOptions { DataDirectory = directory, QueryTimeout = timeout };
                    return EmbeddedGraphDatabase.Open(import is null ? options : import(options));
                }
                catch (CypherException error) when (error.Code == StatusCodes.DatabaseUnavailable)
                {
                    throw new CliException(ExitCodes.BackendUnavailable, error.Message);
                }

            case "NEO4J":
                return await OpenNeo4jAsync(parse, timeout, cancellationToken).ConfigureAwait(false);
            default:
                throw new CliException(ExitCodes.UsageError, $"Unknown backend '{parse.GetValue(GlobalOptions.Backend)}' (use 'embedded' or 'neo4j').");
        }
    }

    /// <summary>The <c>cypher/</c> folder: the option, <c>$GRAPHEXPLORER_CYPHER_DIR</c>, or the nearest one above the working directory or the tool.</summary>
    public static string CypherDirectory(ParseResult parse)
    {
        var given = parse.GetValue(GlobalOptions.CypherDir) ?? Environment.GetEnvironmentVariable("GRAPHEXPLORER_CYPHER_DIR");
        if (given is not null)
        {
            return Directory.Exists(given) ? Path.GetFullPath(given) : throw new CliException(ExitCodes.UsageError, $"The cypher folder '{given}' does not exist.");
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "cypher");
                if (File.Exists(Path.Combine(candidate, "schema.cypher")))
                {
                    return candidate;
                }
            }
        }

        throw new CliException(ExitCodes.UsageError, "No cypher/ folder found; pass --cypher-dir.");
    }

    private static async Task<IGraphDatabase> OpenNeo4jAsync(ParseResult parse, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(parse.GetValue(GlobalOptions.Neo4jUri), UriKind.Absolute, out var uri))
        {
            throw new CliException(ExitCodes.UsageError, $"--neo4j-uri '{parse.GetValue(GlobalOptions.Neo4jUri)}' is not an absolute address.");
        }

        var options = new Neo4jOptions
        {
            Uri = uri,
            Database = parse.GetValue(GlobalOptions.Neo4jDatabase)!,
            User = parse.GetValue(GlobalOptions.Neo4jUser),
            Password = parse.GetValue(GlobalOptions.Neo4jPassword),
        };
        var services = new ServiceCollection();
        services.AddNeo4jGraphDatabase();
        services.AddSingleton(Options.Create(options));
        var provider = services.BuildServiceProvider();
        var database = provider.GetRequiredService<Neo4jGraphDatabase>();
        using var ping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ping.CancelAfter(timeout);
        bool reachable;
        try
        {
            reachable = await database.PingAsync(ping.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is HttpRequestException or CypherException or OperationCanceledException)
        {
            reachable = false;
        }

        return reachable
            ? database
            : throw new CliException(ExitCodes.BackendUnavailable, $"Neo4j at {uri} (database '{options.Database}') does not answer.");
    }
}
