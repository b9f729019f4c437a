using GraphExplorer.Api.GraphQL.Errors;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace GraphExplorer.Api.GraphQL.Limits;

/// <summary>Checks a document's size in characters and tokens before it is parsed. Stateless and thread-safe.</summary>
internal static class DocumentSizeCheck
{
    /// <summary>The code and message of the limit <paramref name="document"/> goes over, or <c>null</c> when it is within both.</summary>
    public static (string Code, string Message)? Check(string document, LimitOptions limits)
    {
        if (document.Length > limits.MaxDocumentCharacters)
        {
            return (ErrorCodes.DocumentTooLarge, $"The document has {document.Length} characters; the most allowed is {limits.MaxDocumentCharacters}.");
        }

        var tokens = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(document, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return null;
                }

                if (++tokens > limits.MaxDocumentTokens)
                {
                    return (ErrorCodes.TooManyTokens, $"The document has more than {limits.MaxDocumentTokens} tokens.");
                }

                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // A malformed document is the parser's to report, with its location.
            return null;
        }
    }
}
