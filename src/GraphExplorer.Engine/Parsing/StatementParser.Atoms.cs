using System.Globalization;
using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Parsing;

/// <summary>Atoms: literals, parameters, variables, function calls, CASE, parenthesised expressions and pattern predicates.</summary>
internal sealed partial class StatementParser
{
    private const string ExpectedExpression = "an expression";

    private Expression ParseAtom()
    {
        var start = Current;
        var atom = ParseAtomCore();
        return atom.Position == default ? atom with { Position = Pos(start) } : atom;
    }

    private Expression ParseAtomCore()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
                Advance();
                return new LiteralExpression((long)IntegerMagnitude(token, negated: false));
            case TokenKind.Float:
                Advance();
                if (double.IsInfinity((double)token.Value!))
                {
                    throw _source.Error(token.Start, $"Floating point number is too large: {token.Text}", SyntaxErrors.FloatingPointOverflow);
                }

                return new LiteralExpression(token.Value);
            case TokenKind.InvalidNumber:
                throw _source.Error(token.Start, $"Invalid input '{token.Text}': not a valid number", SyntaxErrors.InvalidNumberLiteral);
            case TokenKind.String:
                Advance();
                return new LiteralExpression(token.Value);
            case TokenKind.Parameter:
                Advance();
                return new ParameterExpression((string)token.Value!);
            case TokenKind.Symbol:
                return ParseSymbolAtom();
            case TokenKind.QuotedIdentifier:
                return ParseNamedAtom();
            case TokenKind.Identifier:
                return ParseKeywordAtom() ?? ParseNamedAtom();
            default:
                throw Fail(ExpectedExpression);
        }
    }

    private Expression ParseSymbolAtom()
    {
        if (IsSymbol("["))
        {
            return ParseListLike();
        }

        if (IsSymbol("{"))
        {
            return ParseMapLiteral();
        }

        if (IsSymbol("("))
        {
            if (IsPatternAhead(_index))
            {
                var start = Current;
                return new PatternPredicateExpression(ParsePatternElement()) { Position = Pos(start) };
            }

            Advance();
            var inner = ParseExpression();
            ExpectSymbol(")");
            return inner;
        }

        throw Fail(ExpectedExpression);
    }

    /// <summary>
    /// Whether the parenthesis at <paramref name="index"/> starts a relationship pattern: its matching
    /// <c>)</c> is followed by <c>--</c>, <c>-[</c> or <c>&lt;-</c>. Linear lookahead instead of backtracking keeps deep input cheap.
    /// </summary>
    private bool IsPatternAhead(int index)
    {
        var depth = 0;
        for (var i = index; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            if (token.Kind == TokenKind.End)
            {
                return false;
            }

            if (token.IsSymbol("(") || token.IsSymbol("[") || token.IsSymbol("{"))
            {
                depth++;
            }
            else if (token.IsSymbol(")") || token.IsSymbol("]") || token.IsSymbol("}"))
            {
                depth--;
                if (depth == 0)
                {
                    if (!token.IsSymbol(")"))
                    {
                        return false;
                    }

                    var next = _tokens[Math.Min(i + 1, _tokens.Count - 1)];
                    var after = _tokens[Math.Min(i + 2, _tokens.Count - 1)];
                    return (next.IsSymbol("-") && (after.IsSymbol("-") || after.IsSymbol("["))) || (next.IsSymbol("<") && after.IsSymbol("-"));
                }
            }
        }

        return false;
    }

    private MapExpression ParseMapLiteral()
    {
        var start = ExpectSymbol("{");
        var entries = new List<KeyValuePair<string, Expression>>();
        if (!IsSymbol("}"))
        {
            do
            {
                var key = ExpectName("a property key name");
                ExpectSymbol(":");
                entries.Add(new(key, ParseExpression()));
            }
            while (AcceptSymbol(","));
        }

        if (!IsSymbol("}"))
        {
            throw Fail("',' or '}'");
        }

        Advance();
        return new MapExpression(entries) { Position = Pos(start) };
    }

    /// <summary>
    /// Converts an integer token (decimal, <c>0x</c> hex or <c>0o</c> octal) to its magnitude; beyond
    /// <see cref="long.MaxValue"/> (or 2^63 when negated) it is a SyntaxError with Detail IntegerOverflow.
    /// </summary>
    private ulong IntegerMagnitude(Token token, bool negated)
    {
        var text = token.Text;
        var radix = 10;
        var digits = text.AsSpan();
        if (text.Length > 1 && text[0] == '0' && text[1] is 'x' or 'X')
        {
            radix = 16;
            digits = digits[2..];
        }
        else if (text.Length > 1 && text[0] == '0' && text[1] is 'o' or 'O')
        {
            radix = 8;
            digits = digits[2..];
        }

        var limit = negated ? 1UL << 63 : long.MaxValue;
        UInt128 value = 0;
        foreach (var c in digits)
        {
            value = (value * (uint)radix) + (uint)HexDigitValue(c);
            if (value > limit)
            {
                var shown = negated ? "-" + text : text;
                throw _source.Error(negated ? token.Start - 1 : token.Start, $"integer is too large: {shown}", SyntaxErrors.IntegerOverflow);
            }
        }

        return (ulong)value;
    }

    private static int HexDigitValue(char c) => int.Parse(c.ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
