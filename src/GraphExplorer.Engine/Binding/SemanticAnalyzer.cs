using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Binding;

/// <summary>
/// Semantic analysis of a parsed statement: variable scoping, static type conflicts, aggregation
/// rules and clause composition. Thread-safe (no shared state).
/// </summary>
internal static class SemanticAnalyzer
{
    /// <summary>Checks <paramref name="statement"/>; returns normally when it is valid.</summary>
    /// <exception cref="CypherException">A compile-time error (code SyntaxError, the TCK's name as Detail).</exception>
    public static void Analyze(ParsedStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.Body is not QueryStatement query)
        {
            return;
        }

        try
        {
            new StatementAnalyzer().AnalyzeQuery(query, new Scope(), QueryKind.TopLevel);
        }
        catch (Exception ex) when (ex is not CypherException and not OutOfMemoryException)
        {
            // An analyzer bug must still surface as a compile-time error, never as another exception type.
            throw new CypherException(StatusCodes.SyntaxError, $"Could not analyze the statement: {ex.Message}", ErrorPhase.Compile, SemanticErrors.UnexpectedSyntax, query.Position, ex);
        }
    }
}

/// <summary>Where a query sits, which decides how it may end and whether it may update.</summary>
internal enum QueryKind
{
    TopLevel,
    CallSubquery,
    ExistsSubquery,
    CountSubquery,
    CollectSubquery,
}
