using System.Runtime.CompilerServices;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Parsing;

/// <summary>Recursive-descent parser over the token list of one statement. Not thread-safe; one instance per parse.</summary>
internal sealed partial class StatementParser
{
    /// <summary>How deeply expressions, patterns and subqueries may nest before the statement is refused.</summary>
    public const int MaxNesting = 500;

    private readonly SourceText _source;
    private readonly List<Token> _tokens;
    private int _index;
    private int _depth;

    public StatementParser(SourceText source, List<Token> tokens)
    {
        _source = source;
        _tokens = tokens;
    }

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    /// <summary>The end offset of the last consumed token (for source slices such as projection texts).</summary>
    private int LastEnd => _index == 0 ? 0 : _tokens[_index - 1].End;

    /// <summary>Parses the whole statement; the text must be fully consumed.</summary>
    public ParsedStatement ParseStatement()
    {
        var mode = ExecutionMode.Normal;
        if (AcceptKeyword("EXPLAIN"))
        {
            mode = ExecutionMode.Explain;
        }
        else if (AcceptKeyword("PROFILE"))
        {
            mode = ExecutionMode.Profile;
        }

        if (Current.Kind == TokenKind.End)
        {
            throw Fail("a statement");
        }

        var body = ParseSchemaCommand() ?? ParseQuery();
        AcceptSymbol(";");
        if (Current.Kind != TokenKind.End)
        {
            throw Fail(ExpectedAfterStatement());
        }

        return new ParsedStatement(mode, body, _source.Text);
    }

    private static string ExpectedAfterStatement() => "a clause, UNION or the end of the statement";

    private Token Advance()
    {
        var token = Current;
        if (token.Kind != TokenKind.End)
        {
            _index++;
        }

        return token;
    }

    private TextPosition Pos(Token token) => _source.PositionOf(token.Start);

    private TextPosition CurrentPos => Pos(Current);

    private bool IsKeyword(string keyword) => Current.IsKeyword(keyword);

    private bool IsKeywordAt(int ahead, string keyword) => PeekToken(ahead).IsKeyword(keyword);

    private bool IsSymbol(string symbol) => Current.IsSymbol(symbol);

    private bool AcceptKeyword(string keyword)
    {
        if (!IsKeyword(keyword))
        {
            return false;
        }

        _index++;
        return true;
    }

    private bool AcceptSymbol(string symbol)
    {
        if (!IsSymbol(symbol))
        {
            return false;
        }

        _index++;
        return true;
    }

    private Token ExpectKeyword(string keyword)
    {
        if (!IsKeyword(keyword))
        {
            throw Fail($"'{keyword}'");
        }

        return Advance();
    }

    private Token ExpectSymbol(string symbol)
    {
        if (!IsSymbol(symbol))
        {
            throw Fail($"'{symbol}'");
        }

        return Advance();
    }

    /// <summary>A name (variable, label, key, …): a word or a backtick-quoted name; keywords are allowed as names.</summary>
    private string ExpectName(string what)
    {
        if (!Current.IsName)
        {
            throw Fail(what);
        }

        return Advance().Text;
    }

    /// <summary>The syntax error for unexpected input at the current token.</summary>
    private CypherException Fail(string expected) => FailAt(Current, expected);

    private CypherException FailAt(Token token, string expected)
    {
        var found = token.Kind == TokenKind.End ? string.Empty : FirstWord(token);
        return _source.Error(token.Start, $"Invalid input '{found}': expected {expected}");
    }

    private string FirstWord(Token token)
    {
        var length = Math.Min(token.End - token.Start, 60);
        return _source.Text.Substring(token.Start, length);
    }

    /// <summary>Guards recursion: every nesting construct enters here so deep input gives a SyntaxError, not a stack overflow.</summary>
    private void Enter()
    {
        _depth++;
        if (_depth > MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw _source.Error(Current.Start, "Invalid input: the statement nests too deeply", SyntaxErrors.NestingTooDeep);
        }
    }

    private void Exit() => _depth--;
}
