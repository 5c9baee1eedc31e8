// name: most-criticised-people
// description: The people criticised by the most others, with who criticised them and in how many articles
// params: $limit (integer, default 20), $contested (boolean, default false)
MATCH (critic:Person)-[r:CRITICISED]->(target:Person)
WITH target, critic, r ORDER BY critic.name
WITH target, count(DISTINCT critic) AS critics, count(DISTINCT r.article) AS articles,
     collect(DISTINCT critic.name) AS criticisedBy
RETURN target.name AS person,
       COLLECT { MATCH (target)-[m:MEMBER_OF]->(party:Party) WHERE $contested OR NOT coalesce(m.contested, false) WITH party, count(DISTINCT m.article) AS n, all(x IN collect(coalesce(m.contested, false)) WHERE x) AS c ORDER BY n DESC, party.name RETURN party.name + ' (' + n + CASE WHEN c THEN ', contested' ELSE '' END + ')' } AS parties,
       critics, articles, criticisedBy AS criticised_by
ORDER BY critics DESC, articles DESC, person
LIMIT toInteger($limit)
