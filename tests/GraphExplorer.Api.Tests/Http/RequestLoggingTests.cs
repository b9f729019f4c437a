using System.Collections.Concurrent;
using GraphExplorer.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>One Serilog line per GraphQL request with operation, status, duration and Cypher round trips, written off the request.</summary>
public sealed class RequestLoggingTests(RequestLoggingTests.FlowApiFactory factory) : IClassFixture<RequestLoggingTests.FlowApiFactory>
{
    [Fact]
    public async Task A_graphql_request_is_logged_with_operation_status_and_round_trips()
    {
        var client = factory.CreateHttpClient();

        using var response = await client.PostQueryAsync("query WhoMet { encounters(participant: \"Geci\") { nodes { meeting { id } } } }");

        // The request is logged once the response is complete, which may be just after the client has it.
        await factory.Logs.WaitForAsync(IsWhoMet);
        var line = Assert.Single(factory.Logs.Events, IsWhoMet);
        Assert.Equal("200", line.Properties["StatusCode"].ToString());
        Assert.True(int.Parse(line.Properties["CypherRoundTrips"].ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.True(line.Properties.ContainsKey("Elapsed"));
        Assert.Equal("\"POST\"", line.Properties["RequestMethod"].ToString());
        Assert.Equal("\"/graphql\"", line.Properties["RequestPath"].ToString());
    }

    [Fact]
    public async Task The_request_line_is_written_by_the_background_worker_not_in_the_request()
    {
        var client = factory.CreateHttpClient();

        using var response = await client.PostQueryAsync("query OffTheRequest { __typename }");

        // A sink called inside the request's flow sees its HttpContext; the async sink's worker runs outside every request.
        await factory.Logs.WaitForAsync(e => IsOperation(e, "OffTheRequest"));
        var (_, inRequest) = Assert.Single(factory.Flow.Writes, w => IsOperation(w.Event, "OffTheRequest"));
        Assert.False(inRequest);
    }

    private static bool IsWhoMet(LogEvent logEvent) => IsOperation(logEvent, "WhoMet");

    private static bool IsOperation(LogEvent logEvent, string operation) =>
        logEvent.Properties.TryGetValue("GraphQLOperation", out var name) && name.ToString() == $"\"{operation}\"";

    /// <summary>The API with a second sink that notes, for each event, whether it was written inside an HTTP request's flow.</summary>
    public sealed class FlowApiFactory : ApiFactory
    {
        /// <summary>The recording sink.</summary>
        public FlowSink Flow { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddHttpContextAccessor();
                services.AddSingleton<ILogEventSink>(provider =>
                {
                    Flow.Accessor = provider.GetRequiredService<IHttpContextAccessor>();
                    return Flow;
                });
            });
        }
    }

    /// <summary>Keeps each event with whether an <see cref="HttpContext"/> flowed into the call that wrote it. Thread-safe.</summary>
    public sealed class FlowSink : ILogEventSink
    {
        private readonly ConcurrentQueue<(LogEvent Event, bool InRequest)> _writes = new();

        /// <summary>Set when the API resolves the sink.</summary>
        public IHttpContextAccessor? Accessor { get; set; }

        /// <summary>The events written so far.</summary>
        public IReadOnlyList<(LogEvent Event, bool InRequest)> Writes => [.. _writes];

        public void Emit(LogEvent logEvent) => _writes.Enqueue((logEvent, Accessor?.HttpContext is not null));
    }
}
