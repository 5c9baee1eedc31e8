package org.newskg.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newskg.loader.Neo4jTarget;
import org.newskg.model.Names;

/**
 * The seed article's graph, written the way the loader writes it (Article, Person/Party/Quote nodes keyed by
 * {@link Names}, MENTIONS from the article, one fact relationship per article with its evidence), plus a
 * second, made-up article so that counts across articles and cross-party criticism have something to show.
 */
public final class ExampleGraph {

    public static final String SEED = "livingstone-quits-labour";
    public static final String SECOND = "made-up-follow-up";

    private record Fact(String article, String subject, String predicate, String object, String objectLabel,
            String evidence) {
    }

    private ExampleGraph() {
    }

    public static void load(Neo4jTarget target) {
        List<Fact> facts = new ArrayList<>();
        String creasy = "Labour MP Stella Creasy slammed Mr Livingstone over his continued refusal to apologise.";
        String streeting = "Labour MP Wes Streeting adding to Huffington Post: ‘Ken Livingstone’s exit from the Labour"
                + " party is welcome, but he should have been expelled.";
        facts.add(new Fact(SEED, "Ken Livingstone", "MEMBER_OF", "Labour Party", "Party",
                "Ken Livingstone finally quit Labour tonight."));
        facts.add(new Fact(SEED, "Ken Livingstone", "LEFT", "Labour Party", "Party",
                "Ken Livingstone finally quit Labour tonight."));
        facts.add(new Fact(SEED, "Stella Creasy", "MEMBER_OF", "Labour Party", "Party", creasy));
        facts.add(new Fact(SEED, "Wes Streeting", "MEMBER_OF", "Labour Party", "Party", streeting));
        facts.add(new Fact(SEED, "Michel Fabricant", "MEMBER_OF", "Conservative Party", "Party",
                "Conservative MP Michel Fabricant told MailOnline."));
        facts.add(new Fact(SEED, "Stella Creasy", "CRITICISED", "Ken Livingstone", "Person", creasy));
        facts.add(new Fact(SEED, "Wes Streeting", "CRITICISED", "Ken Livingstone", "Person", streeting));
        facts.add(new Fact(SEED, "Ken Livingstone", "SAID",
                "After much consideration, I have decided to resign from the Labour Party.", "Quote",
                "In a statement, Mr Livingstone said: ‘After much consideration, I have decided to resign from the"
                        + " Labour Party."));
        facts.add(new Fact(SEED, "Stella Creasy", "SAID", "Distraction? No they were completely unacceptable and need"
                + " to be recognised formally as such.", "Quote", "She said: ‘Distraction? No they were completely"
                        + " unacceptable and need to be recognised formally as such."));
        facts.add(new Fact(SEED, "Jeremy Corbyn", "SAID", "Ken Livingstone’s resignation is sad after such a long and"
                + " vital contribution to London and progressive politics, but was the right thing to do.", "Quote",
                "Mr Corbyn said: ‘Ken Livingstone’s resignation is sad.’"));
        facts.add(new Fact(SEED, "Jeremy Corbyn", "MEMBER_OF", "Labour Party", "Party", "Labour leader Jeremy Corbyn."));
        facts.add(new Fact(SECOND, "Stella Creasy", "CRITICISED", "Ken Livingstone", "Person",
                "Stella Creasy again attacked Ken Livingstone."));
        facts.add(new Fact(SECOND, "Michel Fabricant", "CRITICISED", "Jeremy Corbyn", "Person",
                "Michel Fabricant lambasted Jeremy Corbyn."));
        facts.add(new Fact(SECOND, "Wes Streeting", "PRAISED", "Sadiq Khan", "Person",
                "Wes Streeting praised Sadiq Khan."));

        var driver = target.driver();
        var config = target.queryConfig();
        for (String id : List.of(SEED, SECOND)) {
            driver.executableQuery("MERGE (a:Article {id: $id}) SET a.title = $title, a.source = 'example'")
                    .withParameters(Map.of("id", id, "title", id.replace('-', ' '))).withConfig(config).execute();
        }
        for (Fact f : facts) {
            String sk = Names.personKey(f.subject());
            String ok = switch (f.objectLabel()) {
                case "Party" -> Names.partyKey(f.object());
                case "Person" -> Names.personKey(f.object());
                default -> sk + "|" + Names.normalise(f.object());
            };
            String objectProps = f.objectLabel().equals("Quote") ? "o.text = $object" : "o.name = $object, o.aliases = [$object]";
            driver.executableQuery("""
                    MATCH (a:Article {id: $article})
                    MERGE (s:Person {key: $sk}) SET s.name = $subject, s.aliases = [$subject]
                    MERGE (o:%s {key: $ok}) SET %s
                    MERGE (a)-[:MENTIONS]->(s)
                    MERGE (a)-[:MENTIONS]->(o)
                    MERGE (s)-[r:%s {article: $article}]->(o)
                    SET r.evidence = $evidence, r.start = 0, r.end = size($evidence), r.confidence = 0.9,
                        r.rule = 'example'""".formatted(f.objectLabel(), objectProps, f.predicate()))
                    .withParameters(Map.of("article", f.article(), "sk", sk, "subject", f.subject(), "ok", ok,
                            "object", f.object(), "evidence", f.evidence()))
                    .withConfig(config).execute();
        }
    }
}
