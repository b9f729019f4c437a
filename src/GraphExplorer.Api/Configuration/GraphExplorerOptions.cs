namespace GraphExplorer.Api.Configuration;

/// <summary>The API's settings, bound from the <c>GraphExplorer</c> configuration section (environment: <c>GraphExplorer__Backend</c>, …).</summary>
internal sealed class GraphExplorerOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphExplorer";

    /// <summary>Which database runs the Cypher: <c>Embedded</c> (the default) or <c>Neo4j</c>.</summary>
    public string Backend { get; set; } = GraphBackends.Embedded;

    /// <summary>Where the embedded engine keeps its data; a relative path is taken from the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The folder with <c>schema.cypher</c> and <c>seed/</c>; by default the <c>cypher</c> folder the build copies next to the API.</summary>
    public string? CypherDirectory { get; set; }

    /// <summary>Whether the schema (and, on an empty graph, the seed) is applied at start-up.</summary>
    public bool InitializeDatabase { get; set; } = true;

    /// <summary>The largest GraphQL request body accepted, in bytes; larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
