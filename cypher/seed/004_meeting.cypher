// The trilateral meeting of the directors for defence policy and armament (F1, F2, F4, F5, F6).
// The article gives neither its date nor its place (only that it was announced "today"), so `date`
// and `location` are absent, and the id carries no year.

MERGE (m:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'})
ON CREATE SET
    m.title = 'Trilateral meeting of the directors for defence policy and armament of Kosovo, Albania and Croatia',
    m.level = 'directors for defence policy and armament',
    m.summary = 'Announced by the Ministry of Defence of Kosovo; held on the basis of the trilateral joint declaration signed in 2025; according to the ministry, one of the steps in implementing the areas of cooperation agreed by the parties.';

// The three topics discussed (F6).
MERGE (t:Topic {id: 'topic-deepening-defence-capabilities-cooperation'})
ON CREATE SET t.name = 'Deepening cooperation on defence capabilities';
MERGE (t:Topic {id: 'topic-defence-industries-cooperation'})
ON CREATE SET t.name = 'Cooperation between the defence industries of the signatory countries';
MERGE (t:Topic {id: 'topic-declaration-implementation-next-steps'})
ON CREATE SET t.name = 'Further steps to implement the declaration';

// Kosovo's ministry of defence announced the meeting (F1); the day of the announcement is not known.
MATCH (n:Ministry {id: 'ministry-defence-xk'}), (m:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'})
MERGE (n)-[r:ANNOUNCED]->(m)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];

// Held on the basis of the declaration (F3, F4).
MATCH (m:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'}), (d:Declaration {id: 'declaration-2025-trilateral-defence'})
MERGE (m)-[r:UNDER]->(d)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];

MATCH (m:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'}), (t:Topic {id: 'topic-deepening-defence-capabilities-cooperation'})
MERGE (m)-[r:DISCUSSED]->(t)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (m:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'}), (t:Topic {id: 'topic-defence-industries-cooperation'})
MERGE (m)-[r:DISCUSSED]->(t)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (m:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'}), (t:Topic {id: 'topic-declaration-implementation-next-steps'})
MERGE (m)-[r:DISCUSSED]->(t)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];

// The three countries took part (F2).
MATCH (c:Country {id: 'country-xk'}), (m:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'})
MERGE (c)-[r:TOOK_PART_IN]->(m)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (c:Country {id: 'country-al'}), (m:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'})
MERGE (c)-[r:TOOK_PART_IN]->(m)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (c:Country {id: 'country-hr'}), (m:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'})
MERGE (c)-[r:TOOK_PART_IN]->(m)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];

// Attendance. Faruk Geci led Kosovo's delegation (F5). The Albanian and Croatian directors are not
// named, so their posts attend; whether they led their delegations is not stated, so
// `headOfDelegation` is absent for them.
MATCH (o:Official {id: 'official-faruk-geci'}), (m:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'})
MERGE (o)-[r:ATTENDED]->(m)
ON CREATE SET
    r.role = 'Director for Defence Policy',
    r.delegationOf = 'country-xk',
    r.headOfDelegation = true,
    r.sources = ['source-875d67dad5e79e69'];
MATCH (p:Position {id: 'position-director-defence-policy-armament-al'}), (m:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'})
MERGE (p)-[r:ATTENDED]->(m)
ON CREATE SET
    r.role = 'Director for Defence Policy and Armament',
    r.delegationOf = 'country-al',
    r.sources = ['source-875d67dad5e79e69'];
MATCH (p:Position {id: 'position-director-defence-policy-armament-hr'}), (m:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'})
MERGE (p)-[r:ATTENDED]->(m)
ON CREATE SET
    r.role = 'Director for Defence Policy and Armament',
    r.delegationOf = 'country-hr',
    r.sources = ['source-875d67dad5e79e69'];

// Provenance of every node above.
MATCH (n:Meeting {id: 'meeting-trilateral-directors-defence-policy-armament'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Topic {id: 'topic-deepening-defence-capabilities-cooperation'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Topic {id: 'topic-defence-industries-cooperation'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
MATCH (n:Topic {id: 'topic-declaration-implementation-next-steps'}), (s:Source {id: 'source-875d67dad5e79e69'})
MERGE (n)-[r:SOURCED_FROM]->(s)
ON CREATE SET r.sources = ['source-875d67dad5e79e69'];
