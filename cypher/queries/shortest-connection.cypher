// name: shortest-connection
// description: The shortest connection between two officials or posts through meetings, declarations, posts, ministries and countries (provenance links excluded), as a path.
// param: from String — the first official's or position's id
// param: to String — the second official's or position's id
// read-only: true
MATCH (a {id: $from}), (b {id: $to})
WHERE (a:Official OR a:Position) AND (b:Official OR b:Position) AND a <> b
MATCH path = shortestPath((a)-[:ATTENDED|SIGNED|HOLDS|IN|MINISTRY_OF|PARTY_TO|TOOK_PART_IN|UNDER*..8]-(b))
RETURN length(path) AS hops, [n IN nodes(path) | coalesce(n.name, n.title)] AS steps, path;
