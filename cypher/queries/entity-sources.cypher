// name: entity-sources
// description: The sources behind an entity: the documents it is SOURCED_FROM, and for each of its relationships the sources listed in `sources`.
// param: id String — the entity's id
// read-only: true
MATCH (n {id: $id})
OPTIONAL MATCH (n)-[r]-(other)
WHERE type(r) <> 'SOURCED_FROM'
WITH n, r, other, CASE WHEN r IS NULL THEN [] ELSE coalesce(r.sources, []) END AS listed
UNWIND (CASE WHEN size(listed) = 0 THEN [null] ELSE listed END) AS sourceId
WITH n, collect(DISTINCT CASE WHEN sourceId IS NULL THEN null ELSE {relationship: type(r), other: other.id, source: sourceId} END) AS links
OPTIONAL MATCH (n)-[:SOURCED_FROM]->(s:Source)
RETURN n.id AS id, collect(DISTINCT s.id) AS entitySources, collect(DISTINCT s.title) AS titles,
       [l IN links WHERE l IS NOT NULL] AS relationshipSources;
