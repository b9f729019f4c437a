using GraphExplorer.Engine.Parsing;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Parsing;

/// <summary>Shortcuts for parser tests.</summary>
internal static class ParseHelpers
{
    public static QueryStatement Query(string text) => Assert.IsType<QueryStatement>(CypherParser.Parse(text).Body);

    public static IReadOnlyList<Clause> Clauses(string text) => Query(text).Parts[0].Clauses;

    public static T Clause<T>(string text, int index = 0)
        where T : Clause => Assert.IsType<T>(Clauses(text)[index]);

    /// <summary>The expression of <c>RETURN expression</c>.</summary>
    public static Expression Expr(string expression) => Clause<ReturnClause>("RETURN " + expression).Body.Items[0].Expression;

    public static CypherException SyntaxError(string text)
    {
        var error = Assert.Throws<CypherException>(() => CypherParser.Parse(text));
        Assert.Equal(StatusCodes.SyntaxError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        return error;
    }
}
