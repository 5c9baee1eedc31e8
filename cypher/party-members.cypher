// name: party-members
// description: Members of a party (name or part of it, any case), or of every party, with the evidence for their membership
// params: $party (string), $limit (integer, default 200)
MATCH (p:Person)-[r:MEMBER_OF]->(party:Party)
WHERE $party IS NULL
   OR party.key = toLower(trim($party))
   OR toLower(party.name) CONTAINS toLower(trim($party))
   OR any(alias IN coalesce(party.aliases, []) WHERE toLower(alias) = toLower(trim($party)))
WITH party, p, r
ORDER BY r.confidence DESC, r.article, r.start
WITH party, p, count(DISTINCT r.article) AS articles, collect(r.evidence)[0] AS evidence
RETURN party.name AS party, p.name AS member, articles,
       EXISTS { (p)-[:LEFT]->(party) } AS left, evidence
ORDER BY party, articles DESC, member
LIMIT toInteger($limit)
