using GraphExplorer.Api.GraphQL.Traversals;
using GraphExplorer.Core.SavedQueries;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.SavedQueries;

/// <summary>GraphQL type <c>SavedQuery</c>: one saved Cypher script of the catalog.</summary>
internal sealed class SavedQueryGraphType : ObjectGraphType<SavedQuery>
{
    public SavedQueryGraphType()
    {
        Name = "SavedQuery";
        Description = "A saved Cypher script (cypher/queries/*.cypher) that `runSavedQuery` runs read-only.";
        Field(x => x.Name).Description("The name to pass to `runSavedQuery`.");
        Field(x => x.Description).Description("What question the script answers.");
        Field(x => x.ReadOnly).Description("Whether its header declares it read-only (it runs in a read transaction either way).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SavedQueryParameterGraphType>>>>("parameters")
            .Description("The parameters it takes, in header order.")
            .Resolve(context => context.Source.Parameters);
        Field<NonNullGraphType<StringGraphType>>("cypher").Description("The statement.").Resolve(context => context.Source.Cypher);
    }
}

/// <summary>GraphQL type <c>SavedQueryParameter</c>.</summary>
internal sealed class SavedQueryParameterGraphType : ObjectGraphType<SavedQueryParameter>
{
    public SavedQueryParameterGraphType()
    {
        Name = "SavedQueryParameter";
        Description = "A parameter of a saved script.";
        Field(x => x.Name).Description("Its name (the key in `runSavedQuery(parameters:)`).");
        Field<NonNullGraphType<StringGraphType>>("type").Description("Its type: String, Integer, Float, Boolean or List<String>.").Resolve(context => context.Source.TypeName);
        Field<NonNullGraphType<BooleanGraphType>>("required").Description("Whether it must be given (it has no default).").Resolve(context => context.Source.IsRequired);
        Field<JsonGraphType>("default").Description("Its default value, when it has one.").Resolve(context => JsonValues.ToJson(context.Source.Default));
        Field(x => x.Description).Description("What it means.");
    }
}

/// <summary>GraphQL type <c>SavedQueryResult</c>.</summary>
internal sealed class SavedQueryResultGraphType : ObjectGraphType<SavedQueryResultModel>
{
    public SavedQueryResultGraphType()
    {
        Name = "SavedQueryResult";
        Description = "What a saved script returned: columns, rows as JSON objects, and the graph values of the rows as one graph.";
        Field(x => x.Columns, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("Column names in RETURN order.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JsonGraphType>>>>("rows")
            .Description("Each row as a JSON object keyed by column; nodes as {id, type, label, properties}, relationships as {type, properties}, paths as {nodes, relationships}.")
            .Resolve(context => context.Source.Rows);
        Field(x => x.Truncated).Description("Whether rows beyond the row cap were left out.");
        Field(x => x.Graph, type: typeof(NonNullGraphType<GraphResultType>)).Description("Nodes and relationships found in the rows (inside lists, maps and paths), each once; an edge appears when both its ends do.");
    }
}

/// <summary>The resolved result of <c>runSavedQuery</c>.</summary>
internal sealed record SavedQueryResultModel(IReadOnlyList<string> Columns, IReadOnlyList<object?> Rows, bool Truncated, GraphModel Graph);
