namespace GraphExplorer.Core.Scripts;

/// <summary>
/// Splits Cypher scripts (files of statements separated by <c>;</c>) into statements. A semicolon inside a
/// string literal, a backtick-quoted name or a comment does not end a statement. Thread-safe (stateless).
/// </summary>
public static class CypherScript
{
    /// <summary>Reads a script file and splits it into statements.</summary>
    public static async Task<IReadOnlyList<CypherStatement>> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Split(text);
    }

    /// <summary>
    /// Splits <paramref name="script"/> into its statements, each with the line it starts on. Comments and blank
    /// space between statements are dropped; a piece holding only comments is no statement.
    /// </summary>
    public static IReadOnlyList<CypherStatement> Split(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var statements = new List<CypherStatement>();
        var line = 1;
        var start = -1;
        var startLine = 0;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            var next = i + 1 < script.Length ? script[i + 1] : '\0';
            if (c == '\n')
            {
                line++;
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && next == '/')
            {
                i = SkipLineComment(script, i);
            }
            else if (c == '/' && next == '*')
            {
                i = SkipBlockComment(script, i, ref line);
            }
            else if (c == ';')
            {
                if (start >= 0)
                {
                    statements.Add(new CypherStatement(script[start..i].TrimEnd(), startLine));
                    start = -1;
                }

                i++;
            }
            else
            {
                if (start < 0)
                {
                    start = i;
                    startLine = line;
                }

                i = c switch
                {
                    '\'' or '"' => SkipString(script, i, ref line),
                    '`' => SkipQuotedName(script, i, ref line),
                    _ => i + 1,
                };
            }
        }

        if (start >= 0)
        {
            statements.Add(new CypherStatement(script[start..].TrimEnd(), startLine));
        }

        return statements;
    }

    /// <summary>Returns the index of the line break ending the comment at <paramref name="i"/> (or the end).</summary>
    private static int SkipLineComment(string script, int i)
    {
        var end = script.IndexOf('\n', i);
        return end < 0 ? script.Length : end;
    }

    /// <summary>Returns the index just past the <c>*/</c> closing the comment at <paramref name="i"/> (or the end).</summary>
    private static int SkipBlockComment(string script, int i, ref int line)
    {
        var end = script.IndexOf("*/", i + 2, StringComparison.Ordinal);
        var stop = end < 0 ? script.Length : end + 2;
        line += CountLineBreaks(script, i, stop);
        return stop;
    }

    /// <summary>Returns the index just past the string literal opened at <paramref name="i"/>; a backslash escapes the next character.</summary>
    private static int SkipString(string script, int i, ref int line)
    {
        var quote = script[i];
        var j = i + 1;
        while (j < script.Length && script[j] != quote)
        {
            j += script[j] == '\\' ? 2 : 1;
        }

        var stop = Math.Min(j + 1, script.Length);
        line += CountLineBreaks(script, i, stop);
        return stop;
    }

    /// <summary>Returns the index just past the backtick-quoted name opened at <paramref name="i"/>; a doubled backtick stands for one.</summary>
    private static int SkipQuotedName(string script, int i, ref int line)
    {
        var j = i + 1;
        while (j < script.Length)
        {
            if (script[j] == '`')
            {
                if (j + 1 < script.Length && script[j + 1] == '`')
                {
                    j += 2;
                    continue;
                }

                break;
            }

            j++;
        }

        var stop = Math.Min(j + 1, script.Length);
        line += CountLineBreaks(script, i, stop);
        return stop;
    }

    private static int CountLineBreaks(string script, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            if (script[k] == '\n')
            {
                count++;
            }
        }

        return count;
    }
}
