using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Filtering;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL;

/// <summary>The GraphQL schema of GraphExplorer. Built once (singleton); thread-safe once built.</summary>
internal sealed class GraphExplorerSchema : Schema
{
    public GraphExplorerSchema(IServiceProvider services)
        : base(services)
    {
        Description = "GraphExplorer: a relationship explorer for public affairs.";
        Query = services.GetRequiredService<QueryType>();
        NameConverter = new FilterNameConverter();

        // The entity types are built from the model's catalogue, not declared as classes: registered here by instance.
        var entityTypes = services.GetRequiredService<EntityGraphTypes>();
        foreach (var type in entityTypes.All)
        {
            RegisterType(type);
        }

        Mutation = entityTypes.Mutation;

        // IDEs ask for __Directive.isRepeatable when the schema has it. Input value deprecation stays off:
        // Banana Cake Pop, seeing __InputValue.isDeprecated, would also send __Directive.args(includeDeprecated:),
        // which GraphQL.NET 8 does not have, and its schema query would fail.
        Features.RepeatableDirectives = true;
    }
}
