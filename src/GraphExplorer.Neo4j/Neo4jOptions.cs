namespace GraphExplorer.Neo4j;

/// <summary>Where and how to reach a Neo4j server over its HTTP Query API (configuration section <c>Neo4j</c>).</summary>
public sealed class Neo4jOptions
{
    /// <summary>The configuration section the options are bound from (environment: <c>Neo4j__Uri</c>, …).</summary>
    public const string SectionName = "Neo4j";

    /// <summary>The server's HTTP(S) address, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    public Uri Uri { get; set; } = new("http://localhost:7474");

    /// <summary>The database name.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>User for basic authentication; ignored when <see cref="Token"/> is set.</summary>
    public string? User { get; set; }

    /// <summary>Password for basic authentication. Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>A bearer token (Aura, SSO); takes precedence over user and password. Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>How long one HTTP request may take before it fails with a timeout.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a read (or a whole transaction function) is retried after a transient failure.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones back off exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The address and database only: secrets stay out of anything that prints the options.</summary>
    public override string ToString() => $"{Uri} (database {Database})";
}
