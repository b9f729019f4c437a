using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>GraphQL type <c>SearchHit</c>.</summary>
internal sealed class SearchHitType : ObjectGraphType<SearchHitModel>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "An entity whose name, title or alias matches a search.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entity's global id.");
        Field(x => x.Type, type: typeof(NonNullGraphType<EntityTypeEnum>)).Description("What kind of entity it is.");
        Field(x => x.Label).Description("Its display name.");
        Field(x => x.Score).Description("How well it matches: the fulltext index's relevance score (whole words above prefixes, more and rarer words higher); compare scores within one answer only.");
    }
}
