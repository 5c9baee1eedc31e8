// name: person-profile
// description: One person (name or part of it, any case) or the most connected people: parties, quotes, criticisms given and received, articles
// params: $name (string), $limit (integer, default 20), $contested (boolean, default false)
MATCH (p:Person)
WHERE $name IS NULL
   OR p.key = toLower(trim($name))
   OR toLower(p.name) CONTAINS toLower(trim($name))
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower(trim($name)))
WITH p, COUNT { (p)-[r]-() WHERE type(r) <> 'MENTIONS' } AS facts
ORDER BY facts DESC, p.name
LIMIT toInteger($limit)
RETURN p.name AS person,
       [alias IN coalesce(p.aliases, []) WHERE alias <> p.name] AS aliases,
       COLLECT { MATCH (p)-[m:MEMBER_OF]->(party:Party) WHERE $contested OR NOT coalesce(m.contested, false) WITH party, count(DISTINCT m.article) AS n, all(x IN collect(coalesce(m.contested, false)) WHERE x) AS c ORDER BY n DESC, party.name RETURN party.name + ' (' + n + CASE WHEN c THEN ', contested' ELSE '' END + ')' } AS parties,
       COLLECT { MATCH (p)-[:LEFT]->(x:Party) RETURN DISTINCT x.name ORDER BY x.name } AS left,
       COUNT { MATCH (p)-[:SAID]->(q:Quote) RETURN DISTINCT q } AS quotes,
       COLLECT { MATCH (p)-[:SAID]->(q:Quote) WITH DISTINCT q ORDER BY q.text RETURN q.text LIMIT 3 } AS sample_quotes,
       COLLECT { MATCH (p)-[:CRITICISED]->(x:Person) RETURN DISTINCT x.name ORDER BY x.name } AS criticised,
       COLLECT { MATCH (p)<-[:CRITICISED]-(x:Person) RETURN DISTINCT x.name ORDER BY x.name } AS criticised_by,
       COLLECT { MATCH (p)-[:PRAISED]->(x:Person) RETURN DISTINCT x.name ORDER BY x.name } AS praised,
       COLLECT { MATCH (p)<-[:PRAISED]-(x:Person) RETURN DISTINCT x.name ORDER BY x.name } AS praised_by,
       COLLECT { MATCH (a:Article)-[:MENTIONS]->(p) RETURN DISTINCT a.id ORDER BY a.id } AS articles
