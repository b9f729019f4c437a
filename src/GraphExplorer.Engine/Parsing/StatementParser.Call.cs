using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Parsing;

/// <summary><c>CALL { … }</c> subqueries and <c>CALL procedure(…) YIELD …</c>.</summary>
internal sealed partial class StatementParser
{
    private Clause ParseCall()
    {
        var optional = AcceptKeyword("OPTIONAL");
        ExpectKeyword("CALL");
        if (IsSymbol("{") || IsSymbol("("))
        {
            return ParseCallSubqueryRest(optional);
        }

        if (optional)
        {
            throw Fail("'{' or '('");
        }

        return ParseProcedureCallRest();
    }

    private CallSubqueryClause ParseCallSubqueryRest(bool optional)
    {
        List<string>? imported = null;
        var importAll = false;
        if (AcceptSymbol("("))
        {
            imported = [];
            if (AcceptSymbol("*"))
            {
                importAll = true;
            }
            else if (!IsSymbol(")"))
            {
                do
                {
                    imported.Add(ExpectName("a variable name"));
                }
                while (AcceptSymbol(","));
            }

            ExpectSymbol(")");
        }

        var query = ParseBracedQuery();
        var inTransactions = false;
        Expression? batchSize = null;
        if (IsKeyword("IN") && (IsKeywordAt(1, "TRANSACTIONS") || IsKeywordAt(2, "TRANSACTIONS")))
        {
            Advance();
            if (!IsKeyword("TRANSACTIONS"))
            {
                // CALL { … } IN n CONCURRENT TRANSACTIONS: concurrency is accepted and ignored.
                ParseAtom();
                ExpectKeyword("CONCURRENT");
            }

            ExpectKeyword("TRANSACTIONS");
            inTransactions = true;
            if (AcceptKeyword("OF"))
            {
                batchSize = ParseExpression();
                if (!AcceptKeyword("ROWS"))
                {
                    ExpectKeyword("ROW");
                }
            }

            if (AcceptKeyword("ON"))
            {
                ExpectKeyword("ERROR");
                if (!AcceptKeyword("CONTINUE") && !AcceptKeyword("BREAK"))
                {
                    ExpectKeyword("FAIL");
                }
            }
        }

        return new CallSubqueryClause(query, imported, importAll, optional, inTransactions, batchSize);
    }

    /// <summary><c>{ query }</c>.</summary>
    private QueryStatement ParseBracedQuery()
    {
        ExpectSymbol("{");
        var query = ParseQuery();
        ExpectSymbol("}");
        return query;
    }

    private CallProcedureClause ParseProcedureCallRest()
    {
        var name = ParseDottedName("a procedure name");
        List<Expression>? arguments = null;
        if (AcceptSymbol("("))
        {
            arguments = [];
            if (!IsSymbol(")"))
            {
                arguments.AddRange(ParseExpressionList());
            }

            ExpectSymbol(")");
        }

        var yield = new List<YieldItem>();
        var yieldAll = false;
        Expression? where = null;
        if (AcceptKeyword("YIELD"))
        {
            if (AcceptSymbol("*"))
            {
                yieldAll = true;
            }
            else
            {
                yield.AddRange(ParseYieldItems());
                if (AcceptKeyword("WHERE"))
                {
                    where = ParseExpression();
                }
            }
        }

        return new CallProcedureClause(name, arguments, yield, yieldAll, where);
    }

    private List<YieldItem> ParseYieldItems()
    {
        var items = new List<YieldItem>();
        do
        {
            var start = Current;
            var field = ExpectName("a procedure output field");
            var alias = AcceptKeyword("AS") ? ExpectName("a variable name") : null;
            items.Add(new YieldItem(field, alias) { Position = Pos(start) });
        }
        while (AcceptSymbol(","));

        return items;
    }

    /// <summary><c>name(.name)*</c>, e.g. <c>db.labels</c> or <c>date.truncate</c>.</summary>
    private string ParseDottedName(string what)
    {
        var name = ExpectName(what);
        while (IsSymbol(".") && PeekToken(1).IsName)
        {
            Advance();
            name += "." + Advance().Text;
        }

        return name;
    }
}
