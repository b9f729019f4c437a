using GraphExplorer.Core.Scripts;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Core.Setup;

/// <summary>
/// Brings a database to the project's schema and, when it holds no data yet, loads the seed data.
/// Thread-safe (stateless); two initializers racing on one empty database may both seed, which the
/// seed scripts tolerate because they only <c>MERGE</c>.
/// </summary>
public static class DatabaseInitializer
{
    /// <summary>The schema script's name in the scripts' folder.</summary>
    public const string SchemaFileName = "schema.cypher";

    /// <summary>The folder, inside the scripts' folder, whose <c>*.cypher</c> files hold the seed data.</summary>
    public const string SeedFolderName = "seed";

    private const string CountNodes = "MATCH (n) RETURN count(n) AS nodes";

    /// <summary>
    /// Applies <c>schema.cypher</c> of <paramref name="cypherDirectory"/> (each statement on its own, since
    /// Neo4j does not mix schema and data changes in one transaction), then, if the graph has no nodes,
    /// every <c>seed/*.cypher</c> in ordinal name order, each file in one write transaction.
    /// </summary>
    /// <exception cref="CypherScriptException">A statement failed; the message names the file and line.</exception>
    /// <exception cref="FileNotFoundException"><c>schema.cypher</c> is missing.</exception>
    public static async Task<InitializationReport> InitializeAsync(IGraphDatabase database, string cypherDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(cypherDirectory);

        var schemaPath = Path.Combine(cypherDirectory, SchemaFileName);
        if (!File.Exists(schemaPath))
        {
            throw new FileNotFoundException($"The schema script '{schemaPath}' does not exist.", schemaPath);
        }

        var schemaStatements = await ApplySchemaAsync(database, schemaPath, cancellationToken).ConfigureAwait(false);
        if (!await IsEmptyAsync(database, cancellationToken).ConfigureAwait(false))
        {
            return new InitializationReport(schemaStatements, 0, Seeded: false);
        }

        var seedFiles = FindSeedFiles(cypherDirectory);
        var seedStatements = 0;
        foreach (var file in seedFiles)
        {
            seedStatements += await ApplySeedFileAsync(database, file, cancellationToken).ConfigureAwait(false);
        }

        return new InitializationReport(schemaStatements, seedStatements, Seeded: seedFiles.Count > 0);
    }

    /// <summary>The seed scripts of <paramref name="cypherDirectory"/> in the order they are applied.</summary>
    public static IReadOnlyList<string> FindSeedFiles(string cypherDirectory)
    {
        var seedDirectory = Path.Combine(cypherDirectory, SeedFolderName);
        if (!Directory.Exists(seedDirectory))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(seedDirectory)
            .Where(path => path.EndsWith(".cypher", StringComparison.OrdinalIgnoreCase))
            .OrderBy(path => Path.GetFileName(path), StringComparer.Ordinal)];
    }

    private static async Task<int> ApplySchemaAsync(IGraphDatabase database, string schemaPath, CancellationToken cancellationToken)
    {
        var statements = await CypherScript.ReadFileAsync(schemaPath, cancellationToken).ConfigureAwait(false);
        foreach (var statement in statements)
        {
            try
            {
                await database.RunAsync(statement.Text, null, AccessMode.Write, cancellationToken).ConfigureAwait(false);
            }
            catch (CypherException error)
            {
                throw new CypherScriptException(SchemaFileName, statement.Line, error);
            }
        }

        return statements.Count;
    }

    private static async Task<bool> IsEmptyAsync(IGraphDatabase database, CancellationToken cancellationToken)
    {
        var result = await database.RunAsync(CountNodes, null, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 0 || Convert.ToInt64(result.Rows[0][0], System.Globalization.CultureInfo.InvariantCulture) == 0;
    }

    private static async Task<int> ApplySeedFileAsync(IGraphDatabase database, string path, CancellationToken cancellationToken)
    {
        var name = $"{SeedFolderName}/{Path.GetFileName(path)}";
        var statements = await CypherScript.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        var transaction = await database.BeginTransactionAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            foreach (var statement in statements)
            {
                try
                {
                    await transaction.RunAsync(statement.Text, null, cancellationToken).ConfigureAwait(false);
                }
                catch (CypherException error)
                {
                    throw new CypherScriptException(name, statement.Line, error);
                }
            }

            try
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (CypherException error)
            {
                throw new CypherScriptException(name, error);
            }
        }

        return statements.Count;
    }
}
