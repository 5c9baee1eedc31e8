// name: undecided-persons
// description: Names kept apart because they could be more than one person (Clinton: Bill or Hillary), with who they could be; decide with --aliases
// params: $limit (integer, default 100)
MATCH (p:Person)
WHERE p.undecided IS NOT NULL
WITH p, COUNT { (:Article)-[:MENTIONS]->(p) } AS articles
RETURN p.name AS name, p.aliases AS spellings, articles,
       COLLECT { UNWIND p.undecided AS k MATCH (c:Person {key: k})
                 RETURN c.name + ' (' + COUNT { (:Article)-[:MENTIONS]->(c) } + ')' } AS could_be
ORDER BY articles DESC, name
LIMIT toInteger($limit)
