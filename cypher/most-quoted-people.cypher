// name: most-quoted-people
// description: The people with the most direct quotes, with their parties and how many articles quote them
// params: $limit (integer, default 20)
MATCH (p:Person)-[r:SAID]->(q:Quote)
WITH p, count(DISTINCT q) AS quotes, count(DISTINCT r.article) AS articles
RETURN p.name AS person,
       COLLECT { MATCH (p)-[:MEMBER_OF]->(party:Party) RETURN DISTINCT party.name ORDER BY party.name } AS parties,
       quotes, articles
ORDER BY quotes DESC, articles DESC, person
LIMIT toInteger($limit)
