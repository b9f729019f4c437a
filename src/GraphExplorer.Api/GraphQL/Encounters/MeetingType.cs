using GraphExplorer.Core.Encounters;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Encounters;

/// <summary>GraphQL type <c>EncounterMeeting</c>: the meeting of an encounter (the entity type <c>Meeting</c> is in Entities/).</summary>
internal sealed class MeetingType : ObjectGraphType<MeetingInfo>
{
    public MeetingType()
    {
        Name = "EncounterMeeting";
        Description = "A meeting of delegations.";
        Field(x => x.Id).Description("The meeting's id.");
        Field(x => x.Title).Description("The meeting's title.");
        Field(x => x.Date, nullable: true).Description("When it took place: a possibly partial ISO date (`2025`, `2025-06`), or null when unknown.");
        Field(x => x.Level, nullable: true).Description("The level it was held at, e.g. directors.");
        Field(x => x.Location, nullable: true).Description("Where it took place, when known.");
        Field(x => x.Summary, nullable: true).Description("A short summary of the meeting.");
    }
}
