using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Parsing;

/// <summary>Operators, by Cypher precedence: OR, XOR, AND, NOT, comparisons, string/list/null predicates, + - ||, * / %, ^, unary, postfix.</summary>
internal sealed partial class StatementParser
{
    private Expression ParseExpression()
    {
        Enter();
        try
        {
            return ParseOr();
        }
        finally
        {
            Exit();
        }
    }

    private Expression ParseOr()
    {
        var start = Current;
        var left = ParseXor();
        var grown = 0;
        while (AcceptKeyword("OR"))
        {
            Grow(ref grown);
            left = new BinaryExpression(BinaryOperator.Or, left, ParseXor()) { Position = Pos(start) };
        }

        _depth -= grown;
        return left;
    }

    private Expression ParseXor()
    {
        var start = Current;
        var left = ParseAnd();
        var grown = 0;
        while (AcceptKeyword("XOR"))
        {
            Grow(ref grown);
            left = new BinaryExpression(BinaryOperator.Xor, left, ParseAnd()) { Position = Pos(start) };
        }

        _depth -= grown;
        return left;
    }

    private Expression ParseAnd()
    {
        var start = Current;
        var left = ParseNot();
        var grown = 0;
        while (AcceptKeyword("AND"))
        {
            Grow(ref grown);
            left = new BinaryExpression(BinaryOperator.And, left, ParseNot()) { Position = Pos(start) };
        }

        _depth -= grown;
        return left;
    }

    private Expression ParseNot()
    {
        var start = Current;
        if (!AcceptKeyword("NOT"))
        {
            return ParseComparison();
        }

        Enter();
        try
        {
            return new UnaryExpression(UnaryOperator.Not, ParseNot()) { Position = Pos(start) };
        }
        finally
        {
            Exit();
        }
    }

    private BinaryOperator? ComparisonOperator() => Current.Kind != TokenKind.Symbol ? null : Current.Text switch
    {
        "=" => BinaryOperator.Equal,
        "<>" or "!=" => BinaryOperator.NotEqual,
        "<" => BinaryOperator.LessThan,
        ">" => BinaryOperator.GreaterThan,
        "<=" => BinaryOperator.LessThanOrEqual,
        ">=" => BinaryOperator.GreaterThanOrEqual,
        _ => null,
    };

    /// <summary>Comparisons chain: <c>a &lt; b &lt;= c</c> is <c>a &lt; b AND b &lt;= c</c>.</summary>
    private Expression ParseComparison()
    {
        var start = Current;
        var left = ParsePredicates();
        Expression? result = null;
        var grown = 0;
        while (ComparisonOperator() is { } op)
        {
            Grow(ref grown);
            var operatorToken = Advance();
            var right = ParsePredicates();
            var comparison = new BinaryExpression(op, left, right) { Position = result is null ? Pos(start) : Pos(operatorToken) };
            result = result is null ? comparison : new BinaryExpression(BinaryOperator.And, result, comparison) { Position = Pos(start) };
            left = right;
        }

        _depth -= grown;
        return result ?? left;
    }

    /// <summary><c>=~</c>, STARTS WITH, ENDS WITH, CONTAINS, IN, IS [NOT] NULL.</summary>
    private Expression ParsePredicates()
    {
        var start = Current;
        var left = ParseAdditive();
        var grown = 0;
        while (true)
        {
            BinaryOperator op;
            if (AcceptSymbol("=~"))
            {
                op = BinaryOperator.RegexMatch;
            }
            else if (IsKeyword("STARTS") && IsKeywordAt(1, "WITH"))
            {
                _index += 2;
                op = BinaryOperator.StartsWith;
            }
            else if (IsKeyword("ENDS") && IsKeywordAt(1, "WITH"))
            {
                _index += 2;
                op = BinaryOperator.EndsWith;
            }
            else if (AcceptKeyword("CONTAINS"))
            {
                op = BinaryOperator.Contains;
            }
            else if (AcceptKeyword("IN"))
            {
                op = BinaryOperator.In;
            }
            else if (IsKeyword("IS") && (IsKeywordAt(1, "NULL") || (IsKeywordAt(1, "NOT") && IsKeywordAt(2, "NULL"))))
            {
                Advance();
                var negated = AcceptKeyword("NOT");
                ExpectKeyword("NULL");
                Grow(ref grown);
                left = new IsNullExpression(left, negated) { Position = Pos(start) };
                continue;
            }
            else
            {
                _depth -= grown;
                return left;
            }

            Grow(ref grown);
            left = new BinaryExpression(op, left, ParseAdditive()) { Position = Pos(start) };
        }
    }

    private Expression ParseAdditive()
    {
        var start = Current;
        var left = ParseMultiplicative();
        var grown = 0;
        while (true)
        {
            BinaryOperator op;
            if (IsSymbol("+"))
            {
                op = BinaryOperator.Add;
            }
            else if (IsSymbol("-"))
            {
                op = BinaryOperator.Subtract;
            }
            else if (IsSymbol("||"))
            {
                op = BinaryOperator.Concatenate;
            }
            else
            {
                _depth -= grown;
                return left;
            }

            Advance();
            Grow(ref grown);
            left = new BinaryExpression(op, left, ParseMultiplicative()) { Position = Pos(start) };
        }
    }

    private Expression ParseMultiplicative()
    {
        var start = Current;
        var left = ParsePower();
        var grown = 0;
        while (true)
        {
            BinaryOperator op;
            if (IsSymbol("*"))
            {
                op = BinaryOperator.Multiply;
            }
            else if (IsSymbol("/"))
            {
                op = BinaryOperator.Divide;
            }
            else if (IsSymbol("%"))
            {
                op = BinaryOperator.Modulo;
            }
            else
            {
                _depth -= grown;
                return left;
            }

            Advance();
            Grow(ref grown);
            left = new BinaryExpression(op, left, ParsePower()) { Position = Pos(start) };
        }
    }

    /// <summary><c>^</c> is left-associative and binds looser than unary minus: <c>-2^2</c> is 4, as in Neo4j.</summary>
    private Expression ParsePower()
    {
        var start = Current;
        var left = ParseUnary();
        var grown = 0;
        while (AcceptSymbol("^"))
        {
            Grow(ref grown);
            left = new BinaryExpression(BinaryOperator.Power, left, ParseUnary()) { Position = Pos(start) };
        }

        _depth -= grown;
        return left;
    }

    private Expression ParseUnary()
    {
        var start = Current;
        if (IsSymbol("-") && PeekToken(1).Kind == TokenKind.Integer)
        {
            // Folded so that -9223372036854775808 (whose magnitude alone overflows) is a valid literal.
            Advance();
            var token = Advance();
            var magnitude = IntegerMagnitude(token, negated: true);
            var literal = new LiteralExpression(magnitude == 1UL << 63 ? long.MinValue : -(long)magnitude) { Position = Pos(start) };
            return ParsePostfixRest(literal, start);
        }

        if (IsSymbol("-") || IsSymbol("+"))
        {
            var op = Advance().Text == "-" ? UnaryOperator.Negate : UnaryOperator.Plus;
            Enter();
            try
            {
                return new UnaryExpression(op, ParseUnary()) { Position = Pos(start) };
            }
            finally
            {
                Exit();
            }
        }

        return ParsePostfixExpression();
    }

    /// <summary>An atom followed by property lookups, indexing, slicing and label predicates.</summary>
    private Expression ParsePostfixExpression()
    {
        var start = Current;
        return ParsePostfixRest(ParseAtom(), start);
    }

    private Expression ParsePostfixRest(Expression target, Token start)
    {
        var grown = 0;
        while (true)
        {
            if (IsSymbol(".") || IsSymbol("[") || IsSymbol(":"))
            {
                Grow(ref grown);
            }

            if (IsSymbol(".") && PeekToken(1).IsName)
            {
                Advance();
                target = new PropertyExpression(target, Advance().Text) { Position = Pos(start) };
            }
            else if (IsSymbol("["))
            {
                target = ParseIndexOrSlice(target, start);
            }
            else if (IsSymbol(":") && PeekToken(1).IsName)
            {
                target = new HasLabelsExpression(target, ParseLabelList()) { Position = Pos(start) };
            }
            else
            {
                _depth -= grown;
                return target;
            }
        }
    }

    /// <summary>Each link of an operator chain deepens the tree like a nesting level does, so long chains are bounded too.</summary>
    private void Grow(ref int grown)
    {
        Enter();
        grown++;
    }

    private Expression ParseIndexOrSlice(Expression target, Token start)
    {
        Advance();
        Expression? from = null;
        if (!IsSymbol(".."))
        {
            from = ParseExpression();
            if (AcceptSymbol("]"))
            {
                return new IndexExpression(target, from) { Position = Pos(start) };
            }
        }

        ExpectSymbol("..");
        var to = IsSymbol("]") ? null : ParseExpression();
        ExpectSymbol("]");
        return new SliceExpression(target, from, to) { Position = Pos(start) };
    }
}
