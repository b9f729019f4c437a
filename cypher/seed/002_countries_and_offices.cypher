// Countries, their ministries of defence, the posts the article names, and the one official it names.
// The article names no minister and neither the Albanian nor the Croatian director: those posts have no holder here.

// Countries (Kosovo uses the user-assigned code XK). Aliases are the article's own German forms.
MERGE (n:Country {id: 'country-xk'})
ON CREATE SET n.name = 'Kosovo', n.isoCode = 'XK', n.aliases = ['Republic of Kosovo', 'Republik Kosovo'];
MERGE (n:Country {id: 'country-al'})
ON CREATE SET n.name = 'Albania', n.isoCode = 'AL', n.aliases = ['Albanien'];
MERGE (n:Country {id: 'country-hr'})
ON CREATE SET n.name = 'Croatia', n.isoCode = 'HR', n.aliases = ['Kroatien'];

// Ministries of defence.
MERGE (n:Ministry {id: 'ministry-defence-xk'})
ON CREATE SET n.name = 'Ministry of Defence of Kosovo', n.aliases = ['Verteidigungsministerium des Kosovo'];
MERGE (n:Ministry {id: 'ministry-defence-al'})
ON CREATE SET n.name = 'Ministry of Defence of Albania';
MERGE (n:Ministry {id: 'ministry-defence-hr'})
ON CREATE SET n.name = 'Ministry of Defence of Croatia';

// Posts: the three ministers who signed the declaration, and the directors who met.
MERGE (n:Position {id: 'position-minister-defence-xk'})
ON CREATE SET n.title = 'Minister of Defence of Kosovo';
MERGE (n:Position {id: 'position-minister-defence-al'})
ON CREATE SET n.title = 'Minister of Defence of Albania';
MERGE (n:Position {id: 'position-minister-defence-hr'})
ON CREATE SET n.title = 'Minister of Defence of Croatia';
MERGE (n:Position {id: 'position-director-defence-policy-xk'})
ON CREATE SET n.title = 'Director for Defence Policy of Kosovo';
MERGE (n:Position {id: 'position-director-defence-policy-armament-al'})
ON CREATE SET n.title = 'Director for Defence Policy and Armament of Albania';
MERGE (n:Position {id: 'position-director-defence-policy-armament-hr'})
ON CREATE SET n.title = 'Director for Defence Policy and Armament of Croatia';

// The one person the article names. Its spelling is the article's ("Geci").
MERGE (n:Official {id: 'official-faruk-geci'})
ON CREATE SET n.name = 'Faruk Geci';

// Ministry → country.
MATCH (m:Ministry {id: 'ministry-defence-xk'}), (c:Country {id: 'country-xk'})
MERGE (m)-[r:MINISTRY_OF]->(c)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (m:Ministry {id: 'ministry-defence-al'}), (c:Country {id: 'country-al'})
MERGE (m)-[r:MINISTRY_OF]->(c)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (m:Ministry {id: 'ministry-defence-hr'}), (c:Country {id: 'country-hr'})
MERGE (m)-[r:MINISTRY_OF]->(c)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];

// Post → ministry.
MATCH (p:Position {id: 'position-minister-defence-xk'}), (m:Ministry {id: 'ministry-defence-xk'})
MERGE (p)-[r:IN]->(m)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (p:Position {id: 'position-minister-defence-al'}), (m:Ministry {id: 'ministry-defence-al'})
MERGE (p)-[r:IN]->(m)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (p:Position {id: 'position-minister-defence-hr'}), (m:Ministry {id: 'ministry-defence-hr'})
MERGE (p)-[r:IN]->(m)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (p:Position {id: 'position-director-defence-policy-xk'}), (m:Ministry {id: 'ministry-defence-xk'})
MERGE (p)-[r:IN]->(m)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (p:Position {id: 'position-director-defence-policy-armament-al'}), (m:Ministry {id: 'ministry-defence-al'})
MERGE (p)-[r:IN]->(m)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (p:Position {id: 'position-director-defence-policy-armament-hr'}), (m:Ministry {id: 'ministry-defence-hr'})
MERGE (p)-[r:IN]->(m)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];

// Faruk Geci holds Kosovo's post of Director for Defence Policy. The article gives no dates for his
// tenure, so `since` and `until` are absent.
MATCH (o:Official {id: 'official-faruk-geci'}), (p:Position {id: 'position-director-defence-policy-xk'})
MERGE (o)-[r:HOLDS]->(p)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];

// Provenance of every node above.
MATCH (n:Country {id: 'country-xk'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Country {id: 'country-al'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Country {id: 'country-hr'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Ministry {id: 'ministry-defence-xk'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Ministry {id: 'ministry-defence-al'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Ministry {id: 'ministry-defence-hr'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Position {id: 'position-minister-defence-xk'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Position {id: 'position-minister-defence-al'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Position {id: 'position-minister-defence-hr'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Position {id: 'position-director-defence-policy-xk'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Position {id: 'position-director-defence-policy-armament-al'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Position {id: 'position-director-defence-policy-armament-hr'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Official {id: 'official-faruk-geci'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
