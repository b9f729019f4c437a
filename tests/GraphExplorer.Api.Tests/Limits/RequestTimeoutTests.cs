using System.Diagnostics;
using GraphExplorer.Api.Tests.Infrastructure;
using GraphExplorer.Api.Tests.Traversals;
using GraphExplorer.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Limits;

/// <summary>The request timeout cancels the running Cypher and answers <c>REQUEST_TIMEOUT</c> (on either backend).</summary>
public sealed class RequestTimeoutTests(ShortTimeoutApiFactory factory) : IClassFixture<ShortTimeoutApiFactory>
{
    [Fact]
    public async Task A_traversal_that_outlasts_the_timeout_is_cancelled_with_request_timeout()
    {
        var client = factory.CreateHttpClient();
        var database = factory.Services.GetRequiredService<IGraphDatabase>();

        // A clique of 14 topics: the paths between two of them up to 12 relationships long are billions.
        await database.RunAsync(
            """
            UNWIND range(1, 14) AS i CREATE (:Topic {id: 'clique-' + toString(i), name: 'Clique ' + toString(i)})
            """);
        await database.RunAsync(
            """
            MATCH (a:Topic), (b:Topic)
            WHERE a.id STARTS WITH 'clique-' AND b.id STARTS WITH 'clique-' AND a.id < b.id
            CREATE (a)-[:RELATED]->(b)
            """);

        var watch = Stopwatch.StartNew();
        using var response = await client.PostQueryAsync(
            "query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 12, all: true) { truncated } }",
            new { from = TraversalQueryTests.Id("Topic", "clique-1"), to = TraversalQueryTests.Id("Topic", "clique-2") });
        watch.Stop();

        var body = await response.ReadJsonAsync();
        Assert.Contains("REQUEST_TIMEOUT", body.ErrorCodes());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"the request took {watch.Elapsed}");

        // The statement itself has stopped, not just the response: a read still enumerating paths would hold the
        // engine's shared lock and keep this write waiting. On the Neo4j backend the cancellation has to cross
        // HTTP (the client closes its request, the server stops the statement), so this holds there too.
        watch.Restart();
        await database.RunAsync("CREATE (:Topic {id: 'after-timeout', name: 'After the timeout'})");
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the write waited {watch.Elapsed} for the cancelled traversal");
    }
}
