package org.newskg.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streams triples from a triples.csv or .jsonl file; a bad row becomes an {@link InputProblem}. */
public final class TriplesReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TriplesReader() {
    }

    /** Reads every triple of {@code file}; rows that cannot be read are reported and skipped. */
    public static void read(Path file, Consumer<Triple> sink, Consumer<InputProblem> problems) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (name.endsWith(".jsonl") || name.endsWith(".json")) {
                readJsonl(file, in, sink, problems);
            } else {
                readCsv(file, in, sink, problems);
            }
        }
    }

    private static void readCsv(Path file, Reader in, Consumer<Triple> sink, Consumer<InputProblem> problems)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            for (String column : TriplesWriter.COLUMNS) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.accept(new InputProblem(file.toString(), "no '" + column + "' column; a triples file"
                            + " needs the header " + String.join(",", TriplesWriter.COLUMNS)));
                    return;
                }
            }
            var it = parser.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException e) {
                    problems.accept(new InputProblem(file + ":" + parser.getCurrentLineNumber(),
                            "unreadable CSV (" + e.getCause().getMessage() + "); the rest of the file is skipped"));
                    return;
                }
                try {
                    sink.accept(new Triple(r.get("article_id"), r.get("subject"), EntityType.valueOf(r.get("subject_type")),
                            Relation.parse(r.get("predicate")), r.get("object"), EntityType.valueOf(r.get("object_type")),
                            Double.parseDouble(r.get("confidence")), r.get("evidence"), Integer.parseInt(r.get("start")),
                            Integer.parseInt(r.get("end")), r.get("rule")));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    problems.accept(new InputProblem(file + ":" + r.getRecordNumber(),
                            "bad triple row skipped: " + e.getMessage()));
                }
            }
        }
    }

    private static void readJsonl(Path file, BufferedReader in, Consumer<Triple> sink, Consumer<InputProblem> problems)
            throws IOException {
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(line);
                sink.accept(new Triple(n.path("article_id").asText(), n.path("subject").asText(),
                        EntityType.valueOf(n.path("subject_type").asText()), Relation.parse(n.path("predicate").asText()),
                        n.path("object").asText(), EntityType.valueOf(n.path("object_type").asText()),
                        n.path("confidence").asDouble(), n.path("evidence").asText(), n.path("start").asInt(),
                        n.path("end").asInt(), n.path("rule").asText()));
            } catch (IOException | IllegalArgumentException e) {
                problems.accept(new InputProblem(file + ":" + lineNo, "bad triple line skipped: " + e.getMessage()));
            }
        }
    }
}
