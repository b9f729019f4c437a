using System.Globalization;
using System.Text;

namespace GraphExplorer.Engine.Parsing;

/// <summary>Splits statement text into tokens, skipping whitespace and comments. Not thread-safe; one instance per text.</summary>
internal sealed class CypherLexer
{
    // All two characters long; arrows are not symbols of their own ("<-", "->"), so `a<-1` stays a comparison.
    private static readonly string[] MultiCharSymbols = ["..", "<=", ">=", "<>", "!=", "=~", "+=", "||"];
    private const string SingleCharSymbols = "()[]{},.:;|+-*/%^=<>&!?";
    private static readonly string[] SingleCharSymbolTexts = SingleCharSymbols.Select(c => c.ToString()).ToArray();

    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<Token> _tokens = [];
    private int _pos;

    private CypherLexer(SourceText source)
    {
        _source = source;
        _text = source.Text;
    }

    /// <summary>All tokens of <paramref name="source"/>, ending with one <see cref="TokenKind.End"/> token.</summary>
    public static List<Token> Tokenize(SourceText source)
    {
        var lexer = new CypherLexer(source);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                _tokens.Add(new Token(TokenKind.End, string.Empty, null, _text.Length, _text.Length));
                return;
            }

            _tokens.Add(Next());
        }
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                _pos++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw _source.Error(_pos, "Failed to parse comment. A comment starting with '/*' must also have a closing '*/'.");
                }

                _pos = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private char Peek(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private Token Next()
    {
        var start = _pos;
        var c = _text[_pos];
        if (IsIdentifierStart(c))
        {
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
            {
                _pos++;
            }

            return new Token(TokenKind.Identifier, _text[start.._pos], null, start, _pos);
        }

        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1)) && !PreviousEndsValue()))
        {
            return Number();
        }

        switch (c)
        {
            case '\'' or '"':
                return StringLiteral(c);
            case '`':
                var name = QuotedName();
                return new Token(TokenKind.QuotedIdentifier, name, null, start, _pos);
            case '$':
                return ParameterToken();
        }

        foreach (var symbol in MultiCharSymbols)
        {
            if (symbol[0] == c && _pos + 1 < _text.Length && _text[_pos + 1] == symbol[1])
            {
                _pos += symbol.Length;
                return new Token(TokenKind.Symbol, symbol, null, start, _pos);
            }
        }

        var symbolIndex = SingleCharSymbols.IndexOf(c, StringComparison.Ordinal);
        if (symbolIndex >= 0)
        {
            _pos++;
            return new Token(TokenKind.Symbol, SingleCharSymbolTexts[symbolIndex], null, start, _pos);
        }

        if (char.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation)
        {
            throw _source.Error(start, $"Invalid input '{Describe(c)}': only the ASCII hyphen '-' is a minus sign or an arrow", SyntaxErrors.InvalidUnicodeCharacter);
        }

        throw _source.Error(start, $"Invalid input '{Describe(c)}'");
    }

    private bool PreviousEndsValue()
    {
        if (_tokens.Count == 0)
        {
            return false;
        }

        // `.5` right after a value (n.5) is a dot, not a float; after a blank (RETURN .5) it is a float.
        var previous = _tokens[^1];
        return previous.End == _pos && (previous.IsName || previous.Kind == TokenKind.Parameter || previous.IsSymbol(")") || previous.IsSymbol("]") || previous.IsSymbol("}"));
    }

    private static string Describe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString();

    internal static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    internal static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private Token Number()
    {
        var start = _pos;
        var isFloat = false;
        var valid = true;
        if (_text[_pos] == '0' && (Peek(1) is 'x' or 'X' or 'o' or 'O'))
        {
            var hex = Peek(1) is 'x' or 'X';
            _pos += 2;
            var digitsStart = _pos;
            while (_pos < _text.Length && (hex ? char.IsAsciiHexDigit(_text[_pos]) : _text[_pos] is >= '0' and <= '7'))
            {
                _pos++;
            }

            valid = _pos > digitsStart;
        }
        else
        {
            SkipDigits();
            if (_pos < _text.Length && _text[_pos] == '.' && char.IsAsciiDigit(Peek(1)))
            {
                isFloat = true;
                _pos++;
                SkipDigits();
            }

            if (_pos < _text.Length && _text[_pos] is 'e' or 'E')
            {
                var save = _pos;
                _pos++;
                if (_pos < _text.Length && _text[_pos] is '+' or '-')
                {
                    _pos++;
                }

                if (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
                {
                    isFloat = true;
                    SkipDigits();
                }
                else
                {
                    _pos = save;
                }
            }
        }

        // Letters glued to a number (12ab, 0x1G) make the whole word an invalid number.
        if (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
        {
            valid = false;
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
            {
                _pos++;
            }
        }

        var text = _text[start.._pos];
        if (!valid)
        {
            return new Token(TokenKind.InvalidNumber, text, null, start, _pos);
        }

        if (isFloat)
        {
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            return new Token(TokenKind.Float, text, value, start, _pos);
        }

        return new Token(TokenKind.Integer, text, null, start, _pos);
    }

    private void SkipDigits()
    {
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }
    }

    private Token StringLiteral(char quote)
    {
        var start = _pos;
        _pos++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw _source.Error(start, "Failed to parse string literal. The query must contain an even number of non-escaped quotes.");
            }

            var c = _text[_pos];
            if (c == quote)
            {
                _pos++;
                return new Token(TokenKind.String, _text[start.._pos], builder.ToString(), start, _pos);
            }

            if (c != '\\')
            {
                builder.Append(c);
                _pos++;
                continue;
            }

            var escape = Peek(1);
            _pos += 2;
            switch (escape)
            {
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 'f': builder.Append('\f'); break;
                case '\'': builder.Append('\''); break;
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'u': builder.Append(UnicodeEscape(4)); break;
                case 'U': builder.Append(UnicodeEscape(8)); break;
                case '\0' when _pos > _text.Length:
                    throw _source.Error(start, "Failed to parse string literal. The query must contain an even number of non-escaped quotes.");
                default:
                    // Neo4j keeps an unknown escape as written.
                    builder.Append('\\').Append(escape);
                    break;
            }
        }
    }

    private string UnicodeEscape(int digits)
    {
        var escapeStart = _pos - 2;
        if (_pos + digits > _text.Length
            || !int.TryParse(_text.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code < 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF && digits == 8))
        {
            throw _source.Error(escapeStart, $"Invalid input '{_text.Substring(escapeStart, Math.Min(digits + 2, _text.Length - escapeStart))}': invalid unicode literal", SyntaxErrors.InvalidUnicodeLiteral);
        }

        _pos += digits;
        return code <= 0xFFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code);
    }

    private string QuotedName()
    {
        var start = _pos;
        _pos++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw _source.Error(start, "Failed to parse quoted name. A name starting with '`' must also end with '`'.");
            }

            if (_text[_pos] == '`')
            {
                if (Peek(1) == '`')
                {
                    builder.Append('`');
                    _pos += 2;
                    continue;
                }

                _pos++;
                return builder.ToString();
            }

            builder.Append(_text[_pos]);
            _pos++;
        }
    }

    private Token ParameterToken()
    {
        var start = _pos;
        _pos++;
        string name;
        if (_pos < _text.Length && _text[_pos] == '`')
        {
            name = QuotedName();
        }
        else if (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
        {
            var nameStart = _pos;
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
            {
                _pos++;
            }

            name = _text[nameStart.._pos];
        }
        else
        {
            throw _source.Error(_pos, $"Invalid input '{(_pos < _text.Length ? Describe(_text[_pos]) : string.Empty)}': expected a parameter name");
        }

        return new Token(TokenKind.Parameter, _text[start.._pos], name, start, _pos);
    }
}
