using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Binding;

/// <summary>The compile-time errors of semantic analysis: Neo4j's SyntaxError code, the TCK's name as Detail.</summary>
internal static class SemanticErrors
{
    public const string UndefinedVariable = "UndefinedVariable";
    public const string VariableAlreadyBound = "VariableAlreadyBound";
    public const string VariableTypeConflict = "VariableTypeConflict";
    public const string NoVariablesInScope = "NoVariablesInScope";
    public const string DifferentColumnsInUnion = "DifferentColumnsInUnion";
    public const string InvalidAggregation = "InvalidAggregation";
    public const string NestedAggregation = "NestedAggregation";
    public const string AmbiguousAggregationExpression = "AmbiguousAggregationExpression";
    public const string NonConstantExpression = "NonConstantExpression";
    public const string InvalidArgumentType = "InvalidArgumentType";
    public const string NegativeIntegerArgument = "NegativeIntegerArgument";
    public const string InvalidNumberOfArguments = "InvalidNumberOfArguments";
    public const string UnknownFunction = "UnknownFunction";
    public const string RequiresDirectedRelationship = "RequiresDirectedRelationship";
    public const string CreatingVarLength = "CreatingVarLength";
    public const string NoSingleRelationshipType = "NoSingleRelationshipType";
    public const string InvalidDelete = "InvalidDelete";
    public const string InvalidParameterUse = "InvalidParameterUse";
    public const string ColumnNameConflict = "ColumnNameConflict";
    public const string InvalidClauseComposition = "InvalidClauseComposition";
    public const string NoExpressionAlias = "NoExpressionAlias";
    public const string UnexpectedSyntax = "UnexpectedSyntax";
    public const string RelationshipUniquenessViolation = "RelationshipUniquenessViolation";

    /// <summary>A compile-time SyntaxError at <paramref name="node"/>'s position.</summary>
    public static CypherException At(AstNode node, string detail, string message) => At(node.Position, detail, message);

    /// <summary>A compile-time SyntaxError at <paramref name="position"/>.</summary>
    public static CypherException At(TextPosition position, string detail, string message) =>
        new(StatusCodes.SyntaxError, position.Line > 0 ? $"{message} ({position})" : message, ErrorPhase.Compile, detail, position.Line > 0 ? position : null);
}
