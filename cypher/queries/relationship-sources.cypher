// name: relationship-sources
// description: The sources behind a relationship between two entities: each relationship of the given type (any type when absent) between them, with its listed sources' titles and publishers.
// param: from String — the id of the relationship's start
// param: to String — the id of its end
// param: type String = null — the relationship type, e.g. ATTENDED
// read-only: true
MATCH (a {id: $from})-[r]->(b {id: $to})
WHERE $type IS NULL OR type(r) = $type
UNWIND coalesce(r.sources, []) AS sourceId
MATCH (s:Source {id: sourceId})
RETURN type(r) AS relationship, s.id AS source, s.title AS title, s.publisher AS publisher, s.url AS url
ORDER BY relationship, source;
