using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Common;

/// <summary>GraphQL input <c>DateRangeInput</c>: <c>{from, to}</c>, each a possibly partial ISO date; either may be left out.</summary>
internal sealed class DateRangeInputType : InputObjectGraphType
{
    public DateRangeInputType()
    {
        Name = "DateRangeInput";
        Description = "A range of days from the start of `from` to the end of `to` (`2025` is the whole year); a missing end is open.";
        Field<StringGraphType>("from").Description("The first day: `yyyy`, `yyyy-MM` or `yyyy-MM-dd` (its start counts).");
        Field<StringGraphType>("to").Description("The last day: `yyyy`, `yyyy-MM` or `yyyy-MM-dd` (its end counts).");
    }
}
