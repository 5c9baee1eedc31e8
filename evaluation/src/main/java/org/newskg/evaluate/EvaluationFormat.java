package org.newskg.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders an {@link Evaluation} as a table, CSV or JSON. */
public enum EvaluationFormat {
    TABLE, CSV, JSON;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> COLUMNS = List.of("predicate", "correct", "false_positives", "neutral", "found",
            "required", "precision", "recall", "f1");

    public static EvaluationFormat parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    /** The scores (and with {@code verbose}, the findings) as text ending in a newline. */
    public String render(Evaluation e, boolean verbose) {
        return switch (this) {
            case TABLE -> table(e, verbose);
            case CSV -> csv(e, verbose);
            case JSON -> json(e, verbose);
        };
    }

    private static List<Score> rows(Evaluation e) {
        List<Score> rows = new ArrayList<>();
        for (var r : Scorer.PREDICATES) {
            rows.add(e.score(r));
        }
        rows.add(e.micro());
        return rows;
    }

    private static String table(Evaluation e, boolean verbose) {
        StringBuilder b = new StringBuilder();
        String head = "%-11s %8s %8s %8s %8s %9s %10s %7s %7s%n";
        b.append(String.format(Locale.ROOT, head, "predicate", "correct", "false+", "neutral", "found", "required",
                "precision", "recall", "F1"));
        for (Score s : rows(e)) {
            b.append(String.format(Locale.ROOT, "%-11s %8d %8d %8d %8d %9d %10.3f %7.3f %7.3f%n", s.label(),
                    s.correct(), s.falsePositives(), s.neutral(), s.found(), s.required(), s.precision(),
                    s.recall(), s.f1()));
        }
        if (verbose) {
            String article = null;
            for (Finding f : e.findings()) {
                if (!f.articleId().equals(article)) {
                    article = f.articleId();
                    b.append(System.lineSeparator()).append("== ").append(article).append(System.lineSeparator());
                }
                String object = f.predicate() == org.newskg.model.Relation.SAID ? "\"" + f.object() + "\"" : f.object();
                b.append(String.format(Locale.ROOT, "  %-14s %-10s %s -> %s  (%s)%n", kindLabel(f.kind()),
                        f.predicate(), f.subject(), object, f.detail()));
            }
        }
        return b.toString();
    }

    private static String kindLabel(Finding.Kind k) {
        return switch (k) {
            case MISSED -> "missed";
            case FALSE_POSITIVE -> "false positive";
            case NEUTRAL -> "neutral";
        };
    }

    private static String csv(Evaluation e, boolean verbose) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Score s : rows(e)) {
            b.append(s.label()).append(',').append(s.correct()).append(',').append(s.falsePositives()).append(',')
                    .append(s.neutral()).append(',').append(s.found()).append(',').append(s.required()).append(',')
                    .append(s.precision()).append(',').append(s.recall()).append(',').append(s.f1()).append("\r\n");
        }
        if (verbose) {
            b.append("\r\narticle_id,finding,predicate,subject,object,detail\r\n");
            for (Finding f : e.findings()) {
                b.append(quote(f.articleId())).append(',').append(f.kind().name().toLowerCase(Locale.ROOT)).append(',')
                        .append(f.predicate()).append(',').append(quote(f.subject())).append(',')
                        .append(quote(f.object())).append(',').append(quote(f.detail())).append("\r\n");
            }
        }
        return b.toString();
    }

    private static String quote(String s) {
        return s.matches("(?s).*[\",\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String json(Evaluation e, boolean verbose) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("articles_scored", e.articlesScored());
        root.put("ignored_without_gold", e.ignoredNoGold());
        root.put("ignored_low_confidence", e.ignoredLowConfidence());
        ObjectNode scores = root.putObject("scores");
        for (Score s : rows(e)) {
            ObjectNode n = scores.putObject(s.label());
            n.put("correct", s.correct());
            n.put("false_positives", s.falsePositives());
            n.put("neutral", s.neutral());
            n.put("found", s.found());
            n.put("required", s.required());
            n.put("precision", s.precision());
            n.put("recall", s.recall());
            n.put("f1", s.f1());
        }
        if (verbose) {
            ArrayNode list = root.putArray("findings");
            for (Finding f : e.findings()) {
                ObjectNode n = list.addObject();
                n.put("article_id", f.articleId());
                n.put("finding", f.kind().name().toLowerCase(Locale.ROOT));
                n.put("predicate", f.predicate().name());
                n.put("subject", f.subject());
                n.put("object", f.object());
                n.put("detail", f.detail());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
