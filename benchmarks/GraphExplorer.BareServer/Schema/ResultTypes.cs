using GraphExplorer.BareServer.Data;
using GraphQL.Types;

namespace GraphExplorer.BareServer.Schema;

/// <summary>The non-entity result types of the load shapes: <c>Graph</c>, <c>SearchHit</c> <c>Encounter</c> and its connection, with the API's field names.</summary>
internal static class ResultTypes
{
    /// <summary><c>Graph { nodes { id type label } edges { id type source target } truncated }</c>.</summary>
    public static ObjectGraphType<BareSubgraph> Graph()
    {
        var node = new ObjectGraphType<BareEntity> { Name = "GraphNode" };
        node.Field("id", new NonNullGraphType(new IdGraphType())).Resolve(context => context.Source.GlobalId);
        node.Field("type", new NonNullGraphType(new StringGraphType())).Resolve(context => context.Source.Label.ToUpperInvariant());
        node.Field("label", new NonNullGraphType(new StringGraphType())).Resolve(context => context.Source.Caption);
        var edge = new ObjectGraphType<BareRelationship> { Name = "GraphEdge" };
        edge.Field("id", new NonNullGraphType(new IdGraphType())).Resolve(context => context.Source.Id);
        edge.Field("type", new NonNullGraphType(new StringGraphType())).Resolve(context => context.Source.Type);
        edge.Field("source", new NonNullGraphType(new IdGraphType())).Resolve(context => context.Source.From.GlobalId);
        edge.Field("target", new NonNullGraphType(new IdGraphType())).Resolve(context => context.Source.To.GlobalId);
        var graph = new ObjectGraphType<BareSubgraph> { Name = "Graph" };
        graph.Field("nodes", new NonNullGraphType(new ListGraphType(new NonNullGraphType(node)))).Resolve(context => context.Source.Nodes);
        graph.Field("edges", new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge)))).Resolve(context => context.Source.Edges);
        graph.Field("truncated", new NonNullGraphType(new BooleanGraphType())).Resolve(context => context.Source.Truncated);
        return graph;
    }

    /// <summary><c>SearchHit { id type label score }</c>.</summary>
    public static ObjectGraphType<BareEntity> SearchHit()
    {
        var hit = new ObjectGraphType<BareEntity> { Name = "SearchHit" };
        hit.Field("id", new NonNullGraphType(new IdGraphType())).Resolve(context => context.Source.GlobalId);
        hit.Field("type", new NonNullGraphType(new StringGraphType())).Resolve(context => context.Source.Label.ToUpperInvariant());
        hit.Field("label", new NonNullGraphType(new StringGraphType())).Resolve(context => context.Source.Caption);
        hit.Field("score", new NonNullGraphType(new FloatGraphType())).Resolve(_ => 1.0);
        return hit;
    }

    /// <summary><c>Encounter { participant counterpart meeting declaration }</c> at country level.</summary>
    public static ObjectGraphType<BareEncounter> Encounter()
    {
        var party = new ObjectGraphType<BareEntity> { Name = "EncounterParty" };
        party.Field("id", new NonNullGraphType(new StringGraphType())).Resolve(context => context.Source.Key);
        party.Field("kind", new NonNullGraphType(new StringGraphType())).Resolve(context => context.Source.Label);
        party.Field("name", new NonNullGraphType(new StringGraphType())).Resolve(context => context.Source.Caption);
        party.Field("countryId", new StringGraphType()).Resolve(context => context.Source.Key);
        party.Field("countryName", new StringGraphType()).Resolve(context => context.Source.Caption);
        party.Field("role", new StringGraphType()).Resolve(_ => null);
        party.Field("headOfDelegation", new BooleanGraphType()).Resolve(_ => null);
        var meeting = Described("EncounterMeeting", "title", "date", "level", "location", "summary");
        var declaration = Described("EncounterDeclaration", "title", "kind", "signedOn", "summary");
        var encounter = new ObjectGraphType<BareEncounter> { Name = "Encounter" };
        encounter.Field("participant", new NonNullGraphType(party)).Resolve(context => context.Source.Participant);
        encounter.Field("counterpart", new NonNullGraphType(party)).Resolve(context => context.Source.Counterpart);
        encounter.Field("meeting", new NonNullGraphType(meeting)).Resolve(context => context.Source.Meeting);
        encounter.Field("declaration", declaration).Resolve(context => context.Source.Declaration);
        return encounter;
    }

    /// <summary><c>EncounterConnection { totalCount nodes pageInfo { hasNextPage endCursor } }</c> over the encounter rows.</summary>
    public static ObjectGraphType<BareEncounterPage> EncounterConnection()
    {
        var pageInfo = new ObjectGraphType<BareEncounterPage> { Name = "PageInfo" };
        pageInfo.Field("hasNextPage", new NonNullGraphType(new BooleanGraphType())).Resolve(context => context.Source.Offset + context.Source.Items.Count < context.Source.Total);
        pageInfo.Field("endCursor", new StringGraphType()).Resolve(context => context.Source.Items.Count == 0 ? null : BarePage.Cursor(context.Source.Offset + context.Source.Items.Count - 1));
        var connection = new ObjectGraphType<BareEncounterPage> { Name = "EncounterConnection" };
        connection.Field("nodes", new NonNullGraphType(new ListGraphType(new NonNullGraphType(Encounter())))).Resolve(context => context.Source.Items);
        connection.Field("pageInfo", new NonNullGraphType(pageInfo)).Resolve(context => context.Source);
        connection.Field("totalCount", new NonNullGraphType(new IntGraphType())).Resolve(context => context.Source.Total);
        return connection;
    }

    private static ObjectGraphType<BareEntity> Described(string name, params string[] fields)
    {
        var type = new ObjectGraphType<BareEntity> { Name = name };
        type.Field("id", new NonNullGraphType(new StringGraphType())).Resolve(context => context.Source.Key);
        foreach (var field in fields)
        {
            type.Field(field, new StringGraphType()).Resolve(context => context.Source.Property(field));
        }

        return type;
    }
}
