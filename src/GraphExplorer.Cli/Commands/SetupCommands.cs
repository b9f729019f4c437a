using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Scripts;
using GraphExplorer.Core.Setup;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>schema apply</c> and <c>seed</c>: the project's schema and seed scripts.</summary>
internal static class SetupCommands
{
    public static Command CreateSchema()
    {
        var apply = new Command("apply", "Applies cypher/schema.cypher (constraints and indexes; idempotent).");
        apply.SetAction(CliApplication.Guard(async (parse, cancellationToken) =>
        {
            var path = Path.Combine(BackendConnector.CypherDirectory(parse), DatabaseInitializer.SchemaFileName);
            var database = await BackendConnector.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
            await using (database.ConfigureAwait(false))
            {
                var statements = await CypherScript.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
                foreach (var statement in statements)
                {
                    await RunAsync(database, "schema.cypher", statement, cancellationToken).ConfigureAwait(false);
                }

                Console.WriteLine($"Applied {statements.Count} schema statements.");
            }

            return ExitCodes.Ok;
        }));
        var schema = new Command("schema", "The database schema.");
        schema.Subcommands.Add(apply);
        return schema;
    }

    public static Command CreateSeed()
    {
        var seed = new Command("seed", "Applies the schema and the seed scripts (cypher/seed/*.cypher; MERGE only, so applying twice changes nothing).");
        seed.SetAction(CliApplication.Guard(async (parse, cancellationToken) =>
        {
            var cypherDirectory = BackendConnector.CypherDirectory(parse);
            var database = await BackendConnector.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
            await using (database.ConfigureAwait(false))
            {
                var report = await DatabaseInitializer.InitializeAsync(database, cypherDirectory, cancellationToken).ConfigureAwait(false);
                if (!report.Seeded)
                {
                    foreach (var file in DatabaseInitializer.FindSeedFiles(cypherDirectory))
                    {
                        var transaction = await database.BeginTransactionAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
                        await using (transaction.ConfigureAwait(false))
                        {
                            foreach (var statement in await CypherScript.ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
                            {
                                await transaction.RunAsync(statement.Text, null, cancellationToken).ConfigureAwait(false);
                            }

                            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                        }
                    }
                }

                var count = await database.RunAsync("MATCH (n) RETURN count(n) AS nodes", null, AccessMode.Read, cancellationToken).ConfigureAwait(false);
                Console.WriteLine($"Schema and seed applied; the graph holds {count.Rows[0][0]} nodes.");
            }

            return ExitCodes.Ok;
        }));
        return seed;
    }

    private static async Task RunAsync(IGraphDatabase database, string file, CypherStatement statement, CancellationToken cancellationToken)
    {
        try
        {
            await database.RunAsync(statement.Text, null, AccessMode.Write, cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException error)
        {
            throw new CypherException(error.Code, $"{file}, line {statement.Line}: {error.Message}", error.Phase, error.Detail, error.Position, error);
        }
    }
}
