using System.Net;
using System.Text;
using GraphExplorer.Api.Tests.Infrastructure;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>
/// The schema query Banana Cake Pop sends: it first probes which introspection fields the server has, then
/// asks for the whole schema with what it found and <c>ofType</c> nested nine levels deep.
/// </summary>
public sealed class IntrospectionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string CapabilityProbe = """
        query Capabilities {
          schema: __type(name: "__Schema") { fields { name } }
          directive: __type(name: "__Directive") { fields { name } }
          inputValue: __type(name: "__InputValue") { fields { name } }
          type: __type(name: "__Type") { fields { name } }
        }
        """;

    [Fact]
    public async Task Banana_cake_pop_schema_query_for_the_advertised_capabilities_succeeds()
    {
        var body = await RunSchemaQueryAsync();

        Assert.Null(body["errors"]);
        var schema = body["data"]!["__schema"]!;
        Assert.Equal("Query", schema["queryType"]!["name"]!.GetValue<string>());
        var typeNames = schema["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("Encounter", typeNames);
        Assert.Contains("EncounterParty", typeNames);
        Assert.Contains("Meeting", typeNames);
        Assert.Contains("Declaration", typeNames);
    }

    [Fact]
    public async Task Every_type_field_and_argument_of_the_schema_has_a_description()
    {
        var body = await RunSchemaQueryAsync();

        var types = body["data"]!["__schema"]!["types"]!.AsArray()
            .Where(t => t!["kind"]!.GetValue<string>() == "OBJECT" && !t["name"]!.GetValue<string>().StartsWith("__", StringComparison.Ordinal));
        foreach (var type in types)
        {
            Assert.False(string.IsNullOrWhiteSpace(type!["description"]?.GetValue<string>()), $"type {type["name"]} has no description");
            foreach (var field in type["fields"]!.AsArray())
            {
                Assert.False(string.IsNullOrWhiteSpace(field!["description"]?.GetValue<string>()), $"{type["name"]}.{field["name"]} has no description");
                foreach (var argument in field["args"]!.AsArray())
                {
                    Assert.False(string.IsNullOrWhiteSpace(argument!["description"]?.GetValue<string>()), $"{type["name"]}.{field["name"]}({argument["name"]}) has no description");
                }
            }
        }
    }

    private async Task<System.Text.Json.Nodes.JsonObject> RunSchemaQueryAsync()
    {
        var client = factory.CreateHttpClient();
        using var probe = await client.PostQueryAsync(CapabilityProbe);
        var capabilities = (await probe.ReadJsonAsync())["data"]!;
        bool Has(string type, string field) => capabilities[type]!["fields"]!.AsArray().Any(f => f!["name"]!.GetValue<string>() == field);

        var query = BuildSchemaQuery(
            subscription: Has("schema", "subscriptionType"),
            directiveIsRepeatable: Has("directive", "isRepeatable"),
            inputValueDeprecation: Has("inputValue", "isDeprecated"),
            specifiedByUrl: Has("type", "specifiedByURL"),
            oneOf: Has("type", "isOneOf"),
            typeDepth: 10);
        using var response = await client.PostQueryAsync(query);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return body;
    }

    /// <summary>The full schema query, with the optional parts an IDE adds when the server advertises them.</summary>
    private static string BuildSchemaQuery(bool subscription, bool directiveIsRepeatable, bool inputValueDeprecation, bool specifiedByUrl, bool oneOf, int typeDepth)
    {
        var includeDeprecated = inputValueDeprecation ? "(includeDeprecated: true)" : "";
        var typeRef = new StringBuilder("kind name");
        for (var level = 1; level < typeDepth; level++)
        {
            typeRef.Insert(0, "kind name ofType { ").Append(" }");
        }

        return $$"""
            query IntrospectionQuery {
              __schema {
                description
                queryType { name }
                mutationType { name }
                {{(subscription ? "subscriptionType { name }" : "")}}
                types { ...FullType }
                directives {
                  name
                  description
                  {{(directiveIsRepeatable ? "isRepeatable" : "")}}
                  locations
                  args{{includeDeprecated}} { ...InputValue }
                }
              }
            }

            fragment FullType on __Type {
              kind
              name
              description
              {{(specifiedByUrl ? "specifiedByURL" : "")}}
              {{(oneOf ? "isOneOf" : "")}}
              fields(includeDeprecated: true) {
                name
                description
                args{{includeDeprecated}} { ...InputValue }
                type { ...TypeRef }
                isDeprecated
                deprecationReason
              }
              inputFields{{includeDeprecated}} { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }

            fragment InputValue on __InputValue {
              name
              description
              type { ...TypeRef }
              defaultValue
              {{(inputValueDeprecation ? "isDeprecated deprecationReason" : "")}}
            }

            fragment TypeRef on __Type { {{typeRef}} }
            """;
    }
}
