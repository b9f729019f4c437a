using GraphExplorer.Neo4j.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>
/// The client contract against a real Neo4j (5.19+, 5.26 LTS, Aura): set <c>NEO4J_TEST_URI</c> (the HTTP(S)
/// address, e.g. <c>http://localhost:7474</c>), <c>NEO4J_TEST_USER</c>, <c>NEO4J_TEST_PASSWORD</c> and
/// optionally <c>NEO4J_TEST_DATABASE</c>. Without an address every test is reported as skipped.
/// </summary>
public sealed class LiveNeo4jContractTests : QueryApiContract, IDisposable
{
    private static readonly string? _uri = Environment.GetEnvironmentVariable("NEO4J_TEST_URI");
    private readonly Neo4jGraphDatabase? _database;
    private readonly ServiceProvider? _provider;

    public LiveNeo4jContractTests()
    {
        if (string.IsNullOrWhiteSpace(_uri))
        {
            return;
        }

        (_database, _provider) = Neo4jClients.Create(options =>
        {
            options.Uri = new Uri(_uri);
            options.User = Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j";
            options.Password = Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD");
            options.Database = Environment.GetEnvironmentVariable("NEO4J_TEST_DATABASE") ?? "neo4j";
        });
    }

    protected override Neo4jGraphDatabase Database => _database ?? throw new InvalidOperationException("NEO4J_TEST_URI is not set.");

    public void Dispose() => _provider?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    protected override void SkipUnlessAvailable() =>
        Skip.If(string.IsNullOrWhiteSpace(_uri), "NEO4J_TEST_URI is not set: no Neo4j to run the live contract against.");
}
