namespace GraphExplorer.Graph.Errors;

/// <summary>A place in a statement's text: zero-based offset, one-based line and column.</summary>
public readonly record struct TextPosition(int Offset, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}, column {Column} (offset: {Offset})";
}
