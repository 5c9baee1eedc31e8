// name: quotes-by-person
// description: The direct quotes of a person (name or part of it, any case), or of everyone, with the articles they appeared in
// params: $name (string), $limit (integer, default 100)
MATCH (p:Person)-[r:SAID]->(q:Quote)
WHERE $name IS NULL
   OR p.key = toLower(trim($name))
   OR toLower(p.name) CONTAINS toLower(trim($name))
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower(trim($name)))
WITH p, q, r
ORDER BY r.article, r.start
WITH p, q, collect(DISTINCT r.article) AS articles, min(r.start) AS firstOffset
RETURN p.name AS person, q.text AS quote, articles
ORDER BY person, articles[0], firstOffset, quote
LIMIT toInteger($limit)
