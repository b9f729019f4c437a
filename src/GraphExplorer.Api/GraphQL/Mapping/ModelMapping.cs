using GraphExplorer.Api.GraphQL.Models;
using GraphExplorer.Core.Encounters;
using Mapster;

namespace GraphExplorer.Api.GraphQL.Mapping;

/// <summary>The one Mapster configuration from Core's records to the GraphQL models; compiled once at start-up.</summary>
internal static class ModelMapping
{
    /// <summary>Creates and compiles the configuration (compiling checks every mapping up front).</summary>
    public static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<Encounter, EncounterModel>();
        config.NewConfig<EncounterParty, PartyModel>();
        config.NewConfig<MeetingInfo, MeetingModel>();
        config.NewConfig<DeclarationInfo, DeclarationModel>();
        config.Compile();
        return config;
    }
}
