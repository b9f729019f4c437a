using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Binding;

/// <summary>Walks one statement's queries and clauses, keeping the scope. Not thread-safe; one instance per statement.</summary>
internal sealed partial class StatementAnalyzer
{
    /// <summary>Checks a query (all UNION parts); returns the column names of its result (empty for a unit query).</summary>
    /// <param name="explicitImports">The body of <c>CALL (a, b) { … }</c>: it sees exactly <paramref name="outer"/>.</param>
    public IReadOnlyList<string> AnalyzeQuery(QueryStatement query, Scope outer, QueryKind kind, bool explicitImports = false)
    {
        if (query.UnionAll.Distinct().Count() > 1)
        {
            throw SemanticErrors.At(query, SemanticErrors.InvalidClauseComposition, "Invalid combination of UNION and UNION ALL");
        }

        IReadOnlyList<string>? columns = null;
        foreach (var part in query.Parts)
        {
            var partColumns = AnalyzeSingleQuery(part, outer, kind, standalone: query.Parts.Count == 1, explicitImports);
            if (columns is null)
            {
                columns = partColumns;
            }
            else if (!columns.Order(StringComparer.Ordinal).SequenceEqual(partColumns.Order(StringComparer.Ordinal), StringComparer.Ordinal))
            {
                throw SemanticErrors.At(part, SemanticErrors.DifferentColumnsInUnion, "All sub queries in an UNION must have the same return column names");
            }
        }

        return columns ?? [];
    }

    private IReadOnlyList<string> AnalyzeSingleQuery(SingleQuery query, Scope outer, QueryKind kind, bool standalone, bool explicitImports)
    {
        // Expression subqueries see the outer scope; CALL { } subqueries only through an importing leading WITH.
        var scope = kind == QueryKind.CallSubquery && !explicitImports && query.Clauses[0] is not WithClause ? new Scope() : outer.Clone();
        IReadOnlyList<string> columns = [];
        for (var i = 0; i < query.Clauses.Count; i++)
        {
            var clause = query.Clauses[i];
            var isLast = i == query.Clauses.Count - 1;
            if (clause is ReturnClause && !isLast)
            {
                throw SemanticErrors.At(query.Clauses[i + 1], SemanticErrors.InvalidClauseComposition, "RETURN can only be used at the end of the query");
            }

            if (kind is QueryKind.ExistsSubquery or QueryKind.CountSubquery or QueryKind.CollectSubquery && IsUpdating(clause))
            {
                throw SemanticErrors.At(clause, SemanticErrors.InvalidClauseComposition, "An expression subquery cannot contain any updates");
            }

            if (clause is CallProcedureClause { YieldAll: true } && !(standalone && query.Clauses.Count == 1 && kind == QueryKind.TopLevel))
            {
                throw SemanticErrors.At(clause, SemanticErrors.UnexpectedSyntax, "Procedure call inside a query does not support naming results implicitly (name explicitly using `YIELD` instead)");
            }

            var result = AnalyzeClause(clause, scope);
            scope = result.Scope;
            if (clause is ReturnClause)
            {
                columns = result.Columns;
            }
        }

        CheckEnding(query, kind);
        return columns;
    }

    private static void CheckEnding(SingleQuery query, QueryKind kind)
    {
        var last = query.Clauses[^1];
        var endsWell = last switch
        {
            ReturnClause => true,
            CallProcedureClause => true,
            _ => IsUpdating(last) || last is CallSubqueryClause,
        };
        if (kind is QueryKind.ExistsSubquery or QueryKind.CountSubquery)
        {
            return;
        }

        if (kind == QueryKind.CollectSubquery && last is not ReturnClause)
        {
            throw SemanticErrors.At(last, SemanticErrors.InvalidClauseComposition, "A COLLECT subquery must end with a single return column");
        }

        if (!endsWell)
        {
            var name = ClauseName(last);
            throw SemanticErrors.At(last, SemanticErrors.InvalidClauseComposition, $"Query cannot conclude with {name} (must be a RETURN clause, a FINISH clause, an update clause, a unit subquery call, or a procedure call with no YIELD)");
        }
    }

    private static string ClauseName(Clause clause) => clause switch
    {
        MatchClause { Optional: true } => "OPTIONAL MATCH",
        MatchClause => "MATCH",
        WithClause => "WITH",
        UnwindClause => "UNWIND",
        _ => clause.GetType().Name.Replace("Clause", string.Empty, StringComparison.Ordinal).ToUpperInvariant(),
    };

    private static bool IsUpdating(Clause clause) =>
        clause is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause
        || (clause is CallSubqueryClause call && call.Query.Parts.Any(p => p.Clauses.Any(IsUpdating)));

    private readonly record struct ClauseResult(Scope Scope, IReadOnlyList<string> Columns);

    private ClauseResult AnalyzeClause(Clause clause, Scope scope)
    {
        switch (clause)
        {
            case MatchClause match:
                BindPattern(match.Pattern, scope, PatternMode.Match);
                if (match.Where is not null)
                {
                    CheckPredicate(match.Where, scope);
                }

                return new(scope, []);
            case CreateClause create:
                BindPattern(create.Pattern, scope, PatternMode.Create);
                return new(scope, []);
            case MergeClause merge:
                BindPattern(new Pattern([merge.Part]) { Position = merge.Part.Position }, scope, PatternMode.Merge);
                CheckSetItems(merge.OnCreate, scope);
                CheckSetItems(merge.OnMatch, scope);
                return new(scope, []);
            case SetClause set:
                CheckSetItems(set.Items, scope);
                return new(scope, []);
            case RemoveClause remove:
                CheckRemoveItems(remove.Items, scope);
                return new(scope, []);
            case DeleteClause delete:
                CheckDelete(delete, scope);
                return new(scope, []);
            case UnwindClause unwind:
                var listType = Check(unwind.List, scope, ExpressionContext.Plain);
                Declare(unwind, unwind.Variable, new StaticType(listType.ElementType), scope);
                return new(scope, []);
            case WithClause with:
                return AnalyzeProjection(with.Body, with.Where, scope, isWith: true);
            case ReturnClause ret:
                return AnalyzeProjection(ret.Body, null, scope, isWith: false);
            case ForeachClause foreach_:
                CheckForeach(foreach_, scope);
                return new(scope, []);
            case CallSubqueryClause call:
                return AnalyzeCallSubquery(call, scope);
            case CallProcedureClause procedure:
                return AnalyzeProcedureCall(procedure, scope);
            default:
                return new(scope, []);
        }
    }

    private static void Declare(AstNode at, string name, StaticType type, Scope scope)
    {
        if (scope.Contains(name))
        {
            throw SemanticErrors.At(at, SemanticErrors.VariableAlreadyBound, $"Variable `{name}` already declared");
        }

        scope.Set(name, type);
    }

    private void CheckForeach(ForeachClause clause, Scope scope)
    {
        var listType = Check(clause.List, scope, ExpressionContext.Plain);
        var inner = scope.Clone();
        inner.Set(clause.Variable, new StaticType(listType.ElementType));
        foreach (var update in clause.Updates)
        {
            if (!IsUpdating(update))
            {
                throw SemanticErrors.At(update, SemanticErrors.InvalidClauseComposition, "Invalid use of " + ClauseName(update) + " inside FOREACH");
            }

            inner = AnalyzeClause(update, inner).Scope;
        }
    }

    private ClauseResult AnalyzeCallSubquery(CallSubqueryClause call, Scope scope)
    {
        IReadOnlyList<string> columns;
        if (call.ImportedVariables is null && !call.ImportAll)
        {
            columns = AnalyzeQuery(call.Query, scope, QueryKind.CallSubquery);
        }
        else
        {
            var imported = new Scope();
            if (call.ImportAll)
            {
                imported = scope.Clone();
            }
            else
            {
                foreach (var name in call.ImportedVariables!)
                {
                    if (!scope.TryGet(name, out var type))
                    {
                        throw SemanticErrors.At(call, SemanticErrors.UndefinedVariable, $"Variable `{name}` not defined");
                    }

                    imported.Set(name, type);
                }
            }

            // With a scope clause the body sees exactly the imported variables, as if each part started with them.
            columns = AnalyzeQuery(call.Query, imported, QueryKind.CallSubquery, explicitImports: true);
        }

        foreach (var column in columns)
        {
            Declare(call, column, StaticType.Any, scope);
        }

        if (call.BatchSize is not null)
        {
            Check(call.BatchSize, scope, ExpressionContext.Plain);
        }

        return new(scope, []);
    }

    private ClauseResult AnalyzeProcedureCall(CallProcedureClause call, Scope scope)
    {
        foreach (var argument in call.Arguments ?? [])
        {
            Check(argument, scope, ExpressionContext.Plain);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in call.Yield)
        {
            if (!seen.Add(item.Variable) || scope.Contains(item.Variable))
            {
                throw SemanticErrors.At(item, SemanticErrors.VariableAlreadyBound, $"Variable `{item.Variable}` already declared");
            }

            scope.Set(item.Variable, StaticType.Any);
        }

        if (call.Where is not null)
        {
            CheckPredicate(call.Where, scope);
        }

        return new(scope, []);
    }
}
