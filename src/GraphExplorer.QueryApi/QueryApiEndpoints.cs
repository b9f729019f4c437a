using GraphExplorer.Graph;

namespace GraphExplorer.QueryApi;

/// <summary>Maps Neo4j's Query API v2 over the API's database, when <c>GraphExplorer:QueryApi:Enabled</c> is true.</summary>
internal static class QueryApiEndpoints
{
    /// <summary>The route prefix, as Neo4j's.</summary>
    public const string Prefix = "/db/{database}/query/v2";

    /// <summary>Maps <c>POST /db/{database}/query/v2</c> and the <c>/tx</c> endpoints; does nothing when the Query API is off.</summary>
    public static WebApplication MapQueryApi(this WebApplication app)
    {
        var options = app.Configuration.GetSection(QueryApiOptions.SectionName).Get<QueryApiOptions>() ?? new QueryApiOptions();
        if (!options.Enabled)
        {
            return app;
        }

        var transactions = new QueryApiTransactions(options.TransactionTimeout, TimeProvider.System);
        app.Lifetime.ApplicationStopped.Register(() => transactions.DisposeAsync().AsTask().GetAwaiter().GetResult());
        var handler = new QueryApiHandler(app.Services.GetRequiredService<IGraphDatabase>(), options, transactions);
        var group = app.MapGroup(Prefix);
        group.MapPost(string.Empty, (HttpContext context, string database) => handler.RunAsync(context, database));
        group.MapPost("/tx", (HttpContext context, string database) => handler.OpenAsync(context, database));
        group.MapPost("/tx/{id}", (HttpContext context, string database, string id) => handler.ContinueAsync(context, database, id));
        group.MapPost("/tx/{id}/commit", (HttpContext context, string database, string id) => handler.CommitAsync(context, database, id));
        group.MapDelete("/tx/{id}", (HttpContext context, string database, string id) => handler.RollbackAsync(context, database, id));
        return app;
    }
}
