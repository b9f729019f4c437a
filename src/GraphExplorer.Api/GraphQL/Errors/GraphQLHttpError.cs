using GraphQL.Execution;

namespace GraphExplorer.Api.GraphQL.Errors;

/// <summary>A request refused by the HTTP layer (malformed, too large, wrong method…), with its HTTP status and code.</summary>
internal sealed class GraphQLHttpError : RequestError
{
    public GraphQLHttpError(int statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <summary>The HTTP status the response gets.</summary>
    public int StatusCode { get; }
}
