// name: who-met-whom
// description: Who met whom under an agreement: pairs of participants of different delegations at the same meeting, each pair both ways, with the declaration the meeting was held under.
// param: declaration String = null — only meetings held under this declaration (its id); all meetings when absent
// read-only: true
MATCH (a)-[ra:ATTENDED]->(m:Meeting)<-[rb:ATTENDED]-(b)
WHERE ra.delegationOf <> rb.delegationOf
OPTIONAL MATCH (m)-[:UNDER]->(d:Declaration)
WITH a, ra, b, rb, m, d
WHERE $declaration IS NULL OR d.id = $declaration
RETURN coalesce(a.name, a.title) AS participant,
       ra.delegationOf AS participantDelegation,
       coalesce(b.name, b.title) AS counterpart,
       rb.delegationOf AS counterpartDelegation,
       m.title AS meeting,
       d.title AS declaration
ORDER BY participant, counterpart, meeting;
