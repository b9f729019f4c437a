using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Parsing;

/// <summary>Queries, UNION and the reading/updating clauses.</summary>
internal sealed partial class StatementParser
{
    private const string ClauseKeywords = "a clause (MATCH, OPTIONAL MATCH, WITH, RETURN, CREATE, MERGE, SET, REMOVE, DELETE, DETACH DELETE, UNWIND, FOREACH, CALL)";

    /// <summary><c>single_query (UNION [ALL] single_query)*</c>.</summary>
    private QueryStatement ParseQuery()
    {
        Enter();
        try
        {
            var start = Current;
            var parts = new List<SingleQuery> { ParseSingleQuery() };
            var unionAll = new List<bool>();
            while (AcceptKeyword("UNION"))
            {
                unionAll.Add(AcceptKeyword("ALL"));
                if (!unionAll[^1])
                {
                    AcceptKeyword("DISTINCT");
                }

                parts.Add(ParseSingleQuery());
            }

            return new QueryStatement(parts, unionAll) { Position = Pos(start) };
        }
        finally
        {
            Exit();
        }
    }

    private SingleQuery ParseSingleQuery()
    {
        var start = Current;
        var clauses = new List<Clause>();
        while (true)
        {
            var clause = TryParseClause();
            if (clause is null)
            {
                break;
            }

            clauses.Add(clause);
        }

        if (clauses.Count == 0)
        {
            throw Fail(ClauseKeywords);
        }

        return new SingleQuery(clauses) { Position = Pos(start) };
    }

    private Clause? TryParseClause()
    {
        var start = Current;
        Clause? clause;
        if (IsKeyword("MATCH") || (IsKeyword("OPTIONAL") && IsKeywordAt(1, "MATCH")))
        {
            clause = ParseMatch();
        }
        else if (IsKeyword("CALL") || (IsKeyword("OPTIONAL") && IsKeywordAt(1, "CALL")))
        {
            clause = ParseCall();
        }
        else if (AcceptKeyword("CREATE"))
        {
            clause = new CreateClause(ParsePattern());
        }
        else if (AcceptKeyword("MERGE"))
        {
            clause = ParseMergeRest();
        }
        else if (AcceptKeyword("SET"))
        {
            clause = new SetClause(ParseSetItems());
        }
        else if (AcceptKeyword("REMOVE"))
        {
            clause = ParseRemoveRest();
        }
        else if (IsKeyword("DELETE") || (IsKeyword("DETACH") && IsKeywordAt(1, "DELETE")) || (IsKeyword("NODETACH") && IsKeywordAt(1, "DELETE")))
        {
            var detach = AcceptKeyword("DETACH");
            AcceptKeyword("NODETACH");
            ExpectKeyword("DELETE");
            clause = new DeleteClause(detach, ParseExpressionList());
        }
        else if (AcceptKeyword("UNWIND"))
        {
            var list = ParseExpression();
            ExpectKeyword("AS");
            clause = new UnwindClause(list, ExpectName("a variable name"));
        }
        else if (AcceptKeyword("WITH"))
        {
            var body = ParseProjectionBody();
            clause = new WithClause(body, AcceptKeyword("WHERE") ? ParseExpression() : null);
        }
        else if (AcceptKeyword("RETURN"))
        {
            clause = new ReturnClause(ParseProjectionBody());
        }
        else if (AcceptKeyword("FOREACH"))
        {
            clause = ParseForeachRest();
        }
        else
        {
            return null;
        }

        return clause with { Position = Pos(start) };
    }

    private MatchClause ParseMatch()
    {
        var optional = AcceptKeyword("OPTIONAL");
        ExpectKeyword("MATCH");
        var pattern = ParsePattern();
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        return new MatchClause(optional, pattern, where);
    }

    private MergeClause ParseMergeRest()
    {
        var part = ParsePatternPart();
        var onCreate = new List<SetItem>();
        var onMatch = new List<SetItem>();
        while (IsKeyword("ON"))
        {
            Advance();
            if (AcceptKeyword("CREATE"))
            {
                ExpectKeyword("SET");
                onCreate.AddRange(ParseSetItems());
            }
            else if (AcceptKeyword("MATCH"))
            {
                ExpectKeyword("SET");
                onMatch.AddRange(ParseSetItems());
            }
            else
            {
                throw Fail("'CREATE' or 'MATCH'");
            }
        }

        return new MergeClause(part, onCreate, onMatch);
    }

    private List<SetItem> ParseSetItems()
    {
        var items = new List<SetItem>();
        do
        {
            items.Add(ParseSetItem());
        }
        while (AcceptSymbol(","));

        return items;
    }

    private SetItem ParseSetItem()
    {
        var start = Current;
        if (Current.IsName && PeekToken(1).IsSymbol(":"))
        {
            var variable = Advance().Text;
            return new SetLabelsItem(variable, ParseLabelList()) { Position = Pos(start) };
        }

        if (Current.IsName && (PeekToken(1).IsSymbol("=") || PeekToken(1).IsSymbol("+=")))
        {
            var variable = Advance().Text;
            var merge = Advance().Text == "+=";
            return new SetPropertiesItem(variable, ParseExpression(), merge) { Position = Pos(start) };
        }

        var target = ParsePostfixExpression();
        if (target is not PropertyExpression property)
        {
            throw FailAt(start, "a property (n.key), a variable followed by '=' or '+=', or labels (n:Label)");
        }

        ExpectSymbol("=");
        return new SetPropertyItem(property, ParseExpression()) { Position = Pos(start) };
    }

    private RemoveClause ParseRemoveRest()
    {
        var items = new List<RemoveItem>();
        do
        {
            var start = Current;
            if (Current.IsName && PeekToken(1).IsSymbol(":"))
            {
                var variable = Advance().Text;
                items.Add(new RemoveLabelsItem(variable, ParseLabelList()) { Position = Pos(start) });
                continue;
            }

            var target = ParsePostfixExpression();
            if (target is not PropertyExpression property)
            {
                throw FailAt(start, "a property (n.key) or labels (n:Label)");
            }

            items.Add(new RemovePropertyItem(property) { Position = Pos(start) });
        }
        while (AcceptSymbol(","));

        return new RemoveClause(items);
    }

    /// <summary><c>:A:B</c> or <c>:A&amp;B</c>; the current token is the first colon.</summary>
    private List<string> ParseLabelList()
    {
        var labels = new List<string>();
        ExpectSymbol(":");
        labels.Add(ExpectName("a label name"));
        while (IsSymbol(":") || IsSymbol("&"))
        {
            Advance();
            labels.Add(ExpectName("a label name"));
        }

        return labels;
    }

    private ForeachClause ParseForeachRest()
    {
        ExpectSymbol("(");
        var variable = ExpectName("a variable name");
        ExpectKeyword("IN");
        var list = ParseExpression();
        ExpectSymbol("|");
        var updates = new List<Clause>();
        Enter();
        try
        {
            while (!IsSymbol(")"))
            {
                var clause = TryParseClause() ?? throw Fail("an updating clause (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH) or ')'");
                updates.Add(clause);
            }
        }
        finally
        {
            Exit();
        }

        if (updates.Count == 0)
        {
            throw Fail("an updating clause");
        }

        ExpectSymbol(")");
        return new ForeachClause(variable, list, updates);
    }

    private List<Expression> ParseExpressionList()
    {
        var list = new List<Expression>();
        do
        {
            list.Add(ParseExpression());
        }
        while (AcceptSymbol(","));

        return list;
    }

    /// <summary>The body of WITH and RETURN: <c>[DISTINCT] items [ORDER BY …] [SKIP …] [LIMIT …]</c>.</summary>
    private ProjectionBody ParseProjectionBody()
    {
        var start = Current;
        var distinct = AcceptKeyword("DISTINCT");
        var includeExisting = false;
        var items = new List<ProjectionItem>();
        if (AcceptSymbol("*"))
        {
            includeExisting = true;
            if (AcceptSymbol(","))
            {
                items.AddRange(ParseProjectionItems());
            }
        }
        else
        {
            items.AddRange(ParseProjectionItems());
        }

        var orderBy = new List<SortItem>();
        if (IsKeyword("ORDER"))
        {
            Advance();
            ExpectKeyword("BY");
            do
            {
                var itemStart = Current;
                var expression = ParseExpression();
                var descending = false;
                if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING"))
                {
                    descending = true;
                }
                else if (!AcceptKeyword("ASC"))
                {
                    AcceptKeyword("ASCENDING");
                }

                orderBy.Add(new SortItem(expression, descending) { Position = Pos(itemStart) });
            }
            while (AcceptSymbol(","));
        }

        Expression? skip = null;
        if (AcceptKeyword("SKIP") || AcceptKeyword("OFFSET"))
        {
            skip = ParseExpression();
        }

        Expression? limit = null;
        if (AcceptKeyword("LIMIT"))
        {
            limit = ParseExpression();
        }

        return new ProjectionBody(distinct, includeExisting, items, orderBy, skip, limit) { Position = Pos(start) };
    }

    private List<ProjectionItem> ParseProjectionItems()
    {
        var items = new List<ProjectionItem>();
        do
        {
            var start = Current;
            var expression = ParseExpression();
            var text = _source.Text[start.Start..LastEnd].Trim();
            string? alias = null;
            if (AcceptKeyword("AS"))
            {
                alias = ExpectName("a variable name");
            }

            items.Add(new ProjectionItem(expression, alias, text) { Position = Pos(start) });
        }
        while (AcceptSymbol(","));

        return items;
    }
}
