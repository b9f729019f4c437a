using GraphExplorer.Api.GraphQL.Errors;
using GraphQL;

namespace GraphExplorer.Api.Auth;

/// <summary>The role check of mutations: only callers authenticated with the <c>editor</c> role may change the graph.</summary>
internal static class EditorAccess
{
    /// <summary>The role that may run mutations.</summary>
    public const string EditorRole = "editor";

    /// <summary>Throws <c>AUTH_NOT_AUTHORIZED</c> unless the request's user has the editor role.</summary>
    public static void Demand(IResolveFieldContext context)
    {
        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true || !user.IsInRole(EditorRole))
        {
            var message = user?.Identity?.IsAuthenticated == true
                ? "Mutations need the 'editor' role."
                : "Mutations need an authenticated caller with the 'editor' role (X-API-Key header or a bearer token).";
            throw new ExecutionError(message) { Code = ErrorCodes.NotAuthorized };
        }
    }
}
