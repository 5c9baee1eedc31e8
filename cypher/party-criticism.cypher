// name: party-criticism
// description: How often members of one party criticise members of another (or of their own), party by party
// params: $limit (integer, default 50), $contested (boolean, default false)
MATCH (critic:Person)-[r:CRITICISED]->(target:Person)
MATCH (critic)-[cm:MEMBER_OF]->(criticParty:Party) WHERE $contested OR NOT coalesce(cm.contested, false)
MATCH (target)-[tm:MEMBER_OF]->(targetParty:Party) WHERE $contested OR NOT coalesce(tm.contested, false)
WITH criticParty, targetParty, critic, target, r ORDER BY critic.name, target.name
WITH criticParty, targetParty, count(DISTINCT [critic, target]) AS pairs, count(DISTINCT r.article) AS articles,
     collect(DISTINCT critic.name + ' -> ' + target.name) AS examples
RETURN criticParty.name AS critic_party, targetParty.name AS target_party, pairs, articles, examples[0..5] AS examples
ORDER BY pairs DESC, articles DESC, critic_party, target_party
LIMIT toInteger($limit)
