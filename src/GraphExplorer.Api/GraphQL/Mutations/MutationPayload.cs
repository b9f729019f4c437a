using GraphExplorer.Core.Entities;

namespace GraphExplorer.Api.GraphQL.Mutations;

/// <summary>What a mutation answers: the entity (or both ends of a relationship, or an import summary) and the errors.</summary>
internal sealed record MutationPayload(
    IReadOnlyList<EntityError> Errors,
    EntityRecord? Entity = null,
    EntityRecord? From = null,
    EntityRecord? To = null,
    ImportSummary? Summary = null);
