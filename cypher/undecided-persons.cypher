// name: undecided-persons
// description: Names the cross-article resolution of persons kept apart because they could be more than one person ("Clinton": Bill or Hillary; "George Bush": George W. or George H. W.), with the people they could be; merge or split them with --aliases
// params: $limit (integer, default 100)
MATCH (p:Person)
WHERE p.undecided IS NOT NULL
WITH p, COUNT { (:Article)-[:MENTIONS]->(p) } AS articles
RETURN p.name AS name, p.aliases AS spellings, articles,
       COLLECT { UNWIND p.undecided AS k MATCH (c:Person {key: k})
                 RETURN c.name + ' (' + COUNT { (:Article)-[:MENTIONS]->(c) } + ')' } AS could_be
ORDER BY articles DESC, name
LIMIT toInteger($limit)
