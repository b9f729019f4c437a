using GraphExplorer.Core.Scripts;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Core.Tests.Scripts;

public sealed class CypherScriptExceptionTests
{
    [Fact]
    public void Line_is_the_statement_line_plus_the_error_line_within_the_statement()
    {
        var error = new CypherException(StatusCodes.SyntaxError, "Invalid input 'X'", ErrorPhase.Compile, position: new TextPosition(30, 3, 5));

        var wrapped = new CypherScriptException("seed/001_x.cypher", 10, error);

        Assert.Equal(12, wrapped.Line);
        Assert.Equal("seed/001_x.cypher", wrapped.File);
        Assert.Equal("seed/001_x.cypher, line 12: Invalid input 'X'", wrapped.Message);
        Assert.Equal(StatusCodes.SyntaxError, wrapped.Code);
        Assert.Equal(ErrorPhase.Compile, wrapped.Phase);
        Assert.Same(error, wrapped.InnerException);
    }

    [Fact]
    public void Line_is_the_statement_line_when_the_error_has_no_position()
    {
        var error = new CypherException(StatusCodes.ConstraintValidationFailed, "Already exists", ErrorPhase.Runtime);

        var wrapped = new CypherScriptException("schema.cypher", 7, error);

        Assert.Equal(7, wrapped.Line);
        Assert.Equal(StatusCodes.ConstraintValidationFailed, wrapped.Code);
    }
}
