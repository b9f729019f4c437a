using System.CommandLine;

namespace GraphExplorer.Cli.Hosting;

/// <summary>Options every command accepts (<c>Recursive</c>): the backend and where its data is.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string> Backend = new("--backend")
    {
        Description = "The database: 'embedded' (a data folder, default) or 'neo4j'.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GRAPHEXPLORER_BACKEND") ?? "embedded",
        Recursive = true,
    };

    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "The embedded engine's data folder (default: $GRAPHEXPLORER_DATA_DIR or ./graphexplorer-data).",
        Recursive = true,
    };

    public static readonly Option<string?> CypherDir = new("--cypher-dir")
    {
        Description = "The project's cypher/ folder (schema, seed, saved queries); default: found above the working directory or the tool.",
        Recursive = true,
    };

    public static readonly Option<string> Neo4jUri = new("--neo4j-uri")
    {
        Description = "Neo4j's HTTP address (default $NEO4J_URI or http://localhost:7474).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEO4J_URI") ?? "http://localhost:7474",
        Recursive = true,
    };

    public static readonly Option<string> Neo4jDatabase = new("--neo4j-database")
    {
        Description = "The Neo4j database name.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
        Recursive = true,
    };

    public static readonly Option<string?> Neo4jUser = new("--neo4j-user")
    {
        Description = "Neo4j user (default $NEO4J_USER).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEO4J_USER"),
        Recursive = true,
    };

    public static readonly Option<string?> Neo4jPassword = new("--neo4j-password")
    {
        Description = "Neo4j password (better: $NEO4J_PASSWORD).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        Recursive = true,
    };

    public static readonly Option<int> Timeout = new("--timeout")
    {
        Description = "Seconds a query may run (default 60).",
        DefaultValueFactory = _ => 60,
        Recursive = true,
    };

    /// <summary>Every global option, to add to the root command.</summary>
    public static IEnumerable<Option> All => [Backend, DataDir, CypherDir, Neo4jUri, Neo4jDatabase, Neo4jUser, Neo4jPassword, Timeout];
}
