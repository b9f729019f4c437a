using GraphExplorer.Api.GraphQL.Models;
using GraphExplorer.Api.GraphQL.Types;
using GraphExplorer.Core.Encounters;
using GraphExplorer.Graph;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using MapsterMapper;

namespace GraphExplorer.Api.GraphQL;

/// <summary>
/// The root <c>Query</c> type. Fields come in groups, one file each (<c>QueryType.*.cs</c>); a group
/// is a partial method, so each can be written and reviewed on its own.
/// </summary>
internal sealed partial class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Questions about countries, officials, meetings and declarations.";

        AddEntityFields();
        AddTraversalFields();
        AddSavedQueryFields();

        Field<NonNullGraphType<StringGraphType>>("backend")
            .Description("The database backend answering the queries: `Embedded` or `Neo4j`.")
            .Resolve()
            .WithService<IGraphDatabase>()
            .Resolve((_, database) => database.BackendName);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncounterType>>>>("encounters")
            .Description("Who met whom under which agreement: pairs of participants of different delegations at the same meeting, each pair both ways.")
            .Argument<StringGraphType>("participant", "The participant: an official's or position's id, a fragment of its name, title or role, or its delegation's country (id or name fragment).")
            .Argument<StringGraphType>("counterpart", "The one met, matched as `participant` is.")
            .Argument<StringGraphType>("declaration", "The declaration the meeting was held under: its id or a fragment of its title.")
            .Resolve()
            .WithServices<EncounterQueries, IMapper>()
            .ResolveAsync(async (context, queries, mapper) =>
            {
                var filter = new EncounterFilter(
                    context.GetArgument<string?>("participant"),
                    context.GetArgument<string?>("counterpart"),
                    context.GetArgument<string?>("declaration"));
                var encounters = await queries.FindAsync(filter, context.CancellationToken).ConfigureAwait(false);
                return (object?)mapper.Map<List<EncounterModel>>(encounters);
            });
    }

    /// <summary>Entities, Relay <c>node</c>/<c>nodes</c> and connections (QueryType.Entities.cs).</summary>
    partial void AddEntityFields();

    /// <summary>Traversals: neighbourhoods, paths, search (QueryType.Traversals.cs).</summary>
    partial void AddTraversalFields();

    /// <summary>Analysts' saved Cypher scripts (QueryType.SavedQueries.cs).</summary>
    partial void AddSavedQueryFields();
}
