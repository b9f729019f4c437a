// Synthetic load-test dataset (issue 5, item 11): 50 countries, 2,000 posts, 5,000 officials with dated
// tenures, 100 declarations and 20,000 meetings with 4 attendances and 2 taking-part countries each.
// Plain Neo4j 5 Cypher; run.sh applies it as the seed of an empty data folder. Ids are stable, so the load
// scripts can name entities: country-load-<i>, position-load-<i>, official-load-<i>, meeting-load-<i>.

UNWIND range(0, 49) AS i
CREATE (:Country {id: 'country-load-' + toString(i), name: 'Country ' + toString(i), isoCode: 'L' + toString(i), aliases: ['Land ' + toString(i)]});

UNWIND range(0, 1999) AS i
MATCH (c:Country {id: 'country-load-' + toString(i % 50)})
CREATE (p:Position {id: 'position-load-' + toString(i), title: 'Post ' + toString(i) + ' of ' + c.name});

UNWIND range(0, 4999) AS i
MATCH (p:Position {id: 'position-load-' + toString(i % 2000)})
CREATE (o:Official {id: 'official-load-' + toString(i), name: 'Official ' + toString(i)})
CREATE (o)-[:HOLDS {since: toString(2000 + (i / 2000) * 8), until: CASE WHEN i < 4000 THEN toString(2007 + (i / 2000) * 8) ELSE null END}]->(p);

UNWIND range(0, 99) AS i
CREATE (:Declaration {id: 'declaration-load-' + toString(i), title: 'Declaration ' + toString(i), kind: 'joint declaration', signedOn: toString(2000 + i % 25)});

UNWIND range(0, 19999) AS i
CREATE (m:Meeting {id: 'meeting-load-' + toString(i), title: 'Meeting ' + toString(i), level: 'ministers',
                   date: toString(2000 + i % 25) + '-' + right('0' + toString(1 + i % 12), 2)})
WITH m, i
MATCH (d:Declaration {id: 'declaration-load-' + toString(i % 100)})
CREATE (m)-[:UNDER]->(d);

UNWIND range(0, 19999) AS i
MATCH (m:Meeting {id: 'meeting-load-' + toString(i)})
MATCH (a:Country {id: 'country-load-' + toString(i % 50)}), (b:Country {id: 'country-load-' + toString((i * 7 + 1) % 50)})
CREATE (a)-[:TOOK_PART_IN]->(m), (b)-[:TOOK_PART_IN]->(m);

UNWIND range(0, 19999) AS i
MATCH (m:Meeting {id: 'meeting-load-' + toString(i)})
MATCH (o1:Official {id: 'official-load-' + toString((i * 13) % 5000)}), (o2:Official {id: 'official-load-' + toString((i * 17 + 3) % 5000)})
MATCH (p1:Position {id: 'position-load-' + toString((i * 11) % 2000)}), (p2:Position {id: 'position-load-' + toString((i * 19 + 7) % 2000)})
CREATE (o1)-[:ATTENDED {delegationOf: 'country-load-' + toString(i % 50), role: 'minister'}]->(m),
       (p1)-[:ATTENDED {delegationOf: 'country-load-' + toString(i % 50)}]->(m),
       (o2)-[:ATTENDED {delegationOf: 'country-load-' + toString((i * 7 + 1) % 50), role: 'minister'}]->(m),
       (p2)-[:ATTENDED {delegationOf: 'country-load-' + toString((i * 7 + 1) % 50)}]->(m);
