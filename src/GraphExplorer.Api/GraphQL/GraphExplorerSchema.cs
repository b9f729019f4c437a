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

        // IDEs ask for __Directive.isRepeatable when the schema has it. Input value deprecation stays off:
        // Banana Cake Pop, seeing __InputValue.isDeprecated, would also send __Directive.args(includeDeprecated:),
        // which GraphQL.NET 8 does not have, and its schema query would fail.
        Features.RepeatableDirectives = true;
    }
}
