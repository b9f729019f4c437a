// name: meetings-under-declaration
// description: The meetings that implement a declaration (held UNDER it), with the topics each discussed; the graph view shows each meeting linked to the declaration.
// param: declaration String — the declaration's id
// read-only: true
MATCH path = (m:Meeting)-[:UNDER]->(d:Declaration {id: $declaration})
OPTIONAL MATCH (m)-[:DISCUSSED]->(t:Topic)
WITH path, m, t ORDER BY t.name
RETURN m.id AS meeting, m.title AS title, m.date AS date, collect(t.name) AS topics, path
ORDER BY date, meeting;
