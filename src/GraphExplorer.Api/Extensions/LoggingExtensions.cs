using System.Globalization;
using GraphExplorer.Api.Database;
using GraphExplorer.Api.Http;
using GraphExplorer.Api.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace GraphExplorer.Api.Extensions;

/// <summary>Serilog: configuration-driven levels, console output, and one log line per HTTP request.</summary>
internal static class LoggingExtensions
{
    private const string RequestTemplate =
        "HTTP {RequestMethod} {RequestPath} {GraphQLOperation} responded {StatusCode} in {Elapsed:0.0} ms with {CypherRoundTrips} Cypher round trips";

    // Events waiting for the background writer; beyond this many, new events are dropped (about 10 MB at most).
    private const int LogQueueCapacity = 10_000;

    /// <summary>
    /// Routes all logging through Serilog (levels from the <c>Serilog</c> section). The console and every sink registered
    /// as a service write from one background worker (Serilog.Sinks.Async), so a request never waits for formatting or
    /// output: it only queues its event. When the queue is full (a sink that cannot keep up), new events are dropped
    /// rather than slowing requests down (decision 0115).
    /// </summary>
    public static WebApplicationBuilder AddGraphExplorerLogging(this WebApplicationBuilder builder)
    {
        // The static Log.Logger is left alone: each host (several run side by side in tests) logs through its own.
        // The logger is disposed with the host, which drains the queue.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .WriteTo.Async(
                    sinks =>
                    {
                        sinks.Console(formatProvider: CultureInfo.InvariantCulture);
                        foreach (var sink in services.GetServices<ILogEventSink>())
                        {
                            sinks.Sink(sink);
                        }
                    },
                    bufferSize: LogQueueCapacity,
                    blockWhenFull: false),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// Logs one line per request with its GraphQL operation (<c>-</c> for other requests), status, duration and
    /// Cypher round trips, counted on a <see cref="RoundTripCounter"/> that lives as long as the request.
    /// </summary>
    public static WebApplication UseGraphExplorerRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = RequestTemplate;
            options.GetLevel = (context, _, error) =>
                error is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
                : context.Features.Get<GraphQLRequestFeature>() is null && context.Request.Path.StartsWithSegments(GraphQLEndpoint.Path) ? LogEventLevel.Debug
                : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("GraphQLOperation", context.Features.Get<GraphQLRequestFeature>()?.OperationName ?? "-");
                diagnostics.Set("CypherRoundTrips", context.Features.Get<RoundTripCounter>()?.Count ?? 0);
            };
        });
        app.Use(async (context, next) =>
        {
            // Async, so the counter set here is scoped to the rest of this request's flow.
            context.Features.Set(RoundTripCounter.Begin());
            await next(context).ConfigureAwait(false);
        });
        return app;
    }
}
