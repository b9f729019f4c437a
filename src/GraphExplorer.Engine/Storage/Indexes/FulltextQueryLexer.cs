using System.Text;

namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>The kinds of token in Lucene's classic query syntax.</summary>
internal enum FulltextTokenKind
{
    /// <summary>End of the query.</summary>
    End = 1,

    /// <summary>A bare word (<see cref="FulltextToken.Text"/> unescaped; unescaped wildcards as <see cref="FulltextQueryLexer.AnyRun"/> / <see cref="FulltextQueryLexer.AnyOne"/>).</summary>
    Word,

    /// <summary>A quoted phrase.</summary>
    Quoted,

    /// <summary><c>AND</c> or <c>&amp;&amp;</c>.</summary>
    And,

    /// <summary><c>OR</c> or <c>||</c>.</summary>
    Or,

    /// <summary><c>NOT</c> or <c>!</c>.</summary>
    Not,

    /// <summary><c>+</c>.</summary>
    Plus,

    /// <summary><c>-</c>.</summary>
    Minus,

    /// <summary><c>(</c>.</summary>
    Open,

    /// <summary><c>)</c>.</summary>
    Close,

    /// <summary><c>:</c>.</summary>
    Colon,

    /// <summary><c>^</c> with its number in <see cref="FulltextToken.Text"/>.</summary>
    Boost,

    /// <summary><c>~</c> with its number (or nothing) in <see cref="FulltextToken.Text"/>.</summary>
    Tilde,
}

/// <summary>One token of a fulltext query; <see cref="Column"/> counts from 1.</summary>
internal readonly record struct FulltextToken(FulltextTokenKind Kind, string Text, int Column, bool HasWildcard = false);

/// <summary>Splits a fulltext query into tokens, as Lucene's classic query parser reads it (backslash escapes any character). Not thread-safe (one per parse).</summary>
internal sealed class FulltextQueryLexer
{
    /// <summary>Stands for an unescaped <c>*</c> inside a word (a private-use character, never produced by the analyzer).</summary>
    public const char AnyRun = '\uE000';

    /// <summary>Stands for an unescaped <c>?</c> inside a word.</summary>
    public const char AnyOne = '\uE001';

    private const string Special = "+-!():^[]\"{}~*?\\/";

    private readonly string _query;
    private int _position;

    public FulltextQueryLexer(string query) => _query = query;

    /// <summary>Reads every token, ending with <see cref="FulltextTokenKind.End"/>.</summary>
    public List<FulltextToken> Tokens()
    {
        var tokens = new List<FulltextToken>();
        while (true)
        {
            while (_position < _query.Length && char.IsWhiteSpace(_query[_position]))
            {
                _position++;
            }

            if (_position >= _query.Length)
            {
                tokens.Add(new FulltextToken(FulltextTokenKind.End, "", _query.Length + 1));
                return tokens;
            }

            tokens.Add(Next());
        }
    }

    private FulltextToken Next()
    {
        var start = _position;
        var c = _query[_position];
        var two = _position + 1 < _query.Length ? _query.Substring(_position, 2) : "";
        switch (c)
        {
            case '&' when two == "&&":
                _position += 2;
                return new(FulltextTokenKind.And, two, start + 1);
            case '|' when two == "||":
                _position += 2;
                return new(FulltextTokenKind.Or, two, start + 1);
            case '+' or '-' or '!' or '(' or ')' or ':':
                _position++;
                return new(c switch
                {
                    '+' => FulltextTokenKind.Plus,
                    '-' => FulltextTokenKind.Minus,
                    '!' => FulltextTokenKind.Not,
                    '(' => FulltextTokenKind.Open,
                    ')' => FulltextTokenKind.Close,
                    _ => FulltextTokenKind.Colon,
                }, c.ToString(), start + 1);
            case '"':
                return Quoted();
            case '^':
                _position++;
                return new(FulltextTokenKind.Boost, Number() ?? throw Error(start + 2, "a number expected after '^'"), start + 1);
            case '~':
                _position++;
                var slop = Number();
                if (slop is null && _position < _query.Length && !char.IsWhiteSpace(_query[_position]) && !Special.Contains(_query[_position], StringComparison.Ordinal))
                {
                    throw Error(_position + 1, "a number (the edit distance) or nothing expected after '~'");
                }

                return new(FulltextTokenKind.Tilde, slop ?? "", start + 1);
            case '[' or '{':
                throw Error(start + 1, "range queries ([a TO b]) are not supported");
            case '/':
                throw Error(start + 1, "regular expression queries (/…/) are not supported");
            case ']' or '}':
                throw Error(start + 1, $"unexpected '{c}'");
            default:
                return Word();
        }
    }

    private FulltextToken Word()
    {
        var start = _position;
        var text = new StringBuilder();
        var wildcard = false;
        while (_position < _query.Length)
        {
            var c = _query[_position];
            if (c == '\\')
            {
                if (_position + 1 >= _query.Length)
                {
                    throw Error(_position + 1, "a character expected after the escape '\\'");
                }

                text.Append(_query[_position + 1]);
                _position += 2;
                continue;
            }

            if (c is '*' or '?')
            {
                text.Append(c == '*' ? AnyRun : AnyOne);
                wildcard = true;
                _position++;
                continue;
            }

            // '+' and '-' inside a word belong to it (Lucene's _TERM_CHAR), as in "foo-bar".
            if (char.IsWhiteSpace(c) || (Special.Contains(c, StringComparison.Ordinal) && !(c is '+' or '-' && text.Length > 0)))
            {
                break;
            }

            text.Append(c);
            _position++;
        }

        var word = text.ToString();
        var raw = _query[start.._position];
        var kind = raw switch
        {
            "AND" => FulltextTokenKind.And,
            "OR" => FulltextTokenKind.Or,
            "NOT" => FulltextTokenKind.Not,
            _ => FulltextTokenKind.Word,
        };
        return new(kind, word, start + 1, wildcard);
    }

    private FulltextToken Quoted()
    {
        var start = _position;
        _position++;
        var text = new StringBuilder();
        while (_position < _query.Length && _query[_position] != '"')
        {
            if (_query[_position] == '\\' && _position + 1 < _query.Length)
            {
                _position++;
            }

            text.Append(_query[_position]);
            _position++;
        }

        if (_position >= _query.Length)
        {
            throw Error(start + 1, "the phrase is not closed (a '\"' is missing)");
        }

        _position++;
        return new(FulltextTokenKind.Quoted, text.ToString(), start + 1);
    }

    private string? Number()
    {
        var start = _position;
        while (_position < _query.Length && char.IsAsciiDigit(_query[_position]))
        {
            _position++;
        }

        if (_position > start && _position + 1 < _query.Length && _query[_position] == '.' && char.IsAsciiDigit(_query[_position + 1]))
        {
            _position++;
            while (_position < _query.Length && char.IsAsciiDigit(_query[_position]))
            {
                _position++;
            }
        }

        return _position > start ? _query[start.._position] : null;
    }

    private FulltextSyntaxException Error(int column, string problem) => new(_query, column, problem);
}
