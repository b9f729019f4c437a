using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Parsing;

/// <summary>Atoms introduced by a word: literals, CASE, count(*), subqueries, quantifiers, reduce, calls, map projections; and list-like atoms.</summary>
internal sealed partial class StatementParser
{
    private Expression? ParseKeywordAtom()
    {
        var start = Current;
        var next = PeekToken(1);
        if (IsKeyword("TRUE") || IsKeyword("FALSE"))
        {
            return new LiteralExpression(Advance().Text.Equals("TRUE", StringComparison.OrdinalIgnoreCase));
        }

        if (AcceptKeyword("NULL"))
        {
            return new LiteralExpression(null);
        }

        if (IsKeyword("CASE"))
        {
            return ParseCase();
        }

        if (next.IsSymbol("{") && (IsKeyword("EXISTS") || IsKeyword("COUNT") || IsKeyword("COLLECT")))
        {
            var kind = IsKeyword("EXISTS") ? SubqueryKind.Exists : IsKeyword("COUNT") ? SubqueryKind.Count : SubqueryKind.Collect;
            Advance();
            return new SubqueryExpression(kind, ParseSubqueryBody(kind)) { Position = Pos(start) };
        }

        if (!next.IsSymbol("("))
        {
            return null;
        }

        if (IsKeyword("COUNT") && PeekToken(2).IsSymbol("*") && PeekToken(3).IsSymbol(")"))
        {
            _index += 4;
            return new CountStarExpression { Position = Pos(start) };
        }

        if (PeekToken(2).IsName && IsKeywordAt(3, "IN"))
        {
            Quantifier? quantifier = Current.Text.ToUpperInvariant() switch
            {
                "ALL" => Quantifier.All,
                "ANY" => Quantifier.Any,
                "NONE" => Quantifier.None,
                "SINGLE" => Quantifier.Single,
                _ => null,
            };
            if (quantifier is { } q)
            {
                _index += 2;
                var variable = Advance().Text;
                Advance();
                var source = ParseExpression();
                var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
                ExpectSymbol(")");
                return new QuantifierExpression(q, variable, source, where) { Position = Pos(start) };
            }
        }

        if (IsKeyword("REDUCE") && PeekToken(2).IsName && PeekToken(3).IsSymbol("="))
        {
            _index += 2;
            var accumulator = Advance().Text;
            Advance();
            var initial = ParseExpression();
            ExpectSymbol(",");
            var variable = ExpectName("a variable name");
            ExpectKeyword("IN");
            var source = ParseExpression();
            ExpectSymbol("|");
            var body = ParseExpression();
            ExpectSymbol(")");
            return new ReduceExpression(accumulator, initial, variable, source, body) { Position = Pos(start) };
        }

        return null;
    }

    private CaseExpression ParseCase()
    {
        var start = ExpectKeyword("CASE");
        var subject = IsKeyword("WHEN") ? null : ParseExpression();
        var alternatives = new List<CaseAlternative>();
        while (IsKeyword("WHEN"))
        {
            var whenToken = Advance();
            var when = ParseExpression();
            ExpectKeyword("THEN");
            alternatives.Add(new CaseAlternative(when, ParseExpression()) { Position = Pos(whenToken) });
        }

        if (alternatives.Count == 0)
        {
            throw Fail("'WHEN'");
        }

        var otherwise = AcceptKeyword("ELSE") ? ParseExpression() : null;
        if (!IsKeyword("END"))
        {
            throw Fail(otherwise is null ? "'WHEN', 'ELSE' or 'END'" : "'END'");
        }

        Advance();
        return new CaseExpression(subject, alternatives, otherwise) { Position = Pos(start) };
    }

    /// <summary>
    /// The braces of EXISTS/COUNT/COLLECT: a full query, or (EXISTS and COUNT) the short form
    /// <c>pattern [WHERE …]</c>, normalised to one MATCH clause.
    /// </summary>
    private QueryStatement ParseSubqueryBody(SubqueryKind kind)
    {
        var brace = ExpectSymbol("{");
        var start = Current;
        QueryStatement query;
        var shortForm = kind != SubqueryKind.Collect && (IsSymbol("(") || (Current.IsName && PeekToken(1).IsSymbol("=")));
        if (shortForm)
        {
            Enter();
            try
            {
                var pattern = ParsePattern();
                var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
                var match = new MatchClause(false, pattern, where) { Position = Pos(start) };
                query = new QueryStatement([new SingleQuery([match]) { Position = Pos(start) }], []) { Position = Pos(start) };
            }
            finally
            {
                Exit();
            }
        }
        else
        {
            query = ParseQuery();
        }

        if (!IsSymbol("}"))
        {
            throw Fail(shortForm ? "WHERE or '}'" : "a clause or '}'");
        }

        Advance();
        return query with { Position = Pos(brace) };
    }

    /// <summary>A variable, a function call (<c>name(…)</c>, <c>ns.name(…)</c>) or a map projection (<c>n {.a}</c>).</summary>
    private Expression ParseNamedAtom()
    {
        var start = Current;
        var lookahead = _index + 1;
        while (_tokens[lookahead].IsSymbol(".") && _tokens[lookahead + 1].IsName)
        {
            lookahead += 2;
        }

        if (_tokens[lookahead].IsSymbol("("))
        {
            var name = ParseDottedName("a function name");
            return ParseFunctionCallRest(name, start);
        }

        var variable = Advance().Text;
        if (IsSymbol("{"))
        {
            return ParseMapProjectionRest(variable, start);
        }

        return new VariableExpression(variable) { Position = Pos(start) };
    }

    private FunctionCallExpression ParseFunctionCallRest(string name, Token start)
    {
        ExpectSymbol("(");
        var distinct = AcceptKeyword("DISTINCT");
        if (!distinct)
        {
            AcceptKeyword("ALL");
        }

        var arguments = new List<Expression>();
        if (!IsSymbol(")"))
        {
            arguments.AddRange(ParseExpressionList());
        }

        if (!IsSymbol(")"))
        {
            throw Fail("',' or ')'");
        }

        Advance();
        return new FunctionCallExpression(name, distinct, arguments) { Position = Pos(start) };
    }

    private MapProjectionExpression ParseMapProjectionRest(string variable, Token start)
    {
        ExpectSymbol("{");
        var items = new List<MapProjectionItem>();
        if (!IsSymbol("}"))
        {
            do
            {
                var itemStart = Current;
                MapProjectionItem item;
                if (AcceptSymbol("."))
                {
                    item = AcceptSymbol("*") ? new AllPropertiesSelector() : new PropertySelector(ExpectName("a property key name or '*'"));
                }
                else if (Current.IsName && PeekToken(1).IsSymbol(":"))
                {
                    var key = Advance().Text;
                    Advance();
                    item = new LiteralEntry(key, ParseExpression());
                }
                else
                {
                    item = new VariableSelector(ExpectName("'.', a property key name or a variable"));
                }

                items.Add(item with { Position = Pos(itemStart) });
            }
            while (AcceptSymbol(","));
        }

        ExpectSymbol("}");
        return new MapProjectionExpression(variable, items) { Position = Pos(start) };
    }

    /// <summary><c>[…]</c>: a list literal, a list comprehension or a pattern comprehension.</summary>
    private Expression ParseListLike()
    {
        var start = ExpectSymbol("[");
        if (Current.IsName && IsKeywordAt(1, "IN"))
        {
            var variable = Advance().Text;
            Advance();
            var source = ParseExpression();
            var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
            var projection = AcceptSymbol("|") ? ParseExpression() : null;
            ExpectSymbol("]");
            return new ListComprehensionExpression(variable, source, where, projection) { Position = Pos(start) };
        }

        var namedPath = Current.IsName && PeekToken(1).IsSymbol("=") && PeekToken(2).IsSymbol("(") && IsPatternAhead(_index + 2);
        if (namedPath || (IsSymbol("(") && IsPatternAhead(_index)))
        {
            string? pathVariable = null;
            if (namedPath)
            {
                pathVariable = Advance().Text;
                Advance();
            }

            var element = ParsePatternElement();
            var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
            ExpectSymbol("|");
            var projection = ParseExpression();
            ExpectSymbol("]");
            return new PatternComprehensionExpression(pathVariable, element, where, projection) { Position = Pos(start) };
        }

        var items = new List<Expression>();
        if (!IsSymbol("]"))
        {
            items.AddRange(ParseExpressionList());
        }

        if (!IsSymbol("]"))
        {
            throw Fail("',' or ']'");
        }

        Advance();
        return new ListExpression(items) { Position = Pos(start) };
    }
}
