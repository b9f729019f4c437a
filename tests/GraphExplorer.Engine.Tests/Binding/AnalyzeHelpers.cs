using GraphExplorer.Engine.Binding;
using GraphExplorer.Engine.Parsing;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Binding;

/// <summary>Parse then analyze, as the engine does.</summary>
internal static class AnalyzeHelpers
{
    public static void Analyze(string text) => SemanticAnalyzer.Analyze(CypherParser.Parse(text));

    public static CypherException CompileError(string text)
    {
        var error = Assert.Throws<CypherException>(() => Analyze(text));
        Assert.Equal(StatusCodes.SyntaxError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        return error;
    }
}
