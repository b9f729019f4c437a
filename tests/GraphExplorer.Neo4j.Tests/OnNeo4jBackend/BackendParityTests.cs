using System.Text.Json.Nodes;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Neo4j.Tests.OnNeo4jBackend;

/// <summary>
/// The same GraphQL request answered by the API on the Neo4j backend and by the API on the embedded engine (the
/// host that serves the Query API is that API, over the same seed): the data must be the same to the byte, so
/// every value that crosses the Query API's typed JSON and comes back through the client is checked end to end.
/// </summary>
public sealed class BackendParityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string GraphFields = "nodes { id type label properties } edges { id type source target properties } truncated";

    public static TheoryData<string, string?> Requests => new()
    {
        { "{ sources { totalCount nodes { id key title publisher url language publishedOn retrievedAt subjects(first: 50) { totalCount edges { cursor node { __typename } } } } } }", null },
        { "{ countries(order: [{name: ASC}]) { nodes { id key name isoCode aliases ministries(first: 5) { totalCount nodes { key name positions(first: 10) { nodes { key title holders(first: 5) { nodes { key name } } } } } } } } }", null },
        { "{ officials(order: [{name: ASC}]) { nodes { key name aliases positions { edges { since until sources { key title } node { key } } } attended { edges { role delegationOf headOfDelegation node { key title date } } } } } }", null },
        { "{ meetings { nodes { key title date level location summary declaration { key title kind signedOn summary } participants { edges { cursor role delegationOf headOfDelegation node { __typename } } } topics { nodes { key name } } } } }", null },
        { "{ declarations { nodes { key title kind signedOn summary signatories { totalCount } parties { nodes { key } } meetings { nodes { key } } topics { edges { cursor node { key name } } } } } }", null },
        { $"query($id: ID!) {{ neighborhood(id: $id, depth: 2) {{ {GraphFields} }} }}", """{"id": "TWVldGluZzptZWV0aW5nLXRyaWxhdGVyYWwtZGlyZWN0b3JzLWRlZmVuY2UtcG9saWN5LWFybWFtZW50"}""" },
        { $"query($from: ID!, $to: ID!) {{ paths(from: $from, to: $to, maxLength: 4, all: true) {{ {GraphFields} }} }}", """{"from": "T2ZmaWNpYWw6b2ZmaWNpYWwtZmFydWstZ2VjaQ", "to": "Q291bnRyeTpjb3VudHJ5LWhy"}""" },
        { "{ a: search(text: \"defence\", first: 50) { id type label score } b: search(text: \"kosovo\", types: [COUNTRY, MINISTRY, POSITION]) { id label score } }", null },
        { "{ a: search(text: \"GEÇI fa\") { id type label score } b: search(text: \"\\\"(a AND b~\", first: 50) { id score } c: search(text: \"dir def pol\", first: 50) { id label score } d: search(text: \"kroatien\", types: [COUNTRY]) { id label score } }", null },
        { $"query($from: ID!, $to: ID!) {{ a: paths(from: $from, to: $to, includeSources: true) {{ {GraphFields} unexpanded }} b: paths(from: $from, to: $to, relationshipTypes: [\"ATTENDED\", \"TOOK_PART_IN\"], asOf: \"2025\", all: true) {{ {GraphFields} }} c: neighborhood(id: $from, depth: 2, includeSources: true) {{ {GraphFields} unexpanded }} }}", """{"from": "T2ZmaWNpYWw6b2ZmaWNpYWwtZmFydWstZ2VjaQ", "to": "Q291bnRyeTpjb3VudHJ5LWhy"}""" },
        { "{ o: encounters(level: OFFICIAL) { totalCount nodes { participant { id kind name countryId countryName role headOfDelegation } counterpart { id kind name countryId countryName role headOfDelegation } meeting { id title date level location summary } declaration { id title kind signedOn summary } } } c: encounters(level: COUNTRY, asOf: \"2025\") { nodes { participant { id } counterpart { id } } } g: encounterGroups(participant: \"Kosovo\", by: COUNTRY) { totalCount participants { id name } nodes { key { id key kind name } count meetingCount } } }", null },
        { "{ savedQueries { name description readOnly parameters { name type required default description } } }", null },
    };

    public static TheoryData<string, string> SavedQueries => new()
    {
        { "entity-sources", """{"id": "official-faruk-geci"}""" },
        { "meetings-by-topic", """{"topic": "defence"}""" },
        { "meetings-under-declaration", """{"declaration": "declaration-2025-trilateral-defence"}""" },
        { "ministry-position-holders", """{"ministry": "ministry-defence-xk"}""" },
        { "official-contacts", """{"id": "official-faruk-geci", "hops": 4}""" },
        { "relationship-sources", """{"from": "official-faruk-geci", "to": "meeting-trilateral-directors-defence-policy-armament"}""" },
        { "shared-agreements", """{"country": "country-xk", "otherCountry": "country-hr"}""" },
        { "shortest-connection", """{"from": "official-faruk-geci", "to": "position-director-defence-policy-armament-hr"}""" },
        { "who-met-whom", "{}" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Neo4j_backend_answers_as_the_embedded_engine(string query, string? variables)
    {
        await AssertSameAsync(query, variables is null ? null : JsonNode.Parse(variables));
    }

    [Theory]
    [MemberData(nameof(SavedQueries))]
    public async Task Saved_queries_answer_as_on_the_embedded_engine(string name, string parameters)
    {
        await AssertSameAsync(
            "query($name: String!, $parameters: JSON) { runSavedQuery(name: $name, parameters: $parameters) { columns rows truncated graph { nodes { id type label properties } edges { id type source target properties } truncated } } }",
            new JsonObject { ["name"] = name, ["parameters"] = JsonNode.Parse(parameters) },
            expectRows: true);
    }

    private async Task AssertSameAsync(string query, JsonNode? variables, bool expectRows = false)
    {
        using var onNeo4j = await factory.CreateHttpClient().PostQueryAsync(query, variables);
        using var onEmbedded = await factory.Neo4jServer.CreateRawClient().PostQueryAsync(query, variables);
        var neo4j = await onNeo4j.ReadJsonAsync();
        var embedded = await onEmbedded.ReadJsonAsync();

        Assert.True(embedded["errors"] is null, embedded.ToJsonString());
        Assert.True(neo4j["errors"] is null, neo4j.ToJsonString());
        if (expectRows)
        {
            Assert.NotEmpty(embedded["data"]!["runSavedQuery"]!["rows"]!.AsArray());
        }

        Assert.Equal(embedded["data"]!.ToJsonString(), neo4j["data"]!.ToJsonString());
    }
}
