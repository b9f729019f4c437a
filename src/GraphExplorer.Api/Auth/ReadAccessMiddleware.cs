using GraphExplorer.Api.GraphQL.Errors;
using GraphExplorer.Api.Http;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Auth;

/// <summary>
/// When <c>GraphExplorer:Auth:RequireAuthenticationForReads</c> is true, answers GraphQL requests of
/// unauthenticated callers with 401 and an <c>AUTH_NOT_AUTHORIZED</c> error (the IDE's page stays public).
/// </summary>
internal sealed class ReadAccessMiddleware(RequestDelegate next, IOptionsMonitor<AuthOptions> options)
{
    /// <summary>Checks the request, then passes it on.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (options.CurrentValue.RequireAuthenticationForReads
            && context.Request.Path.StartsWithSegments(GraphQLEndpoint.Path)
            && !HttpMethods.IsOptions(context.Request.Method)
            && !BananaCakePopEndpoint.IsPageRequest(context.Request)
            && context.User.Identity?.IsAuthenticated != true)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsJsonAsync(
                new { errors = new[] { new { message = "This API needs an authenticated caller (X-API-Key header or a bearer token).", extensions = new { code = ErrorCodes.NotAuthorized } } } },
                context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
