// name: meetings-by-topic
// description: Meetings that discussed a topic, given by its id or a fragment of its name (case-insensitive).
// param: topic String — the topic's id or a fragment of its name
// read-only: true
MATCH (m:Meeting)-[:DISCUSSED]->(t:Topic)
WHERE t.id = $topic OR toLower(t.name) CONTAINS toLower($topic)
RETURN m.id AS meeting, m.title AS title, m.date AS date, collect(t.name) AS topics
ORDER BY date, meeting;
