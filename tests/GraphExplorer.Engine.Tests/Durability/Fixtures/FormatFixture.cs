using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Tests.Durability.Fixtures;

/// <summary>
/// What the on-disk format fixtures hold, and how they were written. Each fixture folder (<c>format-v1</c>: the
/// snapshot format 1 and log format 1 that main wrote before decision 0096) is a data directory written by the
/// code of its time with <see cref="WriteAsync"/>: a snapshot with every value type, every constraint kind and
/// every index kind, then a committed log tail after it (the process "crashed" before its next checkpoint).
/// Rewriting a fixture with today's code would defeat it: the files are kept as they were written.
/// </summary>
internal static class FormatFixture
{
    /// <summary>The bytes of the <c>bytes</c> property (a parameter, as the points are: Cypher here has no literal for them).</summary>
    public static readonly byte[] Bytes = [0, 1, 2, 0xFE, 0xFF];

    /// <summary>Writes the fixture's data into the empty data directory <paramref name="directory"/>.</summary>
    public static async Task WriteAsync(string directory)
    {
        var options = new EmbeddedOptions { DataDirectory = directory };
        await using (var database = EmbeddedGraphDatabase.Open(options))
        {
            await database.RunAsync("CREATE CONSTRAINT country_id FOR (c:Country) REQUIRE c.id IS UNIQUE");
            await database.RunAsync("CREATE CONSTRAINT person_name FOR (p:Person) REQUIRE p.name IS NOT NULL");
            await database.RunAsync("CREATE CONSTRAINT person_key FOR (p:Person) REQUIRE (p.first, p.last) IS NODE KEY");
            await database.RunAsync("CREATE INDEX country_name FOR (c:Country) ON (c.name)");
            await database.RunAsync("CREATE TEXT INDEX person_note FOR (p:Person) ON (p.note)");
            await database.RunAsync("CREATE POINT INDEX place_at FOR (p:Place) ON (p.at)");
            await database.RunAsync("CREATE FULLTEXT INDEX names FOR (n:Country|Person) ON EACH [n.name, n.aliases]");
            await database.RunAsync(
                "CREATE (x:Country {id: 'xk', name: 'Kosovo', aliases: ['Kosova', 'Kosovë'], area: 10887.5, population: 1761985, "
                + "small: 7, negative: -3, big: 9007199254740993, member: false, candidate: true, "
                + "since: date('2008-02-17'), at: localdatetime('2025-06-01T10:30:00.123456789'), "
                + "zoned: datetime('2025-06-01T10:30:00+02:00'), t: localtime('12:00:01.5'), tz: time('12:00:01+01:00'), "
                + "d: duration('P1Y2M3DT4H5.000000006S'), ids: [1, 2, 3], ratios: [0.5, -1.25], empty: [], bytes: $bytes})"
                + "-[:NEIGHBOUR_OF {km: 1, since: 2008, open: true}]->"
                + "(al:Country:EuCandidate {id: 'al', name: 'Albania', aliases: ['Shqipëria']})",
                new Dictionary<string, object?> { ["bytes"] = Bytes });
            await database.RunAsync(
                "CREATE (p:Person {first: 'Vjosa', last: 'Osmani', name: 'Vjosa Osmani', note: 'President'})"
                + "-[:CITIZEN_OF]->(:Place {at: $at, geo: $geo})",
                new Dictionary<string, object?> { ["at"] = new CypherPoint(7203, 1.5, -2.5), ["geo"] = new CypherPoint(4979, 21.17, 42.66, 652.0) });
            await database.RunAsync("MATCH (p:Person), (c:Country {id: 'xk'}) CREATE (p)-[:LIVES_IN {from: date('1982-05-17')}]->(c)");
        }

        var tail = EmbeddedGraphDatabase.Open(options);
        await tail.RunAsync("MATCH (c:Country {id: 'al'}) SET c.population = 2402113, c.name = 'Shqipëria' REMOVE c.aliases");
        await tail.RunAsync("CREATE (:Country {id: 'me', name: 'Montenegro', area: 13812.0})");
        await tail.RunAsync("MATCH (a:Country {id: 'al'}), (m:Country {id: 'me'}) CREATE (a)-[:NEIGHBOUR_OF {km: 186}]->(m)");
        await tail.RunAsync("MATCH (:Country {id: 'xk'})-[r:NEIGHBOUR_OF]->() SET r.km = 2 REMOVE r.open");
        await tail.RunAsync("CREATE CONSTRAINT place_name FOR (p:Place) REQUIRE p.name IS UNIQUE");
        await tail.RunAsync("CREATE LOOKUP INDEX labels FOR (n) ON EACH labels(n)");
        await tail.RunAsync("CREATE (:Scratch {n: 1})");
        await tail.RunAsync("MATCH (s:Scratch) DELETE s");
        tail.SimulateCrash(losePageCache: false);
    }
}
