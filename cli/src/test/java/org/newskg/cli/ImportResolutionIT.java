package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.newskg.bench.SyntheticTriples;
import org.newskg.loader.ArticleContribution;
import org.newskg.loader.BulkImport;
import org.newskg.loader.GraphLoader;
import org.newskg.loader.ImportFiles;
import org.newskg.loader.InventedPersons;
import org.newskg.loader.Neo4jTarget;
import org.newskg.loader.PersonResolver;
import org.newskg.loader.SharedNeo4j;
import org.newskg.loader.TargetSettings;
import org.newskg.model.EntityType;
import org.newskg.model.Triple;
import org.newskg.model.graph.NodeKeys;

/**
 * kg import resolves persons while it writes the importer's files (no Cypher pass over the imported store):
 * on synthetic triples that spell each person several ways (so that many raw keys merge, and some memberships
 * are contested), every node and relationship with all its properties is what kg load leaves, and the
 * loader's own resolution run on the imported graph changes nothing.
 */
@ExtendWith(SharedNeo4j.class)
class ImportResolutionIT {

    private final SharedNeo4j.Server neo4j;

    @TempDir
    Path tmp;

    ImportResolutionIT(SharedNeo4j.Server neo4j) {
        this.neo4j = neo4j;
    }

    @Test
    void personsResolvedWhileWritingTheFilesAreTheLoadersResolution() throws IOException {
        List<ArticleContribution> articles = new ArrayList<>(withShortForms(SyntheticTriples.articles(6_000, 400, 7)));
        // and the rules that read the facts' sentences: the sex a surname is given, offices, suffixes
        articles.addAll(InventedPersons.SUFFIXES);
        articles.addAll(InventedPersons.SEXES);
        Neo4jTarget loaded = neo4j.target();
        loaded.driver().executableQuery("MATCH (n) DETACH DELETE n").withConfig(loaded.queryConfig()).execute();
        try (GraphLoader loader = new GraphLoader(loaded, 1_000, Duration.ofDays(1), p -> { })) {
            articles.forEach(loader::accept);
        }
        List<String> expected = dump(loaded);

        Path home = tmp.resolve("imported");
        ImportFiles.Summary files;
        try (ImportFiles out = new ImportFiles(home.resolve("files"), p -> { }, PersonResolver.Overrides.NONE, 2)) {
            articles.forEach(out::accept);
            files = out.finish();
        }
        BulkImport.run(home, files, new PrintStream(OutputStream.nullOutputStream()));
        TargetSettings settings = new TargetSettings(null, null, null, null, home, 0, null, "64m");
        try (Neo4jTarget imported = Neo4jTarget.open(settings, m -> { })) {
            BulkImport.createConstraints(imported);
            BulkImport.keyQuotesBySpeaker(imported);
            List<String> graph = dump(imported);
            assertThat(graph).containsExactlyElementsOf(expected);
            GraphLoader.resolvePersons(imported, PersonResolver.Overrides.NONE);
            assertThat(dump(imported)).as("the loader's resolution on the imported graph").containsExactlyElementsOf(graph);
            // the node ids of merged persons were left unused by the importer: new nodes still get ids of their own
            long nodes = count(imported, "MATCH (n) RETURN count(n) AS c");
            imported.driver().executableQuery("UNWIND range(1, 2000) AS i CREATE (:Scratch {i: i})")
                    .withConfig(imported.queryConfig()).execute();
            assertThat(count(imported, "MATCH (n) RETURN count(DISTINCT elementId(n)) AS c")).isEqualTo(nodes + 2000);
            assertThat(count(imported, "MATCH (n:Scratch) RETURN count(DISTINCT n.i) AS c")).isEqualTo(2000);
        }

        // the input did need resolving: fewer Person nodes than raw keys, and contested memberships
        Set<String> rawKeys = new HashSet<>();
        for (ArticleContribution c : articles) {
            for (Triple t : c.triples()) {
                if (t.subjectType() == EntityType.PERSON) {
                    rawKeys.add(NodeKeys.key(EntityType.PERSON, t.subject(), ""));
                }
                if (t.objectType() == EntityType.PERSON) {
                    rawKeys.add(NodeKeys.key(EntityType.PERSON, t.object(), ""));
                }
            }
        }
        long persons = expected.stream().filter(s -> s.startsWith("[Person]")).count();
        assertThat(persons).isLessThan(rawKeys.size() * 9L / 10);
        assertThat(expected).anyMatch(s -> s.contains("MEMBER_OF") && s.contains("contested=true"));
    }

    /**
     * The synthetic triples with some persons named by surname alone or by initial and surname (other raw keys
     * of the same person, which the resolution merges or leaves undecided).
     */
    private static List<ArticleContribution> withShortForms(List<ArticleContribution> articles) {
        Random random = new Random(11);
        List<ArticleContribution> out = new ArrayList<>();
        for (ArticleContribution c : articles) {
            List<Triple> triples = new ArrayList<>();
            for (Triple t : c.triples()) {
                String subject = t.subjectType() == EntityType.PERSON ? shortForm(t.subject(), random) : t.subject();
                String object = t.objectType() == EntityType.PERSON ? shortForm(t.object(), random) : t.object();
                triples.add(new Triple(t.articleId(), subject, t.subjectType(), t.predicate(), object, t.objectType(),
                        t.confidence(), t.evidence(), t.start(), t.end(), t.rule()));
            }
            out.add(ArticleContribution.ofTriples(c.articleId(), triples, false));
        }
        return out;
    }

    private static String shortForm(String name, Random random) {
        String[] words = name.split(" ");
        int v = random.nextInt(10);
        if (words.length != 2 || v > 2) {
            return name;
        }
        return v == 0 ? words[1] : words[0].charAt(0) + ". " + words[1];
    }

    private static long count(Neo4jTarget target, String query) {
        return target.driver().executableQuery(query).withConfig(target.queryConfig()).execute().records().get(0)
                .get("c").asLong();
    }

    /** Every node and relationship with its properties, as sorted lines (MENTIONS names sorted too). */
    private static List<String> dump(Neo4jTarget target) {
        List<String> lines = new ArrayList<>();
        for (Record r : target.driver().executableQuery("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
                .withConfig(target.queryConfig()).execute().records()) {
            lines.add(r.get("l").asList() + " " + new TreeMap<>(r.get("p").asMap()));
        }
        for (Record r : target.driver().executableQuery("""
                MATCH (a)-[r]->(b)
                RETURN type(r) AS t, coalesce(a.key, a.id) AS a, coalesce(b.key, b.id) AS b, properties(r) AS p""")
                .withConfig(target.queryConfig()).execute().records()) {
            Map<String, Object> p = new TreeMap<>(r.get("p").asMap());
            if (p.get("names") instanceof List<?> names) {
                p.put("names", names.stream().map(String::valueOf).sorted().toList());
            }
            lines.add(r.get("a").asString() + " -" + r.get("t").asString() + "-> " + r.get("b").asString() + " " + p);
        }
        lines.sort(null);
        return lines;
    }
}
