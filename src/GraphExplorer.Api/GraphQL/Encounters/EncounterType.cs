using GraphExplorer.Core.Encounters;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Encounters;

/// <summary>GraphQL type <c>Encounter</c>.</summary>
internal sealed class EncounterType : ObjectGraphType<Encounter>
{
    public EncounterType()
    {
        Name = "Encounter";
        Description = "Two participants of different delegations who attended the same meeting, and the agreement the meeting was held under.";
        Field(x => x.Participant, type: typeof(NonNullGraphType<PartyType>)).Description("The side the question is about.");
        Field(x => x.Counterpart, type: typeof(NonNullGraphType<PartyType>)).Description("Whom the participant met (of another delegation).");
        Field(x => x.Meeting, type: typeof(NonNullGraphType<MeetingType>)).Description("The meeting both attended.");
        Field(x => x.Declaration, type: typeof(DeclarationType)).Description("The declaration the meeting was held under; null when none is recorded.");
    }
}
