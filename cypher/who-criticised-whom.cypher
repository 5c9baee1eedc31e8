// name: who-criticised-whom
// description: Every criticism of one person by another, with how many articles report it and one sentence of evidence
// params: $minArticles (integer, default 1), $limit (integer, default 50)
MATCH (critic:Person)-[r:CRITICISED]->(target:Person)
WITH critic, target, r
ORDER BY r.confidence DESC, r.article, r.start
WITH critic, target, count(DISTINCT r.article) AS articles, collect(r.evidence)[0] AS evidence
WHERE articles >= $minArticles
RETURN critic.name AS critic, target.name AS target, articles, evidence
ORDER BY articles DESC, critic, target
LIMIT toInteger($limit)
