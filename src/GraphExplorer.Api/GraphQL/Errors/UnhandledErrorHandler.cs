using GraphExplorer.Graph.Errors;
using GraphQL;
using GraphQL.Execution;

namespace GraphExplorer.Api.GraphQL.Errors;

/// <summary>
/// Turns exceptions thrown by resolvers into GraphQL errors: a <see cref="CypherException"/> keeps its
/// message and gets its Neo4j status code as <c>extensions.code</c>; anything else is logged and keeps
/// GraphQL.NET's generic message (details only in Development, via the error info provider).
/// </summary>
internal static partial class UnhandledErrorHandler
{
    /// <summary>Handles one unhandled exception of a request.</summary>
    public static void Handle(UnhandledExceptionContext context, ILogger logger)
    {
        if (context.OriginalException is CypherException cypherError)
        {
            context.Exception = new ExecutionError(cypherError.Message, cypherError) { Code = cypherError.Code };
            LogCypherError(logger, cypherError.Code, cypherError.Message);
            return;
        }

        LogUnhandled(logger, context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(document)");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cypher error {Code}: {Message}")]
    private static partial void LogCypherError(ILogger logger, string code, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error while resolving {Field}")]
    private static partial void LogUnhandled(ILogger logger, Exception error, string field);
}
