using GraphExplorer.Graph.Errors;
using GraphExplorer.Tck.Features;
using GraphExplorer.Tck.Running;

namespace GraphExplorer.Tck.Unit;

public sealed class ErrorExpectationTests
{
    [Fact]
    public void Matching_code_phase_and_detail_satisfy_the_expectation() =>
        Assert.Null(ErrorExpectation.Mismatch(
            Expect("SyntaxError", ErrorTiming.CompileTime, "UndefinedVariable"),
            new CypherException(StatusCodes.SyntaxError, "Variable `x` not defined", ErrorPhase.Compile, "UndefinedVariable")));

    [Fact]
    public void Wrong_phase_is_reported()
    {
        var mismatch = ErrorExpectation.Mismatch(
            Expect("TypeError", ErrorTiming.Runtime, "InvalidArgumentType"),
            new CypherException(StatusCodes.TypeError, "bad", ErrorPhase.Compile, "InvalidArgumentType"));

        Assert.StartsWith("wrong error (phase)", mismatch);
    }

    [Fact]
    public void Wrong_detail_is_reported() =>
        Assert.StartsWith("wrong error (detail)", ErrorExpectation.Mismatch(
            Expect("SyntaxError", ErrorTiming.CompileTime, "VariableAlreadyBound"),
            new CypherException(StatusCodes.SyntaxError, "x", ErrorPhase.Compile, "UndefinedVariable")));

    [Fact]
    public void Any_time_accepts_both_phases() =>
        Assert.Null(ErrorExpectation.Mismatch(
            Expect("TypeError", ErrorTiming.AnyTime, "InvalidArgumentType"),
            new CypherException(StatusCodes.TypeError, "x", ErrorPhase.Runtime, "InvalidArgumentType")));

    [Theory]
    [InlineData("ConstraintVerificationFailed", StatusCodes.ConstraintValidationFailed, true)]
    [InlineData("ProcedureError", StatusCodes.ProcedureNotFound, true)]
    [InlineData("EntityNotFound", StatusCodes.EntityNotFound, true)]
    [InlineData("SyntaxError", StatusCodes.SemanticError, false)]
    [InlineData("Error", StatusCodes.ArithmeticError, true)]
    [InlineData("LabelNotFound", "Neo.ClientError.Statement.LabelNotFound", true)]
    public void Tck_types_map_to_neo4j_codes(string tckType, string code, bool matches) =>
        Assert.Equal(matches, ErrorExpectation.TypeMatches(tckType, code));

    [Fact]
    public void Star_detail_accepts_any_detail() =>
        Assert.Null(ErrorExpectation.Mismatch(
            Expect("Error", ErrorTiming.AnyTime, "*"),
            new CypherException(StatusCodes.SemanticError, "x", ErrorPhase.Compile)));

    private static ExpectErrorStep Expect(string type, ErrorTiming timing, string detail) => new(1, type, timing, detail);
}
