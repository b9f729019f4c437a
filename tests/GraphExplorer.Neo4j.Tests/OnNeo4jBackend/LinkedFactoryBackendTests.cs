using System.Net;
using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Api.Tests.Limits;
using GraphExplorer.Api.Tests.Mutations;

namespace GraphExplorer.Neo4j.Tests.OnNeo4jBackend;

/// <summary>
/// Every fixture the linked API test classes use runs the API on the Neo4j backend here, so none of them silently
/// falls back to the embedded engine (a derived factory that stopped calling the base's configuration would).
/// </summary>
public sealed class LinkedFactoryBackendTests
{
    public static TheoryData<string> Factories => [.. FactoryTypes.Keys];

    private static readonly Dictionary<string, Func<ApiFactory>> FactoryTypes = new()
    {
        [nameof(ApiFactory)] = () => new ApiFactory(),
        [nameof(ProductionApiFactory)] = () => new ProductionApiFactory(),
        [nameof(EditorApiFactory)] = () => new EditorApiFactory(),
        [nameof(ClosedReadsApiFactory)] = () => new ClosedReadsApiFactory(),
        [nameof(LimitedApiFactory)] = () => new LimitedApiFactory(),
        [nameof(ShortTimeoutApiFactory)] = () => new ShortTimeoutApiFactory(),
    };

    [Theory]
    [MemberData(nameof(Factories))]
    public async Task The_fixture_runs_the_api_on_the_neo4j_backend(string factoryName)
    {
        using var factory = FactoryTypes[factoryName]();

        using var response = await factory.CreateHttpClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Neo4j", body["checks"]!["graph"]!["data"]!["backend"]!.GetValue<string>());
        Assert.False(Directory.Exists(factory.DataDirectory), "the embedded engine opened a data folder");
    }
}
