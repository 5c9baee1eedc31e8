// name: evidence
// description: Every sentence behind the facts between a subject and an object (names or parts of them, any case), one row per article
// params: $subject (string), $object (string), $relation (string), $limit (integer, default 100)
MATCH (s)-[r]->(o)
WHERE type(r) <> 'MENTIONS'
  AND ($relation IS NULL OR type(r) = toUpper(trim($relation)))
  AND ($subject IS NULL
       OR s.key = toLower(trim($subject))
       OR toLower(s.name) CONTAINS toLower(trim($subject))
       OR any(alias IN coalesce(s.aliases, []) WHERE toLower(alias) = toLower(trim($subject))))
  AND ($object IS NULL
       OR o.key = toLower(trim($object))
       OR toLower(coalesce(o.name, o.text)) CONTAINS toLower(trim($object))
       OR any(alias IN coalesce(o.aliases, []) WHERE toLower(alias) = toLower(trim($object))))
RETURN s.name AS subject, type(r) AS relation, coalesce(o.name, o.text) AS object, r.article AS article,
       r.evidence AS evidence, r.confidence AS confidence, r.rule AS rule
ORDER BY subject, relation, object, article, r.start
LIMIT toInteger($limit)
