namespace GraphExplorer.Engine.Parsing;

/// <summary>The openCypher TCK's names for the syntax errors the front end raises (used as <c>CypherException.Detail</c>).</summary>
internal static class SyntaxErrors
{
    public const string UnexpectedSyntax = "UnexpectedSyntax";
    public const string IntegerOverflow = "IntegerOverflow";
    public const string FloatingPointOverflow = "FloatingPointOverflow";
    public const string InvalidNumberLiteral = "InvalidNumberLiteral";
    public const string InvalidUnicodeLiteral = "InvalidUnicodeLiteral";
    public const string InvalidRelationshipPattern = "InvalidRelationshipPattern";
    public const string InvalidUnicodeCharacter = "InvalidUnicodeCharacter";
    public const string NestingTooDeep = "NestingTooDeep";
}
