namespace GraphExplorer.Api.GraphQL.Models;

/// <summary>The GraphQL shape of an encounter: who met whom, at which meeting, under which declaration.</summary>
internal sealed class EncounterModel
{
    public PartyModel Participant { get; set; } = new();

    public PartyModel Counterpart { get; set; } = new();

    public MeetingModel Meeting { get; set; } = new();

    public DeclarationModel? Declaration { get; set; }
}
