using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Planning;

/// <summary>Walks expression trees: child expressions, aggregate calls, referenced variables.</summary>
internal static class ExpressionWalker
{
    /// <summary>The direct sub-expressions (not those inside subqueries and pattern expressions, which have their own scope).</summary>
    public static IEnumerable<Expression> Children(Expression expression) => expression switch
    {
        PropertyExpression e => [e.Target],
        ListExpression e => e.Items,
        MapExpression e => e.Entries.Select(x => x.Value),
        BinaryExpression e => [e.Left, e.Right],
        UnaryExpression e => [e.Operand],
        IsNullExpression e => [e.Operand],
        HasLabelsExpression e => [e.Target],
        IndexExpression e => [e.Target, e.Index],
        SliceExpression e => new[] { e.Target, e.From, e.To }.OfType<Expression>(),
        FunctionCallExpression e => e.Arguments,
        CaseExpression e => new[] { e.Subject, e.Else }.OfType<Expression>().Concat(e.Alternatives.SelectMany(a => new[] { a.When, a.Then })),
        ListComprehensionExpression e => new[] { e.Source, e.Where, e.Projection }.OfType<Expression>(),
        QuantifierExpression e => new[] { e.Source, e.Where }.OfType<Expression>(),
        ReduceExpression e => [e.Initial, e.Source, e.Body],
        MapProjectionExpression e => e.Items.OfType<LiteralEntry>().Select(i => i.Value),
        _ => [],
    };

    /// <summary>The expression and all its descendants, parents first.</summary>
    public static IEnumerable<Expression> DescendantsAndSelf(Expression expression)
    {
        yield return expression;
        foreach (var child in Children(expression))
        {
            foreach (var descendant in DescendantsAndSelf(child))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>The aggregate calls in the expression (outermost only: an aggregate inside another is the binder's error).</summary>
    public static IReadOnlyList<Expression> Aggregates(Expression expression, Func<string, bool> isAggregate)
    {
        var found = new List<Expression>();
        Collect(expression);
        return found;

        void Collect(Expression e)
        {
            if (e is CountStarExpression || (e is FunctionCallExpression call && isAggregate(call.Name)))
            {
                found.Add(e);
                return;
            }

            foreach (var child in Children(e))
            {
                Collect(child);
            }
        }
    }

    /// <summary>Variables the expression reads (including those inside subqueries, conservatively), minus locally bound ones is not attempted.</summary>
    public static IEnumerable<string> Variables(Expression expression) => expression switch
    {
        VariableExpression v => [v.Name],
        MapProjectionExpression m => new[] { m.Variable }.Concat(m.Items.OfType<VariableSelector>().Select(s => s.Variable)).Concat(Children(m).SelectMany(Variables)),
        PatternComprehensionExpression or PatternPredicateExpression or SubqueryExpression => ["*"],
        _ => Children(expression).SelectMany(Variables),
    };

    /// <summary>Whether two expressions are the same tree (positions ignored), e.g. an ORDER BY item repeating a RETURN item.</summary>
    public static bool SameTree(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.GetType() != b.GetType())
        {
            return false;
        }

        if (a is string || a.GetType().IsValueType)
        {
            return a is Graph.Errors.TextPosition || Equals(a, b);
        }

        if (a is System.Collections.IEnumerable listA && b is System.Collections.IEnumerable listB)
        {
            var itemsA = listA.Cast<object?>().ToList();
            var itemsB = listB.Cast<object?>().ToList();
            return itemsA.Count == itemsB.Count && itemsA.Zip(itemsB).All(p => SameTree(p.First, p.Second));
        }

        foreach (var property in a.GetType().GetProperties())
        {
            if (property.Name == "EqualityContract" || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (!SameTree(property.GetValue(a), property.GetValue(b)))
            {
                return false;
            }
        }

        return true;
    }
}
