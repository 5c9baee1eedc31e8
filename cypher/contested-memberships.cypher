// name: contested-memberships
// description: Party memberships contradicted by much stronger evidence (3x the articles for another party, LEFT excepted), with the evidence on both sides
// params: $name (string), $limit (integer, default 100)
MATCH (p:Person)-[r:MEMBER_OF]->(party:Party)
WHERE r.contested
  AND ($name IS NULL OR toLower(p.name) CONTAINS toLower(trim($name)))
WITH p, party, r
ORDER BY r.confidence DESC, r.article, r.start
WITH p, party, count(DISTINCT r.article) AS articles, collect(DISTINCT r.article) AS article_ids,
     collect(r.evidence)[0] AS evidence
RETURN p.name AS person, party.name AS party, articles, article_ids,
       COLLECT { MATCH (p)-[s:MEMBER_OF]->(x:Party) WHERE NOT coalesce(s.contested, false)
                 WITH x, count(DISTINCT s.article) AS n ORDER BY n DESC, x.name
                 RETURN x.name + ' (' + n + ')' } AS stronger,
       evidence
ORDER BY person, party
LIMIT toInteger($limit)
