// name: who-praised-whom
// description: Every time one person praised or backed another, with how many articles report it and one sentence of evidence
// params: $minArticles (integer, default 1), $limit (integer, default 50)
MATCH (fan:Person)-[r:PRAISED]->(target:Person)
WITH fan, target, r
ORDER BY r.confidence DESC, r.article, r.start
WITH fan, target, count(DISTINCT r.article) AS articles, collect(r.evidence)[0] AS evidence
WHERE articles >= $minArticles
RETURN fan.name AS person, target.name AS praised, articles, evidence
ORDER BY articles DESC, person, praised
LIMIT toInteger($limit)
