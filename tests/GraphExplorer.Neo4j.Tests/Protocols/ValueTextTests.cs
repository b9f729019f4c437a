using System.Text;
using System.Text.Json;
using GraphExplorer.Graph.Values;
using GraphExplorer.Protocols.QueryApi;

namespace GraphExplorer.Neo4j.Tests.Protocols;

/// <summary>
/// The port's one text form of values (ValueText), as the engine's toString() and both ends of the Query API use it:
/// Neo4j's own forms, and everything written reads back to the same value.
/// </summary>
public sealed class ValueTextTests
{
    public static TheoryData<object, string> NeoForms => new()
    {
        { new DateOnly(2025, 6, 12), "2025-06-12" },
        { new TimeOnly(12, 0), "12:00" },
        { new TimeOnly(12, 50, 35, 556), "12:50:35.556" },
        { new DateTime(2025, 6, 12, 9, 30, 0), "2025-06-12T09:30" },
        { ValueText.ToTime(new TimeOnly(12, 50), TimeSpan.FromHours(1)), "12:50+01:00" },
        { new DateTimeOffset(2025, 6, 12, 9, 30, 15, TimeSpan.Zero), "2025-06-12T09:30:15Z" },
        { new CypherDuration(14, 3, 3600 + 120 + 5, 500_000_000), "P1Y2M3DT1H2M5.5S" },
        { new CypherDuration(0, 0, 0, 0), "PT0S" },
        { new CypherPoint(7203, 1, 2), "point({x: 1.0, y: 2.0, crs: 'cartesian'})" },
    };

    [Theory]
    [MemberData(nameof(NeoForms))]
    public void Values_print_as_neo4j_prints_them(object value, string expected) => Assert.Equal(expected, ValueText.TryFormat(value));

    [Fact]
    public void Typed_json_writes_the_same_forms_as_cypher_toString()
    {
        Assert.Equal("PT1H", TypedValue(new CypherDuration(0, 0, 3600, 0)));
        Assert.Equal("12:00", TypedValue(new TimeOnly(12, 0)));
        Assert.Equal("SRID=4326;POINT (1.5 2.0)", TypedValue(new CypherPoint(4326, 1.5, 2)));
    }

    [Fact]
    public void Neo4j_nanosecond_fractions_are_read()
    {
        Assert.Equal(new TimeOnly(12, 50, 35).Add(TimeSpan.FromTicks(1_234_567)), ValueText.ParseLocalTime("12:50:35.123456789"));
        Assert.Equal(
            new DateTimeOffset(2025, 6, 12, 9, 30, 15, TimeSpan.FromHours(2)).AddTicks(1_234_567),
            ValueText.ParseDateTime("2025-06-12T09:30:15.123456789+02:00[Europe/Berlin]"));
    }

    [Fact]
    public void Every_form_reads_back_to_its_value()
    {
        var time = ValueText.ToTime(new TimeOnly(23, 59, 59, 999), TimeSpan.FromMinutes(-330));
        Assert.Equal(time, ValueText.ParseTime(ValueText.FormatTime(time)));
        Assert.True(ValueText.IsTime(ValueText.ParseTime("00:00Z")));
        var dateTime = new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.FromHours(-5));
        Assert.Equal(dateTime, ValueText.ParseDateTime(ValueText.FormatDateTime(dateTime)));
        var local = new DateTime(2025, 1, 2, 3, 4, 5, 6);
        Assert.Equal(local, ValueText.ParseLocalDateTime(ValueText.FormatLocalDateTime(local)));
        var duration = new CypherDuration(-13, 2, -3725, 0);
        Assert.Equal(duration, ValueText.ParseDuration(ValueText.FormatDuration(duration)));
        var point = new CypherPoint(4979, 1.25, -2, 3e10);
        Assert.Equal(point, ValueText.ParsePointWkt(ValueText.FormatPointWkt(point)));
        Assert.Equal(1e-7, ValueText.ParseFloat(ValueText.FormatFloat(1e-7)));
    }

    private static string TypedValue(object value)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TypedJsonWriter.Write(writer, value);
        }

        return JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray())).RootElement.GetProperty("_value").GetString()!;
    }
}
