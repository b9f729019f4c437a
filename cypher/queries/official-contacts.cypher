// name: official-contacts
// description: An official's (or a post's) contacts within N hops: the officials and posts reachable through meetings attended, declarations signed and posts held, with the fewest hops to each.
// param: id String — the official's or position's id
// param: hops Integer = 2 — the largest number of hops (1 to 4)
// read-only: true
MATCH (start {id: $id})
WHERE start:Official OR start:Position
MATCH path = (start)-[:ATTENDED|SIGNED|HOLDS*1..4]-(contact)
WHERE length(path) <= $hops AND (contact:Official OR contact:Position) AND contact <> start
WITH contact, min(length(path)) AS hops
RETURN contact.id AS id, coalesce(contact.name, contact.title) AS name, labels(contact)[0] AS kind, hops
ORDER BY hops, name;
