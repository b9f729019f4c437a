using System.Diagnostics;
using GraphExplorer.BareServer.Data;
using GraphExplorer.BareServer.Schema;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;

// The load runner's yardstick: GraphQL.NET over the benchmark dataset in memory (benchmarks/load/README.md).
// Usage: dotnet GraphExplorer.BareServer.dll --dataset <graphexplorer-import/1 file> --urls http://127.0.0.1:5099
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var dataset = builder.Configuration["dataset"] ?? throw new ArgumentException("--dataset <path of the generated dataset file> is required.");
var started = Stopwatch.GetTimestamp();
var graph = await BareGraph.LoadAsync(dataset, CancellationToken.None).ConfigureAwait(false);
var schema = BareSchema.Create(graph);
schema.Initialize();
Console.WriteLine($"Loaded {graph.ByGlobalId.Count:N0} nodes and {graph.RelationshipCount:N0} relationships in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");

var executer = new DocumentExecuter();
var serializer = new GraphQLSerializer();
var app = builder.Build();
app.MapGet("/health", () => "ready");
app.MapPost("/graphql", async context =>
{
    var request = await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
    var result = await executer.ExecuteAsync(options =>
    {
        options.Schema = schema;
        options.Query = request?.Query;
        options.Variables = request?.Variables;
        options.OperationName = request?.OperationName;
        options.RequestServices = context.RequestServices;
        options.CancellationToken = context.RequestAborted;
    }).ConfigureAwait(false);
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
});
await app.RunAsync().ConfigureAwait(false);
