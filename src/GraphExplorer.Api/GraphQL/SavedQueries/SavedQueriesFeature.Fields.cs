using GraphExplorer.Api.GraphQL.Traversals;
using GraphExplorer.Core.SavedQueries;
using GraphExplorer.Graph;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.SavedQueries;

/// <summary>Analysts' saved Cypher scripts: the catalog and running one, read-only, with a timeout and a row cap.</summary>
internal static partial class SavedQueriesFeature
{
    private static readonly SavedQueryOptions RunLimits = new() { Timeout = TimeSpan.FromSeconds(30), MaxRows = 1000 };

    /// <summary>Adds the feature's fields to the root query.</summary>
    public static void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SavedQueryGraphType>>>>("savedQueries")
            .Description("The saved Cypher scripts, with each parameter's name, type, default and description.")
            .Resolve()
            .WithService<SavedQueryCatalogProvider>()
            .ResolveAsync(async (_, catalogs) => (object?)(await catalogs.GetAsync().ConfigureAwait(false)).Queries);

        query.Field<NonNullGraphType<SavedQueryResultGraphType>>("runSavedQuery")
            .Description("Runs a saved script in a read transaction (30 s timeout, 1000 rows at most). A script that writes is refused; an unknown script or a missing, unknown or mistyped parameter is an error naming it.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The script's name (see `savedQueries`).")
            .Argument<JsonGraphType>("parameters", "The parameters as a JSON object, e.g. {\"id\": \"official-faruk-geci\", \"hops\": 2}.")
            .Resolve()
            .WithServices<IGraphDatabase, SavedQueryCatalogProvider>()
            .ResolveAsync(async (context, database, catalogs) =>
            {
                try
                {
                    var catalog = await catalogs.GetAsync().ConfigureAwait(false);
                    var saved = catalog.Get(context.GetArgument<string>("name"));
                    var parameters = context.GetArgument<object?>("parameters") switch
                    {
                        null => null,
                        IReadOnlyDictionary<string, object?> map => map,
                        IDictionary<string, object?> map => new Dictionary<string, object?>(map, StringComparer.Ordinal),
                        _ => throw new ExecutionError("'parameters' must be a JSON object.") { Code = SavedQueryErrorCodes.ParameterInvalid },
                    };
                    var result = await new SavedQueryRunner(database, RunLimits).RunAsync(saved, parameters, context.CancellationToken).ConfigureAwait(false);
                    return (object?)SavedQueryResults.ToModel(result);
                }
                catch (SavedQueryException error)
                {
                    var graphQLError = new ExecutionError(error.Message, error) { Code = error.Code };
                    if (error.ParameterName is not null)
                    {
                        graphQLError.Data["parameter"] = error.ParameterName;
                    }

                    throw graphQLError;
                }
            });
    }
}
