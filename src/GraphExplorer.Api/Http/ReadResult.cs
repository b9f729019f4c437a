using GraphExplorer.Api.GraphQL.Errors;
using GraphQL.Transport;

namespace GraphExplorer.Api.Http;

/// <summary>Either a well-formed GraphQL request or the reason it is not one.</summary>
internal readonly record struct ReadResult(GraphQLRequest? Request, GraphQLHttpError? Error)
{
    public static implicit operator ReadResult(GraphQLRequest request) => new(request, null);

    public static implicit operator ReadResult(GraphQLHttpError error) => new(null, error);
}
