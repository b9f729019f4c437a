using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GraphExplorer.Api.Http;

/// <summary>Finds which kind of operation a request would run, so that a mutation over <c>GET</c> can be refused before execution.</summary>
internal static class OperationTypeProbe
{
    /// <summary>
    /// Parses <paramref name="query"/> and returns the document and the type of the operation that
    /// <paramref name="operationName"/> selects; <c>null</c> parts when the document does not parse or the
    /// operation cannot be determined (GraphQL execution then reports the error).
    /// </summary>
    public static (GraphQLDocument? Document, OperationType? Type) Probe(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return (null, null);
        }

        GraphQLOperationDefinition? selected = null;
        var count = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            count++;
            if (operationName is null || operation.Name?.StringValue == operationName)
            {
                selected ??= operation;
            }
        }

        var unambiguous = operationName is not null || count == 1;
        return (document, unambiguous ? selected?.Operation : null);
    }
}
