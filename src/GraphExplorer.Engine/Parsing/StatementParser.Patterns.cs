using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Parsing;

/// <summary>Graph patterns: <c>p = (a:L {k: v})-[r:T*1..3]-&gt;(b)</c>.</summary>
internal sealed partial class StatementParser
{
    private Pattern ParsePattern()
    {
        var start = Current;
        var parts = new List<PatternPart>();
        do
        {
            parts.Add(ParsePatternPart());
        }
        while (AcceptSymbol(","));

        return new Pattern(parts) { Position = Pos(start) };
    }

    private PatternPart ParsePatternPart()
    {
        var start = Current;
        string? pathVariable = null;
        if (Current.IsName && PeekToken(1).IsSymbol("="))
        {
            pathVariable = Advance().Text;
            Advance();
        }

        var selector = PathSelector.All;
        if (Current.IsName && PeekToken(1).IsSymbol("("))
        {
            if (IsKeyword("shortestPath"))
            {
                selector = PathSelector.Shortest;
            }
            else if (IsKeyword("allShortestPaths"))
            {
                selector = PathSelector.AllShortest;
            }
        }

        var gqlSelector = ParseGqlPathSelector();
        PatternElement element;
        if (gqlSelector is { } gql)
        {
            selector = gql;
            element = ParsePatternElement();
        }
        else if (selector == PathSelector.All)
        {
            element = ParsePatternElement();
        }
        else
        {
            Advance();
            ExpectSymbol("(");
            element = ParsePatternElement();
            ExpectSymbol(")");
        }

        return new PatternPart(pathVariable, element, selector) { Position = Pos(start) };
    }

    /// <summary>
    /// GQL path selectors (Neo4j 5.21+): <c>ANY SHORTEST</c> and <c>SHORTEST 1</c> as <c>shortestPath</c>,
    /// <c>ALL SHORTEST</c> as <c>allShortestPaths</c>; <c>ALL</c> and <c>ANY</c> alone change nothing here.
    /// Other selectors (<c>SHORTEST k</c>, <c>… GROUPS</c>) are refused.
    /// </summary>
    private PathSelector? ParseGqlPathSelector()
    {
        if (IsKeyword("ALL") && IsKeywordAt(1, "SHORTEST"))
        {
            _index += 2;
            AcceptPathsWord();
            return PathSelector.AllShortest;
        }

        if (IsKeyword("ANY") && IsKeywordAt(1, "SHORTEST"))
        {
            _index += 2;
            AcceptPathsWord();
            return PathSelector.Shortest;
        }

        if (IsKeyword("SHORTEST") && PeekToken(1).Kind == TokenKind.Integer)
        {
            Advance();
            var count = Advance();
            if (count.Text != "1" || IsKeyword("GROUPS") || IsKeyword("GROUP"))
            {
                throw _source.Error(count.Start, $"Invalid input '{count.Text}': only SHORTEST 1 is supported", SyntaxErrors.UnexpectedSyntax);
            }

            AcceptPathsWord();
            return PathSelector.Shortest;
        }

        if ((IsKeyword("ALL") || IsKeyword("ANY")) && (PeekToken(1).IsSymbol("(") || IsKeywordAt(1, "PATH") || IsKeywordAt(1, "PATHS")))
        {
            Advance();
            AcceptPathsWord();
        }

        return null;
    }

    private void AcceptPathsWord()
    {
        if (!AcceptKeyword("PATHS"))
        {
            AcceptKeyword("PATH");
        }
    }

    /// <summary>
    /// A GQL quantifier after a relationship (<c>-[:R]-&gt;{1,3}</c>, <c>+</c>, <c>*</c>), read as a
    /// variable-length relationship; null when none is written.
    /// </summary>
    private LengthRange? ParseRelationshipQuantifier()
    {
        var start = Current;
        if (IsSymbol("+") && PeekToken(1).IsSymbol("("))
        {
            Advance();
            return new LengthRange(1, null);
        }

        if (IsSymbol("*") && PeekToken(1).IsSymbol("("))
        {
            Advance();
            return new LengthRange(0, null);
        }

        if (!IsSymbol("{"))
        {
            return null;
        }

        Advance();
        long? min = Current.Kind == TokenKind.Integer ? ParseLengthBound() : null;
        long? max;
        if (AcceptSymbol(","))
        {
            max = Current.Kind == TokenKind.Integer ? ParseLengthBound() : null;
            min ??= 0;
        }
        else
        {
            max = min ?? throw FailAt(start, "a quantifier such as {1,3}");
        }

        ExpectSymbol("}");
        return new LengthRange(min, max);
    }

    private PatternElement ParsePatternElement()
    {
        Enter();
        try
        {
            var start = Current;
            if (IsSymbol("(") && PeekToken(1).IsSymbol("("))
            {
                // A parenthesised chain: ((a)-->(b)).
                Advance();
                var inner = ParsePatternElement();
                ExpectSymbol(")");
                return inner with { Position = Pos(start) };
            }

            var first = ParseNodePattern();
            var steps = new List<PatternStep>();
            while (IsSymbol("-") || (IsSymbol("<") && PeekToken(1).IsSymbol("-")))
            {
                var stepStart = Current;
                var relationship = ParseRelationshipPattern();
                if (ParseRelationshipQuantifier() is { } quantifier)
                {
                    if (relationship.Length is not null)
                    {
                        throw _source.Error(Current.Start, "A relationship cannot be both variable-length and quantified", SyntaxErrors.InvalidRelationshipPattern);
                    }

                    relationship = relationship with { Length = quantifier };
                }

                var node = ParseNodePattern();
                steps.Add(new PatternStep(relationship, node) { Position = Pos(stepStart) });
            }

            return new PatternElement(first, steps) { Position = Pos(start) };
        }
        finally
        {
            Exit();
        }
    }

    private NodePattern ParseNodePattern()
    {
        var start = ExpectSymbol("(");
        string? variable = null;
        if (Current.IsName && !(IsKeyword("WHERE") && !PeekToken(1).IsSymbol(")") && !PeekToken(1).IsSymbol(":") && !PeekToken(1).IsSymbol("{")))
        {
            variable = Advance().Text;
        }

        IReadOnlyList<string> labels = IsSymbol(":") ? ParseLabelList() : [];
        var properties = ParsePatternProperties();
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        if (!IsSymbol(")"))
        {
            throw Fail(variable is null && labels.Count == 0 && properties is null ? "a variable name, ':', '{', WHERE or ')'" : "':', '{', WHERE or ')'");
        }

        Advance();
        return new NodePattern(variable, labels, properties, where) { Position = Pos(start) };
    }

    private Expression? ParsePatternProperties()
    {
        if (IsSymbol("{"))
        {
            return ParseMapLiteral();
        }

        return Current.Kind == TokenKind.Parameter ? ParseAtom() : null;
    }

    private RelationshipPattern ParseRelationshipPattern()
    {
        var start = Current;
        var left = AcceptSymbol("<");
        ExpectSymbol("-");
        string? variable = null;
        var types = new List<string>();
        LengthRange? length = null;
        Expression? properties = null;
        Expression? where = null;
        if (AcceptSymbol("["))
        {
            if (Current.IsName && !IsKeyword("WHERE"))
            {
                variable = Advance().Text;
            }
            else if (IsKeyword("WHERE") && (PeekToken(1).IsSymbol("]") || PeekToken(1).IsSymbol(":") || PeekToken(1).IsSymbol("*") || PeekToken(1).IsSymbol("{")))
            {
                variable = Advance().Text;
            }

            if (AcceptSymbol(":"))
            {
                types.Add(ExpectName("a relationship type name"));
                while (AcceptSymbol("|"))
                {
                    AcceptSymbol(":");
                    types.Add(ExpectName("a relationship type name"));
                }
            }

            if (AcceptSymbol("*"))
            {
                if (IsSymbol("-"))
                {
                    throw _source.Error(Current.Start, "Invalid input '-': a variable-length relationship's bounds cannot be negative", SyntaxErrors.InvalidRelationshipPattern);
                }

                length = ParseLengthRange();
            }
            else if (IsSymbol("..") || Current.Kind == TokenKind.Integer)
            {
                throw _source.Error(Current.Start, $"Invalid input '{Current.Text}': a variable-length relationship needs '*' before its bounds", SyntaxErrors.InvalidRelationshipPattern);
            }

            properties = ParsePatternProperties();
            where = AcceptKeyword("WHERE") ? ParseExpression() : null;
            ExpectSymbol("]");
        }

        ExpectSymbol("-");
        var right = AcceptSymbol(">");
        var direction = left == right ? RelationshipDirection.Both : left ? RelationshipDirection.Incoming : RelationshipDirection.Outgoing;
        return new RelationshipPattern(variable, direction, types, length, properties, where) { Position = Pos(start) };
    }

    private LengthRange ParseLengthRange()
    {
        long? min = null;
        long? max = null;
        if (Current.Kind == TokenKind.Integer)
        {
            min = ParseLengthBound();
        }

        if (AcceptSymbol(".."))
        {
            if (Current.Kind == TokenKind.Integer)
            {
                max = ParseLengthBound();
            }
        }
        else if (min is not null)
        {
            max = min;
        }

        return new LengthRange(min, max);
    }

    private long ParseLengthBound()
    {
        var token = Advance();
        return (long)IntegerMagnitude(token, negated: false);
    }
}
