using GraphExplorer.Api.Extensions;
using GraphExplorer.Api.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphExplorerLogging();
builder.AddGraphDatabase();
builder.AddGraphExplorerGraphQL();

var app = builder.Build();
app.UseGraphExplorerRequestLogging();
app.UseBananaCakePop();
app.MapGraphQLEndpoint();
app.MapHealthEndpoint();
app.Run();

/// <summary>Entry point; public so tests can host the API with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
