namespace GraphExplorer.QueryApi;

/// <summary>
/// The Neo4j Query API served by the embedded engine (section <c>GraphExplorer:QueryApi</c>): off by default,
/// basic authentication against <see cref="Users"/>, read-only unless <see cref="AllowWrites"/>.
/// </summary>
internal sealed class QueryApiOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphExplorer:QueryApi";

    /// <summary>Whether <c>/db/{database}/query/v2</c> and its <c>/tx</c> endpoints are mapped.</summary>
    public bool Enabled { get; set; }

    /// <summary>Whether statements may write; otherwise every statement runs in a read transaction.</summary>
    public bool AllowWrites { get; set; }

    /// <summary>User names and their passwords for basic authentication (<c>GraphExplorer__QueryApi__Users__neo4j=…</c>).</summary>
    public Dictionary<string, string> Users { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The database name the endpoint answers to; any other gets 404 <c>DatabaseNotFound</c>.</summary>
    public string DatabaseName { get; set; } = "neo4j";

    /// <summary>How long an explicit transaction lives without a request before it is rolled back.</summary>
    public TimeSpan TransactionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
