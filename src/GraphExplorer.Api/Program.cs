using GraphExplorer.Api.Auth;
using GraphExplorer.Api.Extensions;
using GraphExplorer.Api.Http;
using GraphExplorer.QueryApi;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphExplorerLogging();
builder.AddGraphDatabase();
builder.AddStartupWarmUp();
builder.AddGraphExplorerSecurity();
builder.AddGraphExplorerGraphQL();

var app = builder.Build();
app.UseGraphExplorerRequestLogging();
app.UseCors();
app.UseAuthentication();
app.UseMiddleware<ReadAccessMiddleware>();
app.UseExplorerPage();
app.UseBananaCakePop();
app.MapGraphQLEndpoint();
app.MapHealthEndpoint();
app.MapQueryApi();
app.Run();

/// <summary>Entry point; public so tests can host the API with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
