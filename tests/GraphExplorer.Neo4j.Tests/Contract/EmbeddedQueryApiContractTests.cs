using GraphExplorer.Neo4j.Tests.Infrastructure;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>The client contract over real HTTP against the embedded engine's Query API (Kestrel, 127.0.0.1).</summary>
public sealed class EmbeddedQueryApiContractTests(QueryApiHost host) : QueryApiContract, IClassFixture<QueryApiHost>
{
    private readonly Neo4jGraphDatabase _database = host.CreateNeo4jClient();

    protected override Neo4jGraphDatabase Database => _database;
}
