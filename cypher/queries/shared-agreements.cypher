// name: shared-agreements
// description: The declarations two countries are both party to.
// param: country String — the first country's id (e.g. country-xk)
// param: otherCountry String — the second country's id
// read-only: true
MATCH (a:Country {id: $country})-[:PARTY_TO]->(d:Declaration)<-[:PARTY_TO]-(b:Country {id: $otherCountry})
RETURN d.id AS id, d.title AS title, d.kind AS kind, d.signedOn AS signedOn
ORDER BY signedOn, id;
