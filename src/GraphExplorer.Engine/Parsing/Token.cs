namespace GraphExplorer.Engine.Parsing;

/// <summary>The kinds of token the lexer produces; keywords are plain identifiers (Cypher keywords are contextual).</summary>
internal enum TokenKind
{
    /// <summary>A word: a keyword or a name.</summary>
    Identifier,

    /// <summary>A backtick-quoted name; never a keyword.</summary>
    QuotedIdentifier,

    /// <summary>A string literal; <see cref="Token.Value"/> holds the unescaped text.</summary>
    String,

    /// <summary>An integer literal; the parser converts <see cref="Token.Text"/> so that <c>-9223372036854775808</c> works.</summary>
    Integer,

    /// <summary>A floating-point literal; <see cref="Token.Value"/> holds the double.</summary>
    Float,

    /// <summary>Something that starts like a number but is not one (<c>0x</c>, <c>12ab</c>); an error only where a literal is expected.</summary>
    InvalidNumber,

    /// <summary><c>$name</c> or <c>$0</c>; <see cref="Token.Value"/> holds the name.</summary>
    Parameter,

    /// <summary>Punctuation or an operator; <see cref="Token.Text"/> is the symbol.</summary>
    Symbol,

    /// <summary>The end of the text.</summary>
    End,
}

/// <summary>One token: its kind, its source text and the offsets where it starts and ends.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, object? Value, int Start, int End)
{
    /// <summary>Whether this is the (case-insensitive) keyword <paramref name="keyword"/>.</summary>
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this is the symbol <paramref name="symbol"/>.</summary>
    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    /// <summary>Whether this token can name something (a variable, label, key, …).</summary>
    public bool IsName => Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier;
}
