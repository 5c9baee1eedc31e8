// name: party-members
// description: Members of a party (name or part of it, any case), or of every party, with the articles supporting each membership and evidence
// params: $party (string), $limit (integer, default 200), $contested (boolean, default false)
MATCH (p:Person)-[r:MEMBER_OF]->(party:Party)
WHERE ($party IS NULL
   OR party.key = toLower(trim($party))
   OR toLower(party.name) CONTAINS toLower(trim($party))
   OR any(alias IN coalesce(party.aliases, []) WHERE toLower(alias) = toLower(trim($party))))
  AND ($contested OR NOT coalesce(r.contested, false))
WITH party, p, r
ORDER BY r.confidence DESC, r.article, r.start
WITH party, p, count(DISTINCT r.article) AS articles, collect(r.evidence)[0] AS evidence,
     all(x IN collect(coalesce(r.contested, false)) WHERE x) AS contested
RETURN party.name AS party, p.name AS member, articles,
       EXISTS { (p)-[:LEFT]->(party) } AS left, contested, evidence
ORDER BY party, articles DESC, member
LIMIT toInteger($limit)
