// name: network
// description: The people around a person or party (name or part of it, any case), or everyone: memberships, criticism and praise, drawn as a graph in Neo4j Browser
// params: $name (string), $limit (integer, default 100), $contested (boolean, default false)
MATCH (s:Person)-[r:MEMBER_OF|LEFT|CRITICISED|PRAISED]->(o)
WHERE ($contested OR NOT coalesce(r.contested, false))
  AND ($name IS NULL
   OR any(n IN [s, o] WHERE n.key = toLower(trim($name))
          OR toLower(n.name) CONTAINS toLower(trim($name))
          OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = toLower(trim($name)))))
RETURN s AS subject, r AS fact, o AS object
ORDER BY s.name, type(r), o.name, r.article
LIMIT toInteger($limit)
