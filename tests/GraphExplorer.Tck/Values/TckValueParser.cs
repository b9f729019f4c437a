using System.Globalization;
using System.Text;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Tck.Values;

/// <summary>
/// Parses a value written in the TCK's result syntax into a port value: <c>long</c>, <c>double</c>,
/// <c>string</c>, <c>bool</c>, <c>null</c>, lists, maps, and graph elements without identity
/// (<see cref="GraphNode"/>, <see cref="GraphRelationship"/>, <see cref="GraphPath"/> with synthetic ids).
/// </summary>
internal sealed class TckValueParser
{
    private readonly string _text;
    private int _position;
    private int _nextId;

    private TckValueParser(string text)
    {
        _text = text;
    }

    /// <summary>Parses one whole value.</summary>
    /// <exception cref="FormatException">The text is not one TCK value.</exception>
    public static object? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new TckValueParser(text);
        var value = parser.ParseValue();
        parser.SkipWhitespace();
        if (parser._position != text.Length)
        {
            throw parser.Error("unexpected text after the value");
        }

        return value;
    }

    private object? ParseValue()
    {
        SkipWhitespace();
        if (AtEnd)
        {
            throw Error("a value was expected");
        }

        return Current switch
        {
            '(' => ParseNode(),
            '[' when PeekNonWhitespace(1) == ':' => ParseRelationship(),
            '[' => ParseList(),
            '{' => ParseMap(),
            '<' => ParsePath(),
            '\'' or '"' => ParseString(),
            _ => ParseWordOrNumber(),
        };
    }

    private List<object?> ParseList()
    {
        Expect('[');
        var items = new List<object?>();
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return items;
        }

        do
        {
            items.Add(ParseValue());
            SkipWhitespace();
        }
        while (TryConsume(','));
        Expect(']');
        return items;
    }

    private Dictionary<string, object?> ParseMap()
    {
        Expect('{');
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return map;
        }

        do
        {
            SkipWhitespace();
            var key = ParseName();
            SkipWhitespace();
            Expect(':');
            map[key] = ParseValue();
            SkipWhitespace();
        }
        while (TryConsume(','));
        Expect('}');
        return map;
    }

    private GraphNode ParseNode()
    {
        Expect('(');
        var labels = new List<string>();
        SkipWhitespace();
        while (TryConsume(':'))
        {
            labels.Add(ParseName());
            SkipWhitespace();
        }

        var properties = Current == '{' ? ParseMap() : [];
        SkipWhitespace();
        Expect(')');
        return new GraphNode($"tck-node-{_nextId++}", labels, properties);
    }

    private GraphRelationship ParseRelationship(string start = "", string end = "")
    {
        Expect('[');
        SkipWhitespace();
        Expect(':');
        var type = ParseName();
        SkipWhitespace();
        var properties = Current == '{' ? ParseMap() : [];
        SkipWhitespace();
        Expect(']');
        return new GraphRelationship($"tck-rel-{_nextId++}", type, start, end, properties);
    }

    private GraphPath ParsePath()
    {
        Expect('<');
        SkipWhitespace();
        var nodes = new List<GraphNode> { ParseNode() };
        var relationships = new List<GraphRelationship>();
        SkipWhitespace();
        while (!AtEnd && Current != '>')
        {
            var backwards = TryConsume('<');
            Expect('-');
            SkipWhitespace();
            var relationship = ParseRelationship();
            SkipWhitespace();
            Expect('-');
            var forwards = TryConsume('>');
            if (backwards == forwards)
            {
                throw Error("a path step needs exactly one direction");
            }

            SkipWhitespace();
            var next = ParseNode();
            var previous = nodes[^1];
            relationships.Add(forwards
                ? relationship with { StartElementId = previous.ElementId, EndElementId = next.ElementId }
                : relationship with { StartElementId = next.ElementId, EndElementId = previous.ElementId });
            nodes.Add(next);
            SkipWhitespace();
        }

        Expect('>');
        return new GraphPath(nodes, relationships);
    }

    private string ParseString()
    {
        var quote = Current;
        _position++;
        var builder = new StringBuilder();
        while (!AtEnd && Current != quote)
        {
            var c = Current;
            _position++;
            if (c != '\\' || AtEnd)
            {
                builder.Append(c);
                continue;
            }

            var escaped = Current;
            _position++;
            switch (escaped)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u' when _position + 4 <= _text.Length:
                    builder.Append((char)int.Parse(_text.AsSpan(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _position += 4;
                    break;
                default: builder.Append(escaped); break;
            }
        }

        Expect(quote);
        return builder.ToString();
    }

    private object? ParseWordOrNumber()
    {
        var start = _position;
        while (!AtEnd && (char.IsLetterOrDigit(Current) || Current is '.' or '-' or '+' or '_'))
        {
            // An exponent sign belongs to the number; any other sign after the first character ends the word.
            if (Current is '-' or '+' && _position > start && _text[_position - 1] is not ('e' or 'E'))
            {
                break;
            }

            _position++;
        }

        var word = _text[start.._position];
        switch (word)
        {
            case "null": return null;
            case "true": return true;
            case "false": return false;
            case "NaN": return double.NaN;
            case "Inf" or "+Inf": return double.PositiveInfinity;
            case "-Inf": return double.NegativeInfinity;
            default: break;
        }

        if (word.Length > 0 && !word.Contains('.', StringComparison.Ordinal) && !word.Contains('e', StringComparison.OrdinalIgnoreCase)
            && long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (word.Length > 0 && (char.IsDigit(word[^1]) || word[^1] == '.')
            && double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        _position = start;
        throw Error("a value was expected");
    }

    private string ParseName()
    {
        SkipWhitespace();
        if (TryConsume('`'))
        {
            var close = _text.IndexOf('`', _position);
            if (close < 0)
            {
                throw Error("unclosed backtick");
            }

            var quoted = _text[_position..close];
            _position = close + 1;
            return quoted;
        }

        var start = _position;
        while (!AtEnd && (char.IsLetterOrDigit(Current) || Current == '_'))
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : throw Error("a name was expected");
    }

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    private char? PeekNonWhitespace(int offset)
    {
        for (var i = _position + offset; i < _text.Length; i++)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                return _text[i];
            }
        }

        return null;
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            _position++;
        }
    }

    private bool TryConsume(char c)
    {
        if (!AtEnd && Current == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw Error($"'{c}' was expected");
        }
    }

    private FormatException Error(string what) =>
        new($"Invalid TCK value at offset {_position}: {what} in «{_text}».");
}
