namespace GraphExplorer.Engine.Binding;

/// <summary>What an expression's position allows.</summary>
/// <param name="AllowAggregates">A projection item (or ORDER BY of an aggregating projection): aggregate calls are allowed.</param>
/// <param name="InAggregate">Inside an aggregate call's arguments: another aggregate would be nested.</param>
/// <param name="PatternAllowed">A boolean position (WHERE, NOT, AND, exists(…)): a pattern predicate may stand here.</param>
internal readonly record struct ExpressionContext(bool AllowAggregates, bool InAggregate, bool PatternAllowed)
{
    /// <summary>An ordinary position: no aggregates, no pattern predicates.</summary>
    public static readonly ExpressionContext Plain = new(false, false, false);
}
