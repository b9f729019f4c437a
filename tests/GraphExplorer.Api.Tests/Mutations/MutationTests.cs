using System.Net;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.Mutations;

/// <summary>Mutations: conventions, validation, idempotent import, and who may run them.</summary>
public sealed class MutationTests(EditorApiFactory factory) : IClassFixture<EditorApiFactory>
{
    private const string CreateCountry = """
        mutation($input: CreateCountryInput!) { createCountry(input: $input) { country { id key name isoCode aliases sources { nodes { key } } } errors { field code message } } }
        """;

    private static readonly string SourceId = GlobalId.Encode("Source", "source-875d67dad5e79e69");

    private async Task<int> CountAsync(string field, string where)
    {
        using var response = await factory.CreateHttpClient().PostQueryAsync($"{{ {field}(where: {where}) {{ totalCount }} }}");
        return (await response.ReadJsonAsync())["data"]![field]!["totalCount"]!.GetValue<int>();
    }

    [Fact]
    public async Task A_mutation_without_credentials_is_refused_and_stores_nothing()
    {
        var (response, body) = await MutationClient.SendAsync(factory.CreateHttpClient(), CreateCountry, new { input = new { key = "country-anon", name = "Anon" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], body.ErrorCodes());
        Assert.Null(body["data"]!["createCountry"]);
        Assert.Equal(0, await CountAsync("countries", "{key: {eq: \"country-anon\"}}"));
    }

    [Fact]
    public async Task A_key_without_the_editor_role_or_an_unknown_key_is_refused()
    {
        var (_, reader) = await MutationClient.SendAsync(factory.CreateHttpClient(), CreateCountry, new { input = new { key = "country-reader", name = "Reader" } }, apiKey: EditorApiFactory.ReaderKey);
        var (_, unknown) = await MutationClient.SendAsync(factory.CreateHttpClient(), CreateCountry, new { input = new { key = "country-unknown", name = "Unknown" } }, apiKey: "wrong");
        var (_, forged) = await MutationClient.SendAsync(factory.CreateHttpClient(), CreateCountry, new { input = new { key = "country-forged", name = "Forged" } }, bearer: MutationClient.Token(new string('x', 64), "editor"));

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], reader.ErrorCodes());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], unknown.ErrorCodes());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], forged.ErrorCodes());
        Assert.Equal(0, await CountAsync("countries", "{key: {in: [\"country-reader\", \"country-unknown\", \"country-forged\"]}}"));
    }

    [Fact]
    public async Task An_editor_creates_updates_and_deletes_a_country()
    {
        var client = factory.CreateHttpClient();
        var (_, created) = await MutationClient.SendAsync(client, CreateCountry,
            new { input = new { key = "country-me", name = "Montenegro", isoCode = "ME", aliases = new[] { "Crna Gora" }, sources = new[] { SourceId } } },
            apiKey: EditorApiFactory.EditorKey);
        Assert.True(created["errors"] is null, created.ToJsonString());
        var country = created["data"]!["createCountry"]!["country"]!;
        Assert.Equal("Montenegro", country["name"]!.GetValue<string>());
        Assert.Equal("source-875d67dad5e79e69", country["sources"]!["nodes"]![0]!["key"]!.GetValue<string>());
        Assert.Empty(created["data"]!["createCountry"]!["errors"]!.AsArray());
        var id = country["id"]!.GetValue<string>();

        var (_, updated) = await MutationClient.SendAsync(client,
            "mutation($input: UpdateCountryInput!) { updateCountry(input: $input) { country { name isoCode aliases } errors { field code } } }",
            new { input = new { id, isoCode = "MNE", aliases = (string[]?)null } }, bearer: MutationClient.Token(EditorApiFactory.SigningKey, "editor"));
        Assert.True(updated["errors"] is null, updated.ToJsonString());
        Assert.Equal("MNE", updated["data"]!["updateCountry"]!["country"]!["isoCode"]!.GetValue<string>());
        Assert.Equal("Montenegro", updated["data"]!["updateCountry"]!["country"]!["name"]!.GetValue<string>());
        Assert.Empty(updated["data"]!["updateCountry"]!["country"]!["aliases"]!.AsArray());

        var (_, deleted) = await MutationClient.SendAsync(client,
            "mutation($id: ID!) { deleteCountry(input: {id: $id}) { country { key } errors { code } } }", new { id }, apiKey: EditorApiFactory.EditorKey);
        Assert.Equal("country-me", deleted["data"]!["deleteCountry"]!["country"]!["key"]!.GetValue<string>());
        Assert.Equal(0, await CountAsync("countries", "{key: {eq: \"country-me\"}}"));
    }

    [Fact]
    public async Task Validation_errors_name_the_field_and_store_nothing()
    {
        var client = factory.CreateHttpClient();
        var (_, blank) = await MutationClient.SendAsync(client, CreateCountry, new { input = new { key = "country-blank", name = " " } }, apiKey: EditorApiFactory.EditorKey);
        var (_, duplicate) = await MutationClient.SendAsync(client, CreateCountry, new { input = new { key = "country-xk", name = "Kosovo again" } }, apiKey: EditorApiFactory.EditorKey);
        var (_, badSource) = await MutationClient.SendAsync(client, CreateCountry,
            new { input = new { key = "country-badsource", name = "Bad", sources = new[] { GlobalId.Encode("Source", "nope"), GlobalId.Encode("Country", "country-xk") } } }, apiKey: EditorApiFactory.EditorKey);
        var (_, badDate) = await MutationClient.SendAsync(client,
            "mutation { createMeeting(input: {key: \"meeting-bad\", title: \"Bad\", date: \"June\"}) { meeting { key } errors { field code } } }", apiKey: EditorApiFactory.EditorKey);

        Assert.Equal(("name", "REQUIRED"), Error(blank, "createCountry"));
        Assert.Equal(("id", "DUPLICATE_ID"), Error(duplicate, "createCountry"));
        Assert.Equal("sources[1]", badSource["data"]!["createCountry"]!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(("date", "INVALID_VALUE"), Error(badDate, "createMeeting"));
        Assert.Equal(0, await CountAsync("countries", "{key: {in: [\"country-blank\", \"country-badsource\"]}}"));
        Assert.Equal(0, await CountAsync("countries", "{name: {eq: \"Kosovo again\"}}"));
        Assert.Equal(0, await CountAsync("meetings", "{key: {eq: \"meeting-bad\"}}"));
    }

    [Fact]
    public async Task Connect_sets_relationship_properties_and_disconnect_removes_it()
    {
        var client = factory.CreateHttpClient();
        var (_, official) = await MutationClient.SendAsync(client,
            "mutation { createOfficial(input: {key: \"official-test-connect\", name: \"Test Official\"}) { official { id } errors { code } } }", apiKey: EditorApiFactory.EditorKey);
        var officialId = official["data"]!["createOfficial"]!["official"]!["id"]!.GetValue<string>();
        var positionId = GlobalId.Encode("Position", "position-minister-defence-al");

        var (_, connected) = await MutationClient.SendAsync(client,
            "mutation($input: ConnectHoldsInput!) { connectHolds(input: $input) { from { id } to { ... on Position { title } } errors { field code } } }",
            new { input = new { from = officialId, to = positionId, since = "2024-09", sources = new[] { SourceId } } }, apiKey: EditorApiFactory.EditorKey);
        Assert.True(connected["errors"] is null, connected.ToJsonString());
        Assert.Equal("Minister of Defence of Albania", connected["data"]!["connectHolds"]!["to"]!["title"]!.GetValue<string>());

        using var read = await client.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on Official { positions { edges { since until sources { key } node { key } } } } } }", new { id = officialId });
        var edge = (await read.ReadJsonAsync())["data"]!["node"]!["positions"]!["edges"]![0]!;
        Assert.Equal("2024-09", edge["since"]!.GetValue<string>());
        Assert.Equal("source-875d67dad5e79e69", edge["sources"]![0]!["key"]!.GetValue<string>());

        var (_, wrongType) = await MutationClient.SendAsync(client,
            "mutation($input: ConnectHoldsInput!) { connectHolds(input: $input) { errors { field code } } }",
            new { input = new { from = officialId, to = GlobalId.Encode("Country", "country-al") } }, apiKey: EditorApiFactory.EditorKey);
        Assert.Equal(("to", "INVALID_VALUE"), Error(wrongType, "connectHolds"));

        var (_, disconnected) = await MutationClient.SendAsync(client,
            "mutation($input: DisconnectHoldsInput!) { disconnectHolds(input: $input) { errors { code } } }",
            new { input = new { from = officialId, to = positionId } }, apiKey: EditorApiFactory.EditorKey);
        Assert.Empty(disconnected["data"]!["disconnectHolds"]!["errors"]!.AsArray());
        Assert.Equal(0, await CountAsync("officials", "{key: {eq: \"official-test-connect\"}, positions: {some: {}}}"));
    }

    [Fact]
    public async Task Import_is_idempotent_by_ids()
    {
        const string Import = """
            mutation($input: ImportDocumentInput!) { importDocument(input: $input) { nodesCreated relationshipsCreated errors { field code } } }
            """;
        var input = new
        {
            source = new { key = "source-import-test", title = "An import test", language = "en" },
            entities = new object[]
            {
                new { type = "Official", key = "official-import-test", name = "Imported Official" },
                new { type = "Position", key = "position-import-test", title = "Imported Post" },
            },
            relationships = new object[]
            {
                new { type = "HOLDS", from = "official-import-test", to = "position-import-test", since = "2025" },
                new { type = "IN", from = "position-import-test", to = "ministry-defence-hr" },
            },
        };
        var client = factory.CreateHttpClient();

        var (_, first) = await MutationClient.SendAsync(client, Import, new { input }, apiKey: EditorApiFactory.EditorKey);
        var (_, second) = await MutationClient.SendAsync(client, Import, new { input }, apiKey: EditorApiFactory.EditorKey);

        Assert.True(first["errors"] is null, first.ToJsonString());
        Assert.Equal(3, first["data"]!["importDocument"]!["nodesCreated"]!.GetValue<int>());
        Assert.Equal(4, first["data"]!["importDocument"]!["relationshipsCreated"]!.GetValue<int>());
        Assert.Equal(0, second["data"]!["importDocument"]!["nodesCreated"]!.GetValue<int>());
        Assert.Equal(0, second["data"]!["importDocument"]!["relationshipsCreated"]!.GetValue<int>());
        Assert.Equal(1, await CountAsync("positions", "{key: {eq: \"position-import-test\"}, ministry: {some: {key: {eq: \"ministry-defence-hr\"}}}}"));
    }

    [Fact]
    public async Task An_import_with_a_dangling_end_names_it_and_stores_nothing()
    {
        var input = new
        {
            source = new { key = "source-import-bad", title = "Bad import" },
            entities = new object[] { new { type = "Official", key = "official-import-bad", name = "Bad" } },
            relationships = new object[] { new { type = "HOLDS", from = "official-import-bad", to = "position-missing" } },
        };

        var (_, body) = await MutationClient.SendAsync(factory.CreateHttpClient(),
            "mutation($input: ImportDocumentInput!) { importDocument(input: $input) { nodesCreated errors { field code } } }", new { input }, apiKey: EditorApiFactory.EditorKey);

        Assert.Equal(("relationships[0].to", "NOT_FOUND"), Error(body, "importDocument"));
        Assert.Equal(0, await CountAsync("officials", "{key: {eq: \"official-import-bad\"}}"));
        Assert.Equal(0, await CountAsync("sources", "{key: {eq: \"source-import-bad\"}}"));
    }

    private static (string Field, string Code) Error(System.Text.Json.Nodes.JsonObject body, string mutation)
    {
        var error = body["data"]![mutation]!["errors"]![0]!;
        return (error["field"]!.GetValue<string>(), error["code"]!.GetValue<string>());
    }
}
