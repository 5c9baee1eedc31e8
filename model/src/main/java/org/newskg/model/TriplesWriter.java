package org.newskg.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Streams triples to CSV (header first) or JSON Lines. Not thread-safe. */
public final class TriplesWriter implements Closeable {

    /** The triples.csv columns, in order. */
    public static final List<String> COLUMNS = List.of("article_id", "subject", "subject_type", "predicate",
            "object", "object_type", "confidence", "evidence", "start", "end", "rule");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TriplesFormat format;
    private final Writer out;
    private final CSVPrinter csv;

    public TriplesWriter(Writer out, TriplesFormat format) {
        this.out = out;
        this.format = format;
        try {
            this.csv = format == TriplesFormat.CSV
                    ? new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())
                    : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Triple t) {
        try {
            if (csv != null) {
                csv.printRecord(t.articleId(), t.subject(), t.subjectType().name(), t.predicate().name(),
                        t.object(), t.objectType().name(), formatConfidence(t.confidence()), t.evidence(),
                        t.start(), t.end(), t.rule());
            } else {
                ObjectNode n = JSON.createObjectNode();
                n.put("article_id", t.articleId());
                n.put("subject", t.subject());
                n.put("subject_type", t.subjectType().name());
                n.put("predicate", t.predicate().name());
                n.put("object", t.object());
                n.put("object_type", t.objectType().name());
                n.put("confidence", t.confidence());
                n.put("evidence", t.evidence());
                n.put("start", t.start());
                n.put("end", t.end());
                n.put("rule", t.rule());
                out.write(JSON.writeValueAsString(n));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeAll(Iterable<Triple> triples) {
        for (Triple t : triples) {
            write(t);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How triples.csv writes a confidence: three decimals, whatever the locale. */
    public static String formatConfidence(double c) {
        return String.format(java.util.Locale.ROOT, "%.3f", c);
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        } else {
            out.close();
        }
    }

    TriplesFormat format() {
        return format;
    }
}
