// name: most-criticised-people
// description: The people criticised by the most others, with who criticised them and in how many articles
// params: $limit (integer, default 20)
MATCH (critic:Person)-[r:CRITICISED]->(target:Person)
WITH target, count(DISTINCT critic) AS critics, count(DISTINCT r.article) AS articles,
     collect(DISTINCT critic.name) AS criticisedBy
RETURN target.name AS person,
       COLLECT { MATCH (target)-[:MEMBER_OF]->(party:Party) RETURN DISTINCT party.name ORDER BY party.name } AS parties,
       critics, articles, criticisedBy AS criticised_by
ORDER BY critics DESC, articles DESC, person
LIMIT toInteger($limit)
