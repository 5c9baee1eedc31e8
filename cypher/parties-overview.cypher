// name: parties-overview
// description: Every party with its members, their quotes, the criticisms they give and receive, and the articles naming it
// params: $limit (integer, default 50), $contested (boolean, default false)
MATCH (party:Party)
RETURN party.name AS party,
       COUNT { MATCH (p:Person)-[m:MEMBER_OF]->(party) WHERE $contested OR NOT coalesce(m.contested, false) RETURN DISTINCT p } AS members,
       COUNT { MATCH (p:Person)-[m:MEMBER_OF]->(party) WHERE $contested OR NOT coalesce(m.contested, false) MATCH (p)-[:SAID]->(q:Quote) RETURN DISTINCT q } AS quotes,
       COUNT { MATCH (p:Person)-[m:MEMBER_OF]->(party) WHERE $contested OR NOT coalesce(m.contested, false) MATCH (p)-[r:CRITICISED]->(:Person) RETURN DISTINCT r } AS criticisms_given,
       COUNT { MATCH (p:Person)-[m:MEMBER_OF]->(party) WHERE $contested OR NOT coalesce(m.contested, false) MATCH (p)<-[r:CRITICISED]-(:Person) RETURN DISTINCT r } AS criticisms_received,
       COUNT { MATCH (a:Article)-[:MENTIONS]->(party) RETURN DISTINCT a } AS articles,
       COLLECT { MATCH (p:Person)-[m:MEMBER_OF]->(party) WHERE $contested OR NOT coalesce(m.contested, false) RETURN DISTINCT p.name ORDER BY p.name LIMIT 10 } AS some_members
ORDER BY members DESC, articles DESC, party
LIMIT toInteger($limit)
