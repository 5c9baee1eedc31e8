// name: minority-memberships
// description: Diagnostic for membership rules: every MEMBER_OF edge whose person has another party backed by at least 3x as many articles (and by 3 or more), with the rule that made it. Run on a sample of the bulk corpus loaded once with and once without a rule change and diff the two outputs: a rule that adds rows here gives well-known people a party that is not theirs.
// params: $rule (string), $limit (integer, default 1000)
MATCH (p:Person)-[r:MEMBER_OF]->(q:Party)
WITH p, q, collect(r) AS rs, count(DISTINCT r.article) AS n
WITH p, collect({party: q.name, rs: rs, n: n}) AS ps
WITH p, ps, reduce(m = 0, x IN ps | CASE WHEN x.n > m THEN x.n ELSE m END) AS top
UNWIND ps AS x
WITH p, x, top WHERE top >= 3 AND x.n * 3 <= top
UNWIND x.rs AS r
WITH p, x, top, r WHERE $rule IS NULL OR r.rule = $rule
RETURN r.rule AS rule, p.name AS person, x.party AS party, x.n AS articles, top AS top_party_articles,
       r.article AS article, r.evidence AS evidence
ORDER BY rule, person, article
LIMIT toInteger($limit)
