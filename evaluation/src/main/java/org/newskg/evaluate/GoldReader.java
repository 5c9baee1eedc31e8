package org.newskg.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newskg.model.InputProblem;
import org.newskg.model.Relation;

/** Reads gold files: {@code .csv} files, or directories holding them (recursively, in name order). */
public final class GoldReader {

    /** The gold header. */
    public static final List<String> COLUMNS = List.of("article_id", "subject", "predicate", "object", "status");

    private GoldReader() {
    }

    /** The gold files named by {@code paths}: files as given, directories expanded to their {@code .csv} files. */
    public static List<Path> files(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such gold file or directory");
            }
        }
        return files;
    }

    /**
     * Reads the scored rows (MEMBER_OF, SAID, CRITICISED) of every gold file; rows of other predicates
     * are skipped silently, unreadable rows are reported to {@code problems} and skipped.
     */
    public static List<GoldRow> read(List<Path> paths, Consumer<InputProblem> problems) throws IOException {
        List<GoldRow> rows = new ArrayList<>();
        for (Path file : files(paths)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                readOne(file, in, rows, problems);
            }
        }
        return rows;
    }

    static void readOne(Path file, Reader in, List<GoldRow> rows, Consumer<InputProblem> problems) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            for (String column : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.accept(new InputProblem(file.toString(), "no '" + column + "' column; a gold file needs"
                            + " the header " + String.join(",", COLUMNS)));
                    return;
                }
            }
            for (CSVRecord r : parser) {
                String where = file + ":" + parser.getCurrentLineNumber();
                String predicate = r.get("predicate").strip().toUpperCase(Locale.ROOT);
                Relation relation;
                try {
                    relation = Relation.valueOf(predicate);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (!relation.scored()) {
                    continue;
                }
                String status = r.get("status").strip().toLowerCase(Locale.ROOT);
                if (!status.equals("required") && !status.equals("optional")) {
                    problems.accept(new InputProblem(where, "status must be 'required' or 'optional', not '"
                            + r.get("status") + "'; row skipped"));
                    continue;
                }
                try {
                    rows.add(new GoldRow(r.get("article_id").strip(), r.get("subject"), relation, r.get("object"),
                            status.equals("required"), where));
                } catch (IllegalArgumentException e) {
                    problems.accept(new InputProblem(where, "bad gold row skipped: " + e.getMessage()));
                }
            }
        }
    }
}
