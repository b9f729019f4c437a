// The trilateral joint declaration signed in 2025 by the ministers of defence of Kosovo, Croatia and
// Albania (F3), its aims (F8, F9) and the four areas of cooperation it sets (F7).
// The article gives only the year of signing, so `signedOn` and each signature's `date` are '2025'.
// The title describes the declaration in the article's terms; the article gives no formal title.

MERGE (d:Declaration {id: 'declaration-2025-trilateral-defence'})
ON CREATE SET
    d.title = 'Trilateral joint declaration of the ministers of defence of Kosovo, Croatia and Albania',
    d.kind = 'joint declaration',
    d.signedOn = '2025',
    d.summary = 'Reaffirms the commitment to further strengthen security and defence-policy cooperation between Croatia, Albania and Kosovo, with the aim of increasing security and stability in Southeast Europe; stresses coordinated efforts against new security challenges, hybrid threats and other risks to regional and international stability.';

// The four central areas of trilateral cooperation (F7).
MERGE (t:Topic {id: 'topic-defence-capabilities-and-industry'})
ON CREATE SET t.name = 'Cooperation on defence capabilities and the defence industry';
MERGE (t:Topic {id: 'topic-interoperability-education-training-exercises'})
ON CREATE SET t.name = 'Interoperability through education, training and joint exercises';
MERGE (t:Topic {id: 'topic-hybrid-threats-and-resilience'})
ON CREATE SET t.name = 'Countering hybrid threats and strengthening resilience';
MERGE (t:Topic {id: 'topic-euro-atlantic-integration-support'})
ON CREATE SET t.name = 'Continuous and comprehensive support for Euro-Atlantic integration';

// Signatures: each minister's post signed on behalf of its country (F3).
MATCH (p:Position {id: 'position-minister-defence-xk'}), (d:Declaration {id: 'declaration-2025-trilateral-defence'})
MERGE (p)-[r:SIGNED]->(d)
ON CREATE SET r.onBehalfOf = 'country-xk', r.date = '2025', r.sources = ['source-875d67dad5e79e69'];
MATCH (p:Position {id: 'position-minister-defence-hr'}), (d:Declaration {id: 'declaration-2025-trilateral-defence'})
MERGE (p)-[r:SIGNED]->(d)
ON CREATE SET r.onBehalfOf = 'country-hr', r.date = '2025', r.sources = ['source-875d67dad5e79e69'];
MATCH (p:Position {id: 'position-minister-defence-al'}), (d:Declaration {id: 'declaration-2025-trilateral-defence'})
MERGE (p)-[r:SIGNED]->(d)
ON CREATE SET r.onBehalfOf = 'country-al', r.date = '2025', r.sources = ['source-875d67dad5e79e69'];

// The parties.
MATCH (c:Country {id: 'country-xk'}), (d:Declaration {id: 'declaration-2025-trilateral-defence'})
MERGE (c)-[r:PARTY_TO]->(d)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (c:Country {id: 'country-hr'}), (d:Declaration {id: 'declaration-2025-trilateral-defence'})
MERGE (c)-[r:PARTY_TO]->(d)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (c:Country {id: 'country-al'}), (d:Declaration {id: 'declaration-2025-trilateral-defence'})
MERGE (c)-[r:PARTY_TO]->(d)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];

// The areas it covers (F7).
MATCH (d:Declaration {id: 'declaration-2025-trilateral-defence'}), (t:Topic {id: 'topic-defence-capabilities-and-industry'})
MERGE (d)-[r:COVERS]->(t)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (d:Declaration {id: 'declaration-2025-trilateral-defence'}), (t:Topic {id: 'topic-interoperability-education-training-exercises'})
MERGE (d)-[r:COVERS]->(t)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (d:Declaration {id: 'declaration-2025-trilateral-defence'}), (t:Topic {id: 'topic-hybrid-threats-and-resilience'})
MERGE (d)-[r:COVERS]->(t)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (d:Declaration {id: 'declaration-2025-trilateral-defence'}), (t:Topic {id: 'topic-euro-atlantic-integration-support'})
MERGE (d)-[r:COVERS]->(t)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];

// Provenance of every node above.
MATCH (n:Declaration {id: 'declaration-2025-trilateral-defence'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Topic {id: 'topic-defence-capabilities-and-industry'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Topic {id: 'topic-interoperability-education-training-exercises'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Topic {id: 'topic-hybrid-threats-and-resilience'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Topic {id: 'topic-euro-atlantic-integration-support'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
