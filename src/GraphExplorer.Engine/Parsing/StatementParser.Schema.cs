using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Parsing;

/// <summary>Schema commands: CREATE/DROP CONSTRAINT, CREATE/DROP INDEX, SHOW CONSTRAINTS/INDEXES.</summary>
internal sealed partial class StatementParser
{
    private static readonly string[] IndexKindWords = ["RANGE", "TEXT", "POINT", "FULLTEXT", "LOOKUP", "BTREE"];

    /// <summary>A schema command when the statement starts like one; otherwise null (it is a query).</summary>
    private Statement? ParseSchemaCommand()
    {
        var start = Current;
        Statement? command = null;
        if (IsKeyword("CREATE") && IsKeywordAt(1, "CONSTRAINT"))
        {
            _index += 2;
            command = ParseCreateConstraintRest();
        }
        else if (IsKeyword("CREATE") && (IsKeywordAt(1, "INDEX") || (IndexKindWords.Any(w => IsKeywordAt(1, w)) && IsKeywordAt(2, "INDEX"))))
        {
            Advance();
            command = ParseCreateIndexRest();
        }
        else if (IsKeyword("DROP") && (IsKeywordAt(1, "CONSTRAINT") || IsKeywordAt(1, "INDEX")))
        {
            Advance();
            var constraint = Advance().IsKeyword("CONSTRAINT");
            var name = ExpectName(constraint ? "a constraint name" : "an index name");
            var ifExists = false;
            if (AcceptKeyword("IF"))
            {
                ExpectKeyword("EXISTS");
                ifExists = true;
            }

            command = constraint ? new DropConstraintCommand(name, ifExists) : new DropIndexCommand(name, ifExists);
        }
        else if (IsKeyword("SHOW"))
        {
            Advance();
            command = ParseShowRest();
        }

        return command is null ? null : command with { Position = Pos(start) };
    }

    private string? ParseOptionalSchemaName()
    {
        if (!Current.IsName || IsKeyword("FOR") || IsKeyword("ON") || (IsKeyword("IF") && IsKeywordAt(1, "NOT")))
        {
            return null;
        }

        return Advance().Text;
    }

    private bool ParseIfNotExists()
    {
        if (!AcceptKeyword("IF"))
        {
            return false;
        }

        ExpectKeyword("NOT");
        ExpectKeyword("EXISTS");
        return true;
    }

    private CreateConstraintCommand ParseCreateConstraintRest()
    {
        var name = ParseOptionalSchemaName();
        var ifNotExists = ParseIfNotExists();
        if (!AcceptKeyword("FOR"))
        {
            ExpectKeyword("ON");
        }

        var (variable, onRelationship, labels) = ParseSchemaEntityPattern(allowSeveral: false);
        if (!AcceptKeyword("REQUIRE"))
        {
            ExpectKeyword("ASSERT");
        }

        var properties = ParseSchemaProperties(variable, parenthesisedRequired: false);
        ExpectKeyword("IS");
        ConstraintKind kind;
        if (AcceptKeyword("UNIQUE"))
        {
            kind = ConstraintKind.Unique;
        }
        else if (AcceptKeyword("NOT"))
        {
            ExpectKeyword("NULL");
            kind = ConstraintKind.NotNull;
        }
        else
        {
            if (!AcceptKeyword("NODE") && !AcceptKeyword("RELATIONSHIP"))
            {
                AcceptKeyword("REL");
            }

            if (AcceptKeyword("UNIQUE"))
            {
                kind = ConstraintKind.Unique;
            }
            else
            {
                ExpectKeyword("KEY");
                kind = ConstraintKind.NodeKey;
            }
        }

        SkipOptions();
        return new CreateConstraintCommand(name, ifNotExists, onRelationship, variable, labels[0], properties, kind);
    }

    private CreateIndexCommand ParseCreateIndexRest()
    {
        var kind = IndexKind.Range;
        if (!IsKeyword("INDEX"))
        {
            kind = Advance().Text.ToUpperInvariant() switch
            {
                "TEXT" => IndexKind.Text,
                "POINT" => IndexKind.Point,
                "FULLTEXT" => IndexKind.Fulltext,
                "LOOKUP" => IndexKind.Lookup,
                _ => IndexKind.Range,
            };
        }

        ExpectKeyword("INDEX");
        var name = ParseOptionalSchemaName();
        var ifNotExists = ParseIfNotExists();
        ExpectKeyword("FOR");
        var (variable, onRelationship, labels) = ParseSchemaEntityPattern(allowSeveral: kind == IndexKind.Fulltext);
        ExpectKeyword("ON");
        IReadOnlyList<string> properties;
        if (AcceptKeyword("EACH"))
        {
            if (kind == IndexKind.Lookup || IsKeyword("labels") || IsKeyword("type"))
            {
                kind = IndexKind.Lookup;
                Advance();
                ExpectSymbol("(");
                ExpectName("a variable name");
                ExpectSymbol(")");
                properties = [];
            }
            else
            {
                ExpectSymbol("[");
                properties = ParsePropertyNames(variable, "]");
            }
        }
        else
        {
            properties = ParseSchemaProperties(variable, parenthesisedRequired: true);
        }

        if (kind != IndexKind.Lookup && labels.Count == 0)
        {
            throw Fail("a label or relationship type in the FOR pattern");
        }

        Expression? options = null;
        if (AcceptKeyword("OPTIONS"))
        {
            options = ParseMapLiteral();
        }

        return new CreateIndexCommand(name, ifNotExists, kind, onRelationship, variable, labels, properties, options);
    }

    /// <summary><c>(n:Label)</c> or <c>()-[r:TYPE]-()</c>, with <c>A|B</c> allowed for fulltext indexes.</summary>
    private (string Variable, bool OnRelationship, List<string> Labels) ParseSchemaEntityPattern(bool allowSeveral)
    {
        ExpectSymbol("(");
        if (AcceptSymbol(")"))
        {
            AcceptSymbol("<");
            ExpectSymbol("-");
            ExpectSymbol("[");
            var relationshipVariable = ExpectName("a variable name");
            var types = ParseSchemaLabels(allowSeveral);
            ExpectSymbol("]");
            ExpectSymbol("-");
            AcceptSymbol(">");
            ExpectSymbol("(");
            ExpectSymbol(")");
            return (relationshipVariable, true, types);
        }

        var variable = ExpectName("a variable name");
        var labels = ParseSchemaLabels(allowSeveral);
        ExpectSymbol(")");
        return (variable, false, labels);
    }

    private List<string> ParseSchemaLabels(bool allowSeveral)
    {
        var labels = new List<string>();
        if (!AcceptSymbol(":"))
        {
            return labels;
        }

        labels.Add(ExpectName("a label or relationship type name"));
        while (allowSeveral && AcceptSymbol("|"))
        {
            labels.Add(ExpectName("a label or relationship type name"));
        }

        return labels;
    }

    /// <summary><c>n.p</c> or <c>(n.a, n.b)</c>.</summary>
    private List<string> ParseSchemaProperties(string variable, bool parenthesisedRequired)
    {
        if (AcceptSymbol("("))
        {
            return ParsePropertyNames(variable, ")");
        }

        if (parenthesisedRequired)
        {
            throw Fail("'('");
        }

        return [ParsePropertyOf(variable)];
    }

    private List<string> ParsePropertyNames(string variable, string close)
    {
        var names = new List<string>();
        do
        {
            names.Add(ParsePropertyOf(variable));
        }
        while (AcceptSymbol(","));

        ExpectSymbol(close);
        return names;
    }

    private string ParsePropertyOf(string variable)
    {
        var token = Current;
        var name = ExpectName("a variable name");
        if (name != variable)
        {
            throw _source.Error(token.Start, $"Variable `{name}` not defined", "UndefinedVariable");
        }

        ExpectSymbol(".");
        return ExpectName("a property key name");
    }

    private void SkipOptions()
    {
        if (AcceptKeyword("OPTIONS"))
        {
            ParseMapLiteral();
        }
    }

    private bool IsShowTarget() => IsKeyword("CONSTRAINTS") || IsKeyword("CONSTRAINT") || IsKeyword("INDEXES") || IsKeyword("INDEX");

    private ShowCommand ParseShowRest()
    {
        // SHOW [ALL|UNIQUE|RANGE|NODE KEY|…] CONSTRAINTS|INDEXES: the filter words are accepted and not kept.
        for (var words = 0; words < 3 && Current.Kind == TokenKind.Identifier && !IsShowTarget(); words++)
        {
            Advance();
        }

        ShowKind kind;
        if (AcceptKeyword("CONSTRAINTS") || AcceptKeyword("CONSTRAINT"))
        {
            kind = ShowKind.Constraints;
        }
        else if (AcceptKeyword("INDEXES") || AcceptKeyword("INDEX"))
        {
            kind = ShowKind.Indexes;
        }
        else
        {
            throw Fail("CONSTRAINTS or INDEXES");
        }

        var yield = new List<YieldItem>();
        var yieldAll = false;
        var tail = new List<Clause>();
        if (AcceptKeyword("YIELD"))
        {
            if (AcceptSymbol("*"))
            {
                yieldAll = true;
            }
            else
            {
                yield.AddRange(ParseYieldItems());
            }
        }

        if (IsKeyword("WHERE"))
        {
            var whereToken = Advance();
            var body = new ProjectionBody(false, true, [], [], null, null) { Position = Pos(whereToken) };
            tail.Add(new WithClause(body, ParseExpression()) { Position = Pos(whereToken) });
        }

        if (IsKeyword("RETURN"))
        {
            var returnToken = Advance();
            tail.Add(new ReturnClause(ParseProjectionBody()) { Position = Pos(returnToken) });
        }

        return new ShowCommand(kind, yield, yieldAll, tail);
    }
}
