using GraphExplorer.Core.Encounters;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Encounters;

/// <summary>GraphQL type <c>EncounterEdge</c>.</summary>
internal sealed class EncounterEdgeType : ObjectGraphType<EncounterEdge>
{
    public EncounterEdgeType()
    {
        Name = "EncounterEdge";
        Description = "An encounter and its cursor.";
        Field(x => x.Cursor).Description("Pass as `after` to read the encounters that follow this one.");
        Field(x => x.Node, type: typeof(NonNullGraphType<EncounterType>)).Description("The encounter.");
    }
}

/// <summary>GraphQL type <c>EncounterConnection</c>.</summary>
internal sealed class EncounterConnectionType : ObjectGraphType<EncounterConnection>
{
    public EncounterConnectionType()
    {
        Name = "EncounterConnection";
        Description = "A page of encounters, ordered by meeting, declaration, the participant's delegation and id, then the counterpart's.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncounterEdgeType>>>>("edges").Description("The encounters with their cursors.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncounterType>>>>("nodes").Description("The encounters.").Resolve(c => c.Source.Edges.Select(e => e.Node).ToList());
        EncounterSubjectFields.AddPageInfo(this, c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many encounters match, over all pages (read when asked for).")
            .ResolveAsync(async c => (object?)await c.Source.CountAsync(c.CancellationToken).ConfigureAwait(false));
        EncounterSubjectFields.Add(this, c => c.Source.Subjects);
    }
}

/// <summary>GraphQL type <c>EncounterGroup</c>.</summary>
internal sealed class EncounterGroupType : ObjectGraphType<EncounterGroup>
{
    public EncounterGroupType()
    {
        Name = "EncounterGroup";
        Description = "The encounters with one meeting, counterpart or country.";
        Field(x => x.Key, type: typeof(NonNullGraphType<EncounterSubjectType>)).Description("The meeting, counterpart or counterpart's country.");
        Field(x => x.Count).Description("How many encounters the group holds.");
        Field(x => x.MeetingCount).Description("At how many distinct meetings.");
    }
}

/// <summary>GraphQL type <c>EncounterGroupConnection</c>.</summary>
internal sealed class EncounterGroupConnectionType : ObjectGraphType<EncounterGroupConnection>
{
    public EncounterGroupConnectionType()
    {
        Name = "EncounterGroupConnection";
        Description = "A page of encounter groups, most encounters first (then by name).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncounterGroupType>>>>("nodes").Description("The groups.").Resolve(c => c.Source.Nodes);
        EncounterSubjectFields.AddPageInfo(this, c => c.Source.PageInfo);
        Field(x => x.TotalCount).Description("How many groups there are, over all pages.");
        EncounterSubjectFields.Add(this, c => c.Source.Subjects);
    }
}

/// <summary>GraphQL enum <c>EncounterGrouping</c>.</summary>
internal sealed class EncounterGroupingEnum : EnumerationGraphType
{
    public EncounterGroupingEnum()
    {
        Name = "EncounterGrouping";
        Description = "What encounters are grouped by.";
        Add("MEETING", EncounterGrouping.Meeting, "The meeting.");
        Add("COUNTERPART", EncounterGrouping.Counterpart, "Whom the participant met.");
        Add("COUNTRY", EncounterGrouping.Country, "The counterpart's delegation.");
    }
}
