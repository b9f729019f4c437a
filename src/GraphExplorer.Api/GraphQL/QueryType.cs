using GraphExplorer.Api.GraphQL.Encounters;
using GraphExplorer.Graph;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL;

/// <summary>
/// The root <c>Query</c> type: each feature adds its fields, in the order of <see cref="GraphQLFeatures"/>. A feature
/// contributes through its <c>XxxFeature.AddFields</c> (encounters) or, for the older ones, a partial method in
/// <c>QueryType.Xxx.cs</c>.
/// </summary>
internal sealed partial class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Questions about countries, officials, meetings and declarations.";

        AddEntityFields();
        AddTraversalFields();
        EncountersFeature.AddFields(this);
        AddSavedQueryFields();

        Field<NonNullGraphType<StringGraphType>>("backend")
            .Description("The database backend answering the queries: `Embedded` or `Neo4j`.")
            .Resolve()
            .WithService<IGraphDatabase>()
            .Resolve((_, database) => database.BackendName);
    }

    /// <summary>Entities, Relay <c>node</c>/<c>nodes</c> and connections (QueryType.Entities.cs).</summary>
    partial void AddEntityFields();

    /// <summary>Traversals: neighbourhoods, paths, search (QueryType.Traversals.cs).</summary>
    partial void AddTraversalFields();

    /// <summary>Analysts' saved Cypher scripts (QueryType.SavedQueries.cs).</summary>
    partial void AddSavedQueryFields();
}
