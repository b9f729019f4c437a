using GraphExplorer.Api.GraphQL.Encounters;
using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Model;
using GraphExplorer.Api.GraphQL.SavedQueries;
using GraphExplorer.Api.GraphQL.Traversals;
using GraphExplorer.Graph;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL;

/// <summary>
/// The root <c>Query</c> type: each feature adds its fields through its <c>XxxFeature.AddFields</c>, in the order of
/// <see cref="GraphQLFeatures"/>.
/// </summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Questions about countries, officials, meetings and declarations.";

        EntitiesFeature.AddFields(this);
        TraversalsFeature.AddFields(this);
        EncountersFeature.AddFields(this);
        SavedQueriesFeature.AddFields(this);
        ModelFeature.AddFields(this);

        Field<NonNullGraphType<StringGraphType>>("backend")
            .Description("The database backend answering the queries: `Embedded` or `Neo4j`.")
            .Resolve()
            .WithService<IGraphDatabase>()
            .Resolve((_, database) => database.BackendName);
    }
}
