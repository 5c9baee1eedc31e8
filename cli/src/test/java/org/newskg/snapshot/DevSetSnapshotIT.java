package org.newskg.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.model.ArticleSources;
import org.newskg.model.Relation;
import org.newskg.model.Triple;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesWriter;

/**
 * The extractor's output on the development set (../shared, where it is present), pinned without publishing
 * the corpus: examples/snapshot/dev-set.tsv holds, per article, the number of triples of each predicate and
 * the SHA-256 of the article's triples (each as its triples.csv row, sorted, joined by newlines). Any change
 * fails naming the articles that changed; {@code -Dsnapshot.update=true} rewrites it. Skipped without
 * ../shared/corpus/dev.
 */
class DevSetSnapshotIT {

    static final String SNAPSHOT = "examples/snapshot/dev-set.tsv";

    private static final String HEADER = """
            # The extractor's triples of the development set (the seed article and ../shared/corpus/dev) without their
            # text: per article, the triples of each predicate and the SHA-256 of its triples.csv rows, sorted and
            # joined by newlines. Checked by DevSetSnapshotIT; rewritten with -Dsnapshot.update=true.
            """;

    @Test
    void developmentSetTriplesAreExactlyTheSnapshot() throws IOException {
        var triples = Extracted.devSet();
        assumeTrue(triples.isPresent(), "no ../shared/corpus/dev next to the project: the development set's snapshot"
                + " is not checked");
        Map<String, String> actual = digest(articleIds(), triples.get());
        Path file = Extracted.root().resolve(SNAPSHOT);
        if (Snapshots.updating()) {
            StringBuilder out = new StringBuilder(HEADER).append(columns()).append('\n');
            actual.forEach((id, line) -> out.append(id).append('\t').append(line).append('\n'));
            Files.writeString(file, out, StandardCharsets.UTF_8);
            System.err.println("snapshot.update: rewrote " + file);
            return;
        }
        assertThat(file).as(SNAPSHOT + " (create it with -Dsnapshot.update=true)").exists();
        Map<String, String> expected = read(file);
        List<String> changed = new ArrayList<>();
        for (String id : union(expected, actual)) {
            String was = expected.get(id);
            String now = actual.get(id);
            if (was == null || !was.equals(now)) {
                changed.add(String.format("  %s: %s -> %s", id, was == null ? "(none)" : counts(was),
                        now == null ? "(none)" : counts(now)));
            }
        }
        if (!changed.isEmpty()) {
            fail("The extractor's triples of " + changed.size() + " development-set article(s) differ from " + SNAPSHOT
                    + " (triples per predicate " + java.util.Arrays.toString(Relation.values()) + ", snapshot -> now; equal counts mean"
                    + " changed triples):\n" + String.join("\n", changed)
                    + "\nSee what changed with ./kg extract and ./kg evaluate -v; if the change is meant, rewrite the"
                    + " snapshot with -Dsnapshot.update=true and commit its diff.");
        }
    }

    private static List<String> articleIds() {
        List<String> ids = new ArrayList<>();
        ArticleSources.read(List.of(Extracted.root().resolve(Extracted.SEED), Extracted.shared().resolve("corpus/dev")),
                a -> ids.add(a.id()), p -> { });
        return ids;
    }

    /** Per article (in input order): the counts per predicate, then the SHA-256, tab-separated. */
    static Map<String, String> digest(List<String> ids, List<Triple> triples) {
        Map<String, List<Triple>> byArticle = new LinkedHashMap<>();
        ids.forEach(id -> byArticle.put(id, new ArrayList<>()));
        triples.forEach(t -> byArticle.computeIfAbsent(t.articleId(), k -> new ArrayList<>()).add(t));
        Map<String, String> out = new LinkedHashMap<>();
        byArticle.forEach((id, ts) -> {
            Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
            List<String> rows = new ArrayList<>();
            for (Triple t : ts) {
                counts.merge(t.predicate(), 1, Integer::sum);
                rows.add(row(t));
            }
            rows.sort(null);
            StringBuilder line = new StringBuilder();
            for (Relation r : Relation.values()) {
                line.append(counts.getOrDefault(r, 0)).append('\t');
            }
            out.put(id, line.append(sha256(String.join("\n", rows))).toString());
        });
        return out;
    }

    private static String row(Triple t) {
        StringWriter w = new StringWriter();
        TriplesWriter out = new TriplesWriter(w, TriplesFormat.CSV);
        out.write(t);
        out.flush();
        String csv = w.toString();
        return csv.substring(csv.indexOf("\r\n") + 2).stripTrailing();
    }

    private static String columns() {
        StringBuilder b = new StringBuilder("article_id");
        for (Relation r : Relation.values()) {
            b.append('\t').append(r.name());
        }
        return b.append("\tsha256").toString();
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.stream().filter(l -> !l.startsWith("#")).findFirst()).as(SNAPSHOT + " header")
                .contains(columns());
        for (String l : lines) {
            if (l.isBlank() || l.startsWith("#") || l.startsWith("article_id\t")) {
                continue;
            }
            int tab = l.indexOf('\t');
            out.put(l.substring(0, tab), l.substring(tab + 1));
        }
        return out;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> ids = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(id -> !a.containsKey(id)).forEach(ids::add);
        return ids;
    }

    /** "MEMBER_OF 3, SAID 10, ..." of a snapshot line. */
    private static String counts(String line) {
        String[] f = line.split("\t");
        StringBuilder b = new StringBuilder();
        Relation[] rs = Relation.values();
        for (int i = 0; i < rs.length; i++) {
            b.append(i == 0 ? "" : " ").append(f[i]);
        }
        return b.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
