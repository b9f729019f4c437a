namespace GraphExplorer.Neo4j;

/// <summary>Where and how to reach a Neo4j server over its HTTP Query API.</summary>
public sealed record Neo4jOptions
{
    /// <summary>The server's HTTP(S) address, e.g. <c>http://localhost:7474</c>.</summary>
    public Uri Uri { get; init; } = new("http://localhost:7474");

    /// <summary>The database name.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>User for basic authentication; with <see cref="Token"/> unset.</summary>
    public string? User { get; init; }

    /// <summary>Password for basic authentication. Never logged.</summary>
    public string? Password { get; init; }

    /// <summary>A bearer token (Aura, SSO); takes precedence over user and password. Never logged.</summary>
    public string? Token { get; init; }
}
