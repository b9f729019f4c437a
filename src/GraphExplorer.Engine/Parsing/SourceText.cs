using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Parsing;

/// <summary>A statement's text with an index of line starts, so offsets map to line and column cheaply.</summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = [0];

    public SourceText(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The line and column (both one-based) of <paramref name="offset"/>.</summary>
    public TextPosition PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new TextPosition(offset, line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>A SyntaxError at <paramref name="offset"/>, its message ending with the position as Neo4j writes it.</summary>
    public CypherException Error(int offset, string message, string detail = SyntaxErrors.UnexpectedSyntax)
    {
        var position = PositionOf(offset);
        return new CypherException(StatusCodes.SyntaxError, $"{message} ({position})", ErrorPhase.Compile, detail, position);
    }
}
