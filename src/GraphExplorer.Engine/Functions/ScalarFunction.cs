namespace GraphExplorer.Engine.Functions;

/// <summary>A scalar function of already evaluated arguments (the count is checked when the statement is compiled).</summary>
internal delegate object? ScalarFunction(IReadOnlyList<object?> arguments);
