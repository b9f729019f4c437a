namespace GraphExplorer.Core.Entities;

/// <summary>A comparison a property filter makes.</summary>
public enum FilterOperator
{
    /// <summary>Equal to the value.</summary>
    Eq,

    /// <summary>Not equal to the value.</summary>
    Neq,

    /// <summary>Equal to one of the values.</summary>
    In,

    /// <summary>Contains the text.</summary>
    Contains,

    /// <summary>Starts with the text.</summary>
    StartsWith,

    /// <summary>Greater than the value.</summary>
    Gt,

    /// <summary>Greater than or equal to the value.</summary>
    Gte,

    /// <summary>Less than the value.</summary>
    Lt,

    /// <summary>Less than or equal to the value.</summary>
    Lte,
}

/// <summary>How many related nodes must match a relation filter.</summary>
public enum RelationQuantifier
{
    /// <summary>At least one.</summary>
    Some,

    /// <summary>None.</summary>
    None,

    /// <summary>Every one (true when there are none).</summary>
    All,
}

/// <summary>A filter on entities, Hot Chocolate style; compiled to Cypher by <see cref="FilterCompiler"/>.</summary>
public abstract record EntityFilter;

/// <summary>Every filter holds.</summary>
public sealed record AllOfFilter(IReadOnlyList<EntityFilter> Filters) : EntityFilter;

/// <summary>At least one filter holds.</summary>
public sealed record AnyOfFilter(IReadOnlyList<EntityFilter> Filters) : EntityFilter;

/// <summary>The filter does not hold.</summary>
public sealed record NotFilter(EntityFilter Filter) : EntityFilter;

/// <summary>A property compared with a value (a list for <see cref="FilterOperator.In"/>).</summary>
public sealed record PropertyFilter(string Property, FilterOperator Operator, object? Value) : EntityFilter;

/// <summary>The nodes related over <paramref name="Field"/> match <paramref name="Filter"/> as the quantifier says.</summary>
public sealed record RelationFilter(RelationshipField Field, RelationQuantifier Quantifier, EntityFilter? Filter) : EntityFilter;
