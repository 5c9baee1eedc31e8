// name: cross-party-criticism
// description: Criticism between members of different parties (neither shares a party with the other), with one sentence of evidence
// params: $limit (integer, default 50), $contested (boolean, default false)
MATCH (critic:Person)-[r:CRITICISED]->(target:Person)
MATCH (critic)-[cm:MEMBER_OF]->(criticParty:Party) WHERE $contested OR NOT coalesce(cm.contested, false)
MATCH (target)-[tm:MEMBER_OF]->(targetParty:Party) WHERE $contested OR NOT coalesce(tm.contested, false)
WITH critic, target, r, criticParty, targetParty
WHERE criticParty <> targetParty
  AND NOT EXISTS { (critic)-[a:MEMBER_OF]->(:Party)<-[b:MEMBER_OF]-(target)
                   WHERE ($contested OR NOT coalesce(a.contested, false)) AND ($contested OR NOT coalesce(b.contested, false)) }
WITH critic, target, r,
     COLLECT { MATCH (critic)-[m:MEMBER_OF]->(x:Party) WHERE $contested OR NOT coalesce(m.contested, false) RETURN DISTINCT x.name ORDER BY x.name } AS criticParties,
     COLLECT { MATCH (target)-[m:MEMBER_OF]->(x:Party) WHERE $contested OR NOT coalesce(m.contested, false) RETURN DISTINCT x.name ORDER BY x.name } AS targetParties
ORDER BY r.confidence DESC, r.article, r.start
WITH critic, target, criticParties, targetParties,
     count(DISTINCT r.article) AS articles, collect(r.evidence)[0] AS evidence
RETURN critic.name AS critic, criticParties AS critic_party, target.name AS target, targetParties AS target_party,
       articles, evidence
ORDER BY articles DESC, critic, target
LIMIT toInteger($limit)
