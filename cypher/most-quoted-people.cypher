// name: most-quoted-people
// description: The people with the most direct quotes, with their parties (articles for each) and how many articles quote them
// params: $limit (integer, default 20), $contested (boolean, default false)
MATCH (p:Person)-[r:SAID]->(q:Quote)
WITH p, count(DISTINCT q) AS quotes, count(DISTINCT r.article) AS articles
RETURN p.name AS person,
       COLLECT { MATCH (p)-[m:MEMBER_OF]->(party:Party) WHERE $contested OR NOT coalesce(m.contested, false) WITH party, count(DISTINCT m.article) AS n, all(x IN collect(coalesce(m.contested, false)) WHERE x) AS c ORDER BY n DESC, party.name RETURN party.name + ' (' + n + CASE WHEN c THEN ', contested' ELSE '' END + ')' } AS parties,
       quotes, articles
ORDER BY quotes DESC, articles DESC, person
LIMIT toInteger($limit)
