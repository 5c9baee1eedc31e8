package org.newskg.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newskg.model.Triple;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesWriter;

/**
 * The extractor's output on examples/articles, byte for byte: examples/snapshot/triples.csv is what
 * {@code ./kg extract examples/articles -o examples/snapshot/triples.csv} writes. Any change of a triple
 * (a name, a quote, a confidence, an offset, a rule name) fails with a diff, one line per triple. A change
 * that means to change the triples rewrites the snapshot with {@code -Dsnapshot.update=true} and commits
 * the snapshot's diff with it (README, "Contributing").
 */
class ExamplesSnapshotIT {

    static final String SNAPSHOT = "examples/snapshot/triples.csv";

    @Test
    void exampleTriplesAreExactlyTheSnapshot() throws IOException {
        String actual = csv(Extracted.examples());
        Path file = Extracted.root().resolve(SNAPSHOT);
        if (Snapshots.updating()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            System.err.println("snapshot.update: rewrote " + file);
            return;
        }
        assertThat(file).as(SNAPSHOT + " (create it with -Dsnapshot.update=true)").exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("The extractor's triples of examples/articles differ from " + SNAPSHOT + " (- snapshot, + now):\n"
                    + Snapshots.diff(rows(expected), rows(actual))
                    + "\nIf the change is meant, rewrite the snapshot and commit its diff:\n"
                    + "    ./mvnw -B verify -pl cli -am -Dit.test=ExamplesSnapshotIT -Dtest=none"
                    + " -Dsurefire.failIfNoSpecifiedTests=false -Dsnapshot.update=true");
        }
    }

    /** The triples as {@code kg extract} writes them (RFC 4180 CSV with the header). */
    static String csv(List<Triple> triples) {
        StringWriter w = new StringWriter();
        TriplesWriter out = new TriplesWriter(w, TriplesFormat.CSV);
        out.writeAll(triples);
        out.flush();
        return w.toString();
    }

    /** One readable line per CSV record: article, predicate, subject -> object, then the other columns. */
    static List<String> rows(String csv) throws IOException {
        List<String> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            out.add(String.format("%s %s: %s -> %s [%s %s-%s conf %s] %s", r.get("article_id"), r.get("predicate"),
                    r.get("subject"), oneLine(r.get("object")), r.get("rule"), r.get("start"), r.get("end"),
                    r.get("confidence"), oneLine(r.get("evidence"))));
        }
        return out;
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }
}
