// name: ministry-position-holders
// description: The posts of a ministry and who held them over time (tenure dates when a source gives them; a post without a known holder is listed with none).
// param: ministry String — the ministry's id
// read-only: true
MATCH (p:Position)-[:IN]->(:Ministry {id: $ministry})
OPTIONAL MATCH (o:Official)-[h:HOLDS]->(p)
RETURN p.id AS position, p.title AS title, o.id AS holderId, o.name AS holder, h.since AS since, h.until AS until
ORDER BY title, since, holder;
