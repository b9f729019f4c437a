using GraphExplorer.Core.Entities;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Model;

/// <summary>GraphQL type <c>ModelRelationshipType</c>.</summary>
internal sealed class ModelRelationshipType : ObjectGraphType<RelationshipSpec>
{
    public ModelRelationshipType()
    {
        Name = "ModelRelationshipType";
        Description = "A relationship type and the labels it joins.";
        Field(x => x.Type).Description("The relationship type (`HOLDS`).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("from")
            .Description("The labels a relationship of this type may start at.")
            .Resolve(context => context.Source.FromLabels);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("to")
            .Description("The labels it may end at.")
            .Resolve(context => context.Source.ToLabels);
        Field(x => x.Description).Description("What a relationship of this type states.");
    }
}
