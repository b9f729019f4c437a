using System.Globalization;

namespace GraphExplorer.Graph.Values;

public static partial class ValueText
{
    /// <summary>A POINT as Cypher's <c>toString()</c> writes it: <c>point({x: 1.0, y: 2.0, crs: 'cartesian'})</c>.</summary>
    public static string FormatPoint(CypherPoint value)
    {
        var crs = value.Srid switch
        {
            4326 => "wgs-84",
            4979 => "wgs-84-3d",
            7203 => "cartesian",
            9157 => "cartesian-3d",
            _ => value.Srid.ToString(CultureInfo.InvariantCulture),
        };
        var z = value.Z is { } height ? $", z: {FormatFloat(height)}" : string.Empty;
        return $"point({{x: {FormatFloat(value.X)}, y: {FormatFloat(value.Y)}{z}, crs: '{crs}'}})";
    }

    /// <summary>A POINT as well-known text with its SRID, as the Query API writes it: <c>SRID=4326;POINT (x y)</c>, <c>SRID=4979;POINT Z (x y z)</c>.</summary>
    public static string FormatPointWkt(CypherPoint value) => value.Z is { } z
        ? string.Create(CultureInfo.InvariantCulture, $"SRID={value.Srid};POINT Z ({FormatFloat(value.X)} {FormatFloat(value.Y)} {FormatFloat(z)})")
        : string.Create(CultureInfo.InvariantCulture, $"SRID={value.Srid};POINT ({FormatFloat(value.X)} {FormatFloat(value.Y)})");

    /// <summary>Reads <c>SRID=…;POINT(…)</c> or <c>SRID=…;POINT Z (…)</c>; spaces around the parts are optional.</summary>
    public static CypherPoint ParsePointWkt(string text)
    {
        var semicolon = text.IndexOf(';', StringComparison.Ordinal);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        if (!text.StartsWith("SRID=", StringComparison.OrdinalIgnoreCase) || semicolon < 0 || open < semicolon || close < open)
        {
            throw new FormatException($"'{text}' is not a point in the form SRID=…;POINT(…).");
        }

        var srid = int.Parse(text.AsSpan(5, semicolon - 5).Trim(), CultureInfo.InvariantCulture);
        var coordinates = text[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => ParseFloat(part))
            .ToArray();
        return coordinates.Length switch
        {
            2 => new CypherPoint(srid, coordinates[0], coordinates[1]),
            3 => new CypherPoint(srid, coordinates[0], coordinates[1], coordinates[2]),
            _ => throw new FormatException($"'{text}' has {coordinates.Length} coordinates; a point has 2 or 3."),
        };
    }
}
