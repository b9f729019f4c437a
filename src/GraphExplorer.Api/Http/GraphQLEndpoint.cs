using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.Http;

/// <summary>Maps GraphQL over HTTP at <c>/graphql</c>: <c>POST</c> (JSON) and <c>GET</c> (queries only, or the IDE for browsers).</summary>
internal static class GraphQLEndpoint
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/graphql";

    /// <summary>Maps <c>GET</c> and <c>POST</c> <c>/graphql</c> to <see cref="GraphQLRequestHandler"/>.</summary>
    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .WithName("GraphQL")
            .WithDisplayName("GraphQL over HTTP");
        return endpoints;
    }

    private static Task HandleAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Query.ContainsKey("sdl"))
        {
            // The schema as SDL, the same text as docs/schema.graphql.
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(context.RequestServices.GetRequiredService<ISchema>().Print(), context.RequestAborted);
        }

        if (BananaCakePopEndpoint.IsPageRequest(context.Request))
        {
            return BananaCakePopEndpoint.ServePageAsync(context);
        }

        return context.RequestServices.GetRequiredService<GraphQLRequestHandler>().HandleAsync(context);
    }
}
