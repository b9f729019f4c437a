var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "Healthy" }));
app.Run();

/// <summary>Entry point; public so tests can host the API with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
