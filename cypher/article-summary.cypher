// name: article-summary
// description: What each article (id or part of its id or title, any case) contributed: people, parties, quotes, criticisms
// params: $article (string), $limit (integer, default 20)
MATCH (a:Article)
WHERE $article IS NULL
   OR a.id = $article
   OR toLower(a.id) CONTAINS toLower(trim($article))
   OR toLower(coalesce(a.title, '')) CONTAINS toLower(trim($article))
WITH a
ORDER BY a.published DESC, a.id
LIMIT toInteger($limit)
RETURN a.id AS article, a.title AS title, a.source AS source, a.published AS published,
       COLLECT { MATCH (a)-[:MENTIONS]->(p:Person) RETURN p.name ORDER BY p.name } AS people,
       COLLECT { MATCH (a)-[:MENTIONS]->(x:Party) RETURN x.name ORDER BY x.name } AS parties,
       COUNT { MATCH (:Person)-[r:SAID]->(:Quote) WHERE r.article = a.id RETURN r } AS quotes,
       COLLECT { MATCH (s:Person)-[r:CRITICISED]->(o:Person) WHERE r.article = a.id
                 RETURN DISTINCT s.name + ' -> ' + o.name AS c ORDER BY c } AS criticisms
