// name: politicians-measure
// description: Diagnostic (issue 11): for 54 well-known US and UK politicians, whether the graph has one node for each, what share of the articles that name them (full name or surname alone) are on it, and whether the party most of its articles give is their real one
// params: $limit (integer, default 100)
//
// The list is ours (names and real parties from general knowledge, never from the graph): n the name, f the first
// names and short forms that are theirs, s the surname, p the key of their party's node, x middle words or suffixes
// that make a name someone else's (George H. W. Bush is not George W. Bush, Donald Trump Jr. not his father). A
// "full" node is one whose key, titles dropped, is one of f, up to two middle words, s, and perhaps a generational
// suffix (none of x); a "surname" node is s alone (with or without titles).
// onMain: articles on the full node with the most articles; shareAll: onMain over the articles of all full and
// surname nodes (a surname node may be another person of that surname: look at it before counting it a miss);
// majority: ok when the party with most articles on that node (contested memberships left out) is p.
// Run on a graph (see tools/README.md):
//   ./kg report --db-dir DIR --bolt-port 0 --dir tools politicians-measure --format csv
UNWIND [
  {n:'Al Gore', f:['al','albert'], s:'gore', p:'democratic'},
  {n:'Alan Milburn', f:['alan'], s:'milburn', p:'labour'},
  {n:'Barack Obama', f:['barack'], s:'obama', p:'democratic'},
  {n:'Ben Carson', f:['ben','benjamin'], s:'carson', p:'republican'},
  {n:'Bernie Sanders', f:['bernie','bernard'], s:'sanders', p:'democratic'},
  {n:'Bill Clinton', f:['bill','william'], s:'clinton', p:'democratic'},
  {n:'Boris Johnson', f:['boris'], s:'johnson', p:'conservative'},
  {n:'Carly Fiorina', f:['carly','cara'], s:'fiorina', p:'republican'},
  {n:'Charles Clarke', f:['charles'], s:'clarke', p:'labour'},
  {n:'Charles Kennedy', f:['charles'], s:'kennedy', p:'liberal democrats'},
  {n:'Chris Christie', f:['chris','christopher'], s:'christie', p:'republican'},
  {n:'Chuck Schumer', f:['chuck','charles'], s:'schumer', p:'democratic'},
  {n:'David Blunkett', f:['david'], s:'blunkett', p:'labour'},
  {n:'David Cameron', f:['david'], s:'cameron', p:'conservative'},
  {n:'David Davis', f:['david'], s:'davis', p:'conservative'},
  {n:'Donald Trump', f:['donald'], s:'trump', p:'republican', x:['jr']},
  {n:'Ed Miliband', f:['ed','edward'], s:'miliband', p:'labour'},
  {n:'Elizabeth Warren', f:['elizabeth'], s:'warren', p:'democratic'},
  {n:'George Osborne', f:['george'], s:'osborne', p:'conservative'},
  {n:'George W. Bush', f:['george'], s:'bush', p:'republican', x:['h']},
  {n:'Gordon Brown', f:['gordon'], s:'brown', p:'labour'},
  {n:'Harry Reid', f:['harry'], s:'reid', p:'democratic'},
  {n:'Hillary Clinton', f:['hillary'], s:'clinton', p:'democratic'},
  {n:'Jack Straw', f:['jack'], s:'straw', p:'labour'},
  {n:'Jeb Bush', f:['jeb','john'], s:'bush', p:'republican'},
  {n:'Jeremy Corbyn', f:['jeremy'], s:'corbyn', p:'labour'},
  {n:'Joe Biden', f:['joe','joseph'], s:'biden', p:'democratic'},
  {n:'John Kasich', f:['john'], s:'kasich', p:'republican'},
  {n:'John Kerry', f:['john'], s:'kerry', p:'democratic'},
  {n:'John McCain', f:['john'], s:'mccain', p:'republican'},
  {n:'John Prescott', f:['john'], s:'prescott', p:'labour'},
  {n:'Kelly Ayotte', f:['kelly'], s:'ayotte', p:'republican'},
  {n:'Liam Fox', f:['liam'], s:'fox', p:'conservative'},
  {n:'Lindsey Graham', f:['lindsey'], s:'graham', p:'republican'},
  {n:'Marco Rubio', f:['marco'], s:'rubio', p:'republican'},
  {n:'Mark Oaten', f:['mark'], s:'oaten', p:'liberal democrats'},
  {n:'Michael Howard', f:['michael'], s:'howard', p:'conservative'},
  {n:'Mike Huckabee', f:['mike','michael'], s:'huckabee', p:'republican'},
  {n:'Mike Pence', f:['mike','michael'], s:'pence', p:'republican'},
  {n:'Mitch McConnell', f:['mitch','addison'], s:'mcconnell', p:'republican'},
  {n:'Mitt Romney', f:['mitt','willard'], s:'romney', p:'republican'},
  {n:'Nancy Pelosi', f:['nancy'], s:'pelosi', p:'democratic'},
  {n:'Newt Gingrich', f:['newt','newton'], s:'gingrich', p:'republican'},
  {n:'Nick Clegg', f:['nick','nicholas'], s:'clegg', p:'liberal democrats'},
  {n:'Nigel Farage', f:['nigel'], s:'farage', p:'uk independence'},
  {n:'Oliver Letwin', f:['oliver'], s:'letwin', p:'conservative'},
  {n:'Paul Ryan', f:['paul'], s:'ryan', p:'republican'},
  {n:'Rand Paul', f:['rand','randal'], s:'paul', p:'republican'},
  {n:'Reince Priebus', f:['reince','reinhold'], s:'priebus', p:'republican'},
  {n:'Scott Walker', f:['scott'], s:'walker', p:'republican'},
  {n:'Ted Cruz', f:['ted','edward'], s:'cruz', p:'republican'},
  {n:'Theresa May', f:['theresa'], s:'may', p:'conservative'},
  {n:'Tim Kaine', f:['tim','timothy'], s:'kaine', p:'democratic'},
  {n:'Tony Blair', f:['tony','anthony'], s:'blair', p:'labour'},
  {n:'Vince Cable', f:['vince','vincent'], s:'cable', p:'liberal democrats'}
] AS pol
MATCH (p:Person)
WITH pol, p, [w IN split(p.key, ' ') WHERE NOT w IN ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame',
    'president', 'sen', 'senator', 'rep', 'gov', 'governor', 'secretary', 'minister', 'prime', 'chancellor', 'speaker',
    'vice-president', 'vice', 'leader', 'former', 'candidate', 'nominee']] AS w0
WITH pol, p, w0, CASE WHEN size(w0) > 2 AND w0[-1] IN ['jr', 'sr', 'ii', 'iii'] THEN w0[0..-1] ELSE w0 END AS w
WHERE w[-1] = pol.s AND (size(w) = 1 OR size(w) >= 2 AND size(w) <= 4 AND w[0] IN pol.f
      AND NOT any(x IN w0[1..] WHERE x IN coalesce(pol.x, [])))
WITH pol, p, size(w) = 1 AS surnameOnly, COUNT { (:Article)-[:MENTIONS]->(p) } AS arts
ORDER BY arts DESC, p.key
WITH pol, collect(CASE WHEN surnameOnly THEN null ELSE p END) AS full, collect(CASE WHEN surnameOnly THEN p END) AS sur
WITH pol, full, sur, full[0] AS main
WITH pol, main, full, sur,
     COLLECT { UNWIND full AS x MATCH (a:Article)-[:MENTIONS]->(x) RETURN DISTINCT a } AS fullArts,
     COLLECT { UNWIND full + sur AS x MATCH (a:Article)-[:MENTIONS]->(x) RETURN DISTINCT a } AS allArts,
     COUNT { (a:Article)-[:MENTIONS]->(main) } AS onMain
WITH pol, main, full, sur, size(fullArts) AS fullN, size(allArts) AS allN, onMain,
     COLLECT { MATCH (main)-[r:MEMBER_OF]->(q:Party) WHERE NOT coalesce(r.contested, false)
               WITH q, count(DISTINCT r.article) AS n ORDER BY n DESC, q.key RETURN [q.key, n] } AS parties
RETURN pol.n AS politician, main.name AS name, size(full) AS fullNodes, size(sur) AS surnameNodes, onMain, fullN, allN,
       round(1000.0 * onMain / CASE WHEN fullN > onMain THEN fullN ELSE onMain END) / 10 AS shareFull,
       round(1000.0 * onMain / CASE WHEN allN > onMain THEN allN ELSE onMain END) / 10 AS shareAll,
       CASE WHEN size(parties) = 0 THEN 'none'
            WHEN size(parties) > 1 AND parties[1][1] = parties[0][1] THEN 'tie'
            WHEN parties[0][0] = pol.p THEN 'ok' ELSE 'WRONG' END AS majority,
       [x IN parties[0..4] | x[0] + ':' + x[1]] AS parties,
       [x IN full | x.name + ' (' + COUNT { (:Article)-[:MENTIONS]->(x) } + ')'] AS fullNames,
       [x IN sur | x.name + ' (' + COUNT { (:Article)-[:MENTIONS]->(x) } + ')'] AS surnames
ORDER BY politician
LIMIT toInteger($limit)
