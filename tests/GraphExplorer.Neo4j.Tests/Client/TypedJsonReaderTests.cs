using System.Text.Json;
using GraphExplorer.Graph.Values;
using GraphExplorer.Protocols.QueryApi;

namespace GraphExplorer.Neo4j.Tests.Client;

/// <summary>Typed JSON values as Neo4j's Query API documentation shows them, read into the port's values.</summary>
public sealed class TypedJsonReaderTests
{
    [Theory]
    [InlineData("""{"$type":"Integer","_value":"9223372036854775807"}""", long.MaxValue)]
    [InlineData("""{"$type":"Integer","_value":"-42"}""", -42L)]
    [InlineData("""{"$type":"Boolean","_value":true}""", true)]
    [InlineData("""{"$type":"String","_value":"Phil"}""", "Phil")]
    [InlineData("""{"$type":"Float","_value":"1.5"}""", 1.5)]
    [InlineData("""{"$type":"Float","_value":"Infinity"}""", double.PositiveInfinity)]
    [InlineData("""{"$type":"Float","_value":"-Infinity"}""", double.NegativeInfinity)]
    public void Scalars_map_to_clr_values(string json, object expected) => Assert.Equal(expected, Read(json));

    [Fact]
    public void Integer_keeps_all_64_bits() => Assert.IsType<long>(Read("""{"$type":"Integer","_value":"1"}"""));

    [Fact]
    public void Float_nan_is_nan() => Assert.True(double.IsNaN((double)Read("""{"$type":"Float","_value":"NaN"}""")!));

    [Fact]
    public void Null_is_null() => Assert.Null(Read("""{"$type":"Null","_value":null}"""));

    [Fact]
    public void Base64_is_bytes() => Assert.Equal(new byte[] { 1, 2, 3, 255 }, Read("""{"$type":"Base64","_value":"AQID/w=="}"""));

    [Fact]
    public void List_and_map_hold_typed_values()
    {
        var list = Assert.IsType<List<object?>>(Read("""{"$type":"List","_value":[{"$type":"Integer","_value":"1"},{"$type":"String","_value":"a"}]}"""));
        Assert.Equal([1L, "a"], list);

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(
            Read("""{"$type":"Map","_value":{"name":{"$type":"String","_value":"Phil"},"age":{"$type":"Integer","_value":"30"}}}"""));
        Assert.Equal("Phil", map["name"]);
        Assert.Equal(30L, map["age"]);
    }

    [Fact]
    public void Temporal_values_map_to_the_ports_types()
    {
        Assert.Equal(new DateOnly(2015, 3, 26), Read("""{"$type":"Date","_value":"2015-03-26"}"""));
        Assert.Equal(new TimeOnly(12, 50, 35, 556), Read("""{"$type":"LocalTime","_value":"12:50:35.556"}"""));
        Assert.Equal(new DateTime(2015, 7, 4, 19, 32, 24), Read("""{"$type":"LocalDateTime","_value":"2015-07-04T19:32:24"}"""));
        Assert.Equal(
            new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)),
            Read("""{"$type":"OffsetDateTime","_value":"2024-01-01T21:40:32-01:00"}"""));
        var zoned = Assert.IsType<DateTimeOffset>(Read("""{"$type":"ZonedDateTime","_value":"2015-11-21T21:40:32.142+01:00[Europe/Berlin]"}"""));
        Assert.Equal(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.FromHours(1)), zoned);
        var time = Assert.IsType<DateTimeOffset>(Read("""{"$type":"Time","_value":"12:50:35.556+01:00"}"""));
        Assert.True(ValueText.IsTime(time));
        Assert.Equal(new TimeOnly(12, 50, 35, 556), TimeOnly.FromDateTime(time.DateTime));
        Assert.Equal(TimeSpan.FromHours(1), time.Offset);
    }

    [Theory]
    [InlineData("P14DT16H12M", 0, 14, 58320, 0)]
    [InlineData("P1Y2M3DT4H5M6.000000007S", 14, 3, 14706, 7)]
    [InlineData("PT0.5S", 0, 0, 0, 500000000)]
    [InlineData("P2W", 0, 14, 0, 0)]
    public void Duration_keeps_months_days_seconds_and_nanoseconds(string text, long months, long days, long seconds, int nanos) =>
        Assert.Equal(new CypherDuration(months, days, seconds, nanos), Read($$"""{"$type":"Duration","_value":"{{text}}"}"""));

    [Theory]
    [InlineData("SRID=4326;POINT (12.34 56.78)", 4326, 12.34, 56.78, null)]
    [InlineData("SRID=7203;POINT(1 2)", 7203, 1.0, 2.0, null)]
    [InlineData("SRID=4979;POINT Z (12.34 56.78 100.5)", 4979, 12.34, 56.78, 100.5)]
    public void Point_in_well_known_text_form(string text, int srid, double x, double y, double? z) =>
        Assert.Equal(new CypherPoint(srid, x, y, z), Read($$"""{"$type":"Point","_value":"{{text}}"}"""));

    [Fact]
    public void Point_in_object_form()
    {
        Assert.Equal(new CypherPoint(7203, 1.5, 2.5), Read("""{"$type":"Point","_value":{"srid":7203,"x":1.5,"y":2.5}}"""));
        Assert.Equal(new CypherPoint(9157, 1, 2, 3), Read("""{"$type":"Point","_value":{"type":"Point","coordinates":[1,2,3],"crs":{"srid":9157,"name":"cartesian-3d"}}}"""));
    }

    [Fact]
    public void Node_relationship_and_path()
    {
        const string alice = """{"$type":"Node","_value":{"_element_id":"4:db:0","_labels":["Person"],"_properties":{"name":{"$type":"String","_value":"Alice"}}}}""";
        const string bob = """{"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Person","Admin"],"_properties":{}}}""";
        const string knows = """{"$type":"Relationship","_value":{"_element_id":"5:db:0","_start_node_element_id":"4:db:0","_end_node_element_id":"4:db:1","_type":"KNOWS","_properties":{"since":{"$type":"Integer","_value":"2020"}}}}""";

        var node = Assert.IsType<GraphNode>(Read(alice));
        Assert.Equal("4:db:0", node.ElementId);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Alice", node.Properties["name"]);

        var relationship = Assert.IsType<GraphRelationship>(Read(knows));
        Assert.Equal(("KNOWS", "4:db:0", "4:db:1", 2020L), (relationship.Type, relationship.StartElementId, relationship.EndElementId, relationship.Properties["since"]));

        var path = Assert.IsType<GraphPath>(Read($$"""{"$type":"Path","_value":[{{alice}},{{knows}},{{bob}}]}"""));
        Assert.Equal(["4:db:0", "4:db:1"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal("5:db:0", Assert.Single(path.Relationships).ElementId);
    }

    [Fact]
    public void Unknown_type_is_a_format_error() =>
        Assert.Throws<FormatException>(() => Read("""{"$type":"Hologram","_value":"?"}"""));

    [Fact]
    public void Every_port_value_round_trips_through_the_writer()
    {
        var node = new GraphNode("4:x:1", ["A"], new Dictionary<string, object?> { ["p"] = 1L });
        var relationship = new GraphRelationship("5:x:1", "R", "4:x:1", "4:x:1", new Dictionary<string, object?>());
        object?[] values =
        [
            null, true, 7L, 2.25, double.NaN, "text", new byte[] { 0, 9 }, new DateOnly(2025, 6, 1), new TimeOnly(8, 30, 1),
            new DateTime(2025, 6, 1, 8, 30, 0), new DateTimeOffset(2025, 6, 1, 8, 30, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(ValueText.TimeDate.ToDateTime(new TimeOnly(8, 30)), TimeSpan.FromHours(-5)),
            new CypherDuration(14, 3, 3723, 5), new CypherPoint(4326, 20.9, 42.6), new CypherPoint(9157, 1, 2, 3),
            node, relationship, new GraphPath([node, node], [relationship]),
            new List<object?> { 1L, "a" }, new Dictionary<string, object?> { ["k"] = new List<object?> { 2.5 } },
        ];

        foreach (var value in values)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                TypedJsonWriter.Write(writer, value);
            }

            var back = TypedJsonReader.Read(JsonDocument.Parse(buffer.ToArray()).RootElement);
            Assert.Equal(Describe(value), Describe(back));
        }
    }

    private static object? Read(string json) => TypedJsonReader.Read(JsonDocument.Parse(json).RootElement);

    private static string Describe(object? value) => value switch
    {
        null => "null",
        byte[] bytes => Convert.ToHexString(bytes),
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(p => p.Key + ":" + Describe(p.Value))) + "}",
        GraphNode node => "node " + node.ElementId,
        GraphRelationship relationship => "rel " + relationship.ElementId,
        GraphPath path => "path " + string.Join(",", path.Nodes.Select(n => n.ElementId)),
        System.Collections.IEnumerable list and not string => "[" + string.Join(",", list.Cast<object?>().Select(Describe)) + "]",
        DateTimeOffset offset => offset.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.GetType().Name + ":" + Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
