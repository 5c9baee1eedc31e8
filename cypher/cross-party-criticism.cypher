// name: cross-party-criticism
// description: Criticism between members of different parties (neither shares a party with the other), with one sentence of evidence
// params: $limit (integer, default 50)
MATCH (critic:Person)-[r:CRITICISED]->(target:Person)
MATCH (critic)-[:MEMBER_OF]->(criticParty:Party)
MATCH (target)-[:MEMBER_OF]->(targetParty:Party)
WHERE criticParty <> targetParty
  AND NOT EXISTS { (critic)-[:MEMBER_OF]->(:Party)<-[:MEMBER_OF]-(target) }
WITH critic, target, r,
     COLLECT { MATCH (critic)-[:MEMBER_OF]->(x:Party) RETURN DISTINCT x.name ORDER BY x.name } AS criticParties,
     COLLECT { MATCH (target)-[:MEMBER_OF]->(x:Party) RETURN DISTINCT x.name ORDER BY x.name } AS targetParties
ORDER BY r.confidence DESC, r.article, r.start
WITH critic, target, criticParties, targetParties,
     count(DISTINCT r.article) AS articles, collect(r.evidence)[0] AS evidence
RETURN critic.name AS critic, criticParties AS critic_party, target.name AS target, targetParties AS target_party,
       articles, evidence
ORDER BY articles DESC, critic, target
LIMIT toInteger($limit)
