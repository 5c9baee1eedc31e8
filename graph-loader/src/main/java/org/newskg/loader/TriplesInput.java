package org.newskg.loader;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newskg.model.EntityType;
import org.newskg.model.InputProblem;
import org.newskg.model.Relation;
import org.newskg.model.Triple;
import org.newskg.model.TriplesReader;
import org.newskg.model.TriplesWriter;

/**
 * The triples input of {@code kg load}, {@code kg import} and {@code kg export-import}, one article at a time:
 * <ul>
 *   <li>a triples file: {@code .csv} or {@code .jsonl} as {@code kg extract} writes it, or a {@code .parquet} file
 *       with the same columns;</li>
 *   <li>a directory of part files as Spark writes them ({@code part-*.csv}, {@code part-*.parquet}, e.g. the
 *       Spark ExtractJob's {@code triples.csv/} or {@code triples.parquet/}), read in the order of their names
 *       (Spark numbers them in the order of its sort), whatever order the file system lists them in;</li>
 *   <li>the ExtractJob's output directory (it holds {@code triples.parquet/} or {@code triples.csv/}): its triples
 *       (Parquet when there, else CSV), and each article's metadata from its {@code articles.parquet/} (or
 *       {@code articles.csv/}): the title, source, url, published date and text hash {@code kg run} puts on the
 *       Article node, so that the article gets kg run's content hash; an article listed there without triples is
 *       an Article node of its own, as kg run and the Spark LoadJob write it.</li>
 * </ul>
 * A row that cannot be read is reported with its file (the part's path) and line or row, and skipped; an unreadable
 * file is reported by its path and the other files are read. Parquet is read with the Parquet library Neo4j's
 * importer brings ({@link ParquetRows}).
 */
public final class TriplesInput {

    /** The metadata columns of ExtractJob's articles files, the id first. */
    public static final List<String> ARTICLE_COLUMNS = List.of("id", "title", "source", "url", "published", "sha256");

    private static final String TRIPLES_PARQUET = "triples.parquet";
    private static final String TRIPLES_CSV = "triples.csv";

    private TriplesInput() {
    }

    /** An article's metadata as ExtractJob writes it; a blank value is none. */
    private record Metadata(String title, String source, String url, String published, String sha256) {
    }

    /**
     * Reads every input in the order given, handing each article's triples (with its metadata where the input has
     * it) to {@code sink}; rows of one article must be together (a warning says when they are not).
     */
    public static void read(List<Path> inputs, Consumer<ArticleContribution> sink, Consumer<String> warnings,
            Consumer<InputProblem> problems) {
        Joiner joiner = new Joiner(sink, problems);
        TripleGrouper grouper = new TripleGrouper(joiner, warnings);
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                readDirectory(input, grouper, joiner, problems);
            } else if (Files.isRegularFile(input)) {
                readFile(input, grouper, problems);
            } else {
                problems.accept(new InputProblem(input.toString(), "no such file or directory; check the path"));
            }
        }
        grouper.finish();
    }

    /** ExtractJob's output directory, or a directory of part files. */
    private static void readDirectory(Path dir, TripleGrouper grouper, Joiner joiner, Consumer<InputProblem> problems) {
        Path parquet = dir.resolve(TRIPLES_PARQUET);
        Path csv = dir.resolve(TRIPLES_CSV);
        if (Files.isDirectory(parquet) || Files.isDirectory(csv)) {
            Path triples = Files.isDirectory(parquet) && !parts(parquet, problems).isEmpty() ? parquet : csv;
            Map<String, Metadata> metadata = metadata(dir, problems);
            grouper.finish();
            joiner.metadata = metadata;
            joiner.source = metadata == null ? null : dir.toString();
            for (Path part : parts(triples, problems)) {
                readFile(part, grouper, problems);
            }
            grouper.finish();
            joiner.flush();
            return;
        }
        List<Path> parts = parts(dir, problems);
        if (parts.isEmpty()) {
            problems.accept(new InputProblem(dir.toString(), "no part files (part-*.csv, part-*.jsonl or part-*.parquet)"
                    + " and no triples.parquet or triples.csv in this directory; give the output directory of kg spark"
                    + " extract, one of its triples directories, or triples files"));
            return;
        }
        for (Path part : parts) {
            readFile(part, grouper, problems);
        }
    }

    /**
     * The part files of a Spark output directory in the order of their names (Spark's order of the partitions), the
     * empty ones left out (an empty partition); {@code _SUCCESS}, checksums and hidden files are not parts.
     */
    static List<Path> parts(Path dir, Consumer<InputProblem> problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                return name.startsWith("part-") && Files.isRegularFile(p)
                        && (lower.endsWith(".csv") || lower.endsWith(".parquet") || lower.endsWith(".jsonl")
                                || lower.endsWith(".json"));
            }).filter(p -> size(p) > 0).sorted((a, b) -> a.getFileName().toString()
                    .compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.accept(new InputProblem(dir.toString(), "cannot list the directory: " + e.getMessage()));
            return List.of();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 1; // reading it will say what is wrong
        }
    }

    /** One triples file: Parquet by its name, else what {@link TriplesReader} reads (CSV, JSON Lines). */
    private static void readFile(Path file, Consumer<Triple> sink, Consumer<InputProblem> problems) {
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
                readParquet(file, sink, problems);
            } else {
                TriplesReader.read(file, sink, problems);
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(file.toString(), "cannot read: " + e.getMessage()
                    + "; the rest of this file is skipped"));
        }
    }

    /** The triples of a Parquet file with the columns of triples.csv; a bad row is reported by its number. */
    static void readParquet(Path file, Consumer<Triple> sink, Consumer<InputProblem> problems) throws IOException {
        List<String> columns = TriplesWriter.COLUMNS;
        ParquetRows rows;
        try {
            rows = ParquetRows.open(file, columns);
        } catch (ParquetRows.MissingColumn e) {
            problems.accept(new InputProblem(file.toString(), "no '" + e.column + "' column; a Parquet triples file"
                    + " needs the columns " + String.join(",", columns)));
            return;
        } catch (RuntimeException e) {
            throw new IOException("not a readable Parquet file (" + rootMessage(e) + ")", e);
        }
        try (rows) {
            for (long row = 1; ; row++) {
                Object[] r;
                try {
                    r = rows.next();
                } catch (IOException | RuntimeException e) {
                    problems.accept(new InputProblem(file + ": row " + row, "unreadable Parquet (" + rootMessage(e)
                            + "); the rest of the file is skipped"));
                    return;
                }
                if (r == null) {
                    return;
                }
                Triple t;
                try {
                    t = new Triple(str(r[0]), str(r[1]), EntityType.valueOf(str(r[2])), Relation.parse(str(r[3])),
                            str(r[4]), EntityType.valueOf(str(r[5])), ((Number) r[6]).doubleValue(), str(r[7]),
                            ((Number) r[8]).intValue(), ((Number) r[9]).intValue(), str(r[10]));
                } catch (RuntimeException e) { // a missing value, a wrong type, an unknown predicate
                    problems.accept(new InputProblem(file + ": row " + row, "bad triple row skipped: "
                            + (e.getMessage() == null ? e.toString() : e.getMessage())));
                    continue;
                }
                sink.accept(t);
            }
        }
    }

    private static String str(Object o) {
        if (o == null) {
            throw new IllegalArgumentException("a value is missing");
        }
        return o.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /**
     * The metadata of ExtractJob's output directory by article id, in its order, or null when it has no articles
     * files; an unreadable file or row is a problem (its articles then get no metadata).
     */
    private static Map<String, Metadata> metadata(Path dir, Consumer<InputProblem> problems) {
        List<Path> parquet = parts(dir.resolve("articles.parquet"), problems);
        List<Path> csv = parts(dir.resolve("articles.csv"), problems);
        if (parquet.isEmpty() && csv.isEmpty()) {
            return null;
        }
        Map<String, Metadata> out = new LinkedHashMap<>();
        for (Path part : parquet.isEmpty() ? csv : parquet) {
            try {
                if (part.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
                    metadataParquet(part, out, problems);
                } else {
                    metadataCsv(part, out, problems);
                }
            } catch (IOException | RuntimeException | LinkageError e) {
                problems.accept(new InputProblem(part.toString(), "cannot read the articles' metadata ("
                        + rootMessage(e) + "); the rest of this file is skipped"));
            }
        }
        return out;
    }

    private static void metadataParquet(Path part, Map<String, Metadata> out, Consumer<InputProblem> problems)
            throws IOException {
        List<String> columns = new ArrayList<>();
        try (ParquetRows rows = ParquetRows.open(part, List.of("id"))) {
            for (String c : ARTICLE_COLUMNS) { // the columns but the id are optional
                if (rows.has(c)) {
                    columns.add(c);
                }
            }
        } catch (ParquetRows.MissingColumn e) {
            problems.accept(new InputProblem(part.toString(), "no 'id' column; the articles' metadata needs the"
                    + " columns " + String.join(",", ARTICLE_COLUMNS)));
            return;
        }
        try (ParquetRows rows = ParquetRows.open(part, columns)) {
            Object[] r;
            for (long row = 1; (r = rows.next()) != null; row++) {
                Object[] values = new Object[ARTICLE_COLUMNS.size()];
                for (int i = 0; i < columns.size(); i++) {
                    values[ARTICLE_COLUMNS.indexOf(columns.get(i))] = r[i];
                }
                add(out, part + ": row " + row, values, problems);
            }
        }
    }

    private static void metadataCsv(Path part, Map<String, Metadata> out, Consumer<InputProblem> problems)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(part, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            if (!parser.getHeaderMap().containsKey("id")) {
                problems.accept(new InputProblem(part.toString(), "no 'id' column; the articles' metadata needs the"
                        + " header " + String.join(",", ARTICLE_COLUMNS)));
                return;
            }
            for (CSVRecord r : parser) {
                Object[] values = new Object[ARTICLE_COLUMNS.size()];
                for (int i = 0; i < values.length; i++) {
                    String c = ARTICLE_COLUMNS.get(i);
                    values[i] = r.isMapped(c) && r.isSet(c) ? r.get(c) : null;
                }
                add(out, part + ":" + r.getRecordNumber(), values, problems);
            }
        }
    }

    private static void add(Map<String, Metadata> out, String where, Object[] r, Consumer<InputProblem> problems) {
        String id = blankToNull(r[0]);
        if (id == null) {
            problems.accept(new InputProblem(where, "an article without an id; row skipped"));
            return;
        }
        Metadata m = new Metadata(blankToNull(r[1]), blankToNull(r[2]), blankToNull(r[3]), blankToNull(r[4]),
                blankToNull(r[5]));
        if (out.putIfAbsent(id.strip(), m) != null) {
            problems.accept(new InputProblem(where, "article '" + id.strip() + "' is listed twice; the first row is"
                    + " used"));
        }
    }

    private static String blankToNull(Object o) {
        return o == null || o.toString().isBlank() ? null : o.toString();
    }

    /** Gives each article of an ExtractJob output directory its metadata, and writes those without triples. */
    private static final class Joiner implements Consumer<ArticleContribution> {
        private final Consumer<ArticleContribution> sink;
        private final Consumer<InputProblem> problems;
        /** The metadata still to be used (null: the input has none). */
        Map<String, Metadata> metadata;
        String source;

        Joiner(Consumer<ArticleContribution> sink, Consumer<InputProblem> problems) {
            this.sink = sink;
            this.problems = problems;
        }

        @Override
        public void accept(ArticleContribution c) {
            if (metadata == null) {
                sink.accept(c);
                return;
            }
            Metadata m = metadata.remove(c.articleId());
            if (m == null) {
                if (!c.append()) {
                    problems.accept(new InputProblem("article " + c.articleId(), "has triples in " + source
                            + " but no row in its articles file; read without its title, source, url and text hash"
                            + " (so with another content hash than kg run's)"));
                }
                sink.accept(c);
                return;
            }
            sink.accept(new ArticleContribution(c.articleId(), m.title(), m.source(), m.url(), m.published(),
                    m.sha256(), c.triples(), c.append()));
        }

        /** The articles of the metadata that had no triples: each an Article node, as kg run writes it. */
        void flush() {
            if (metadata != null) {
                metadata.forEach((id, m) -> sink.accept(new ArticleContribution(id, m.title(), m.source(), m.url(),
                        m.published(), m.sha256(), List.of(), false)));
            }
            metadata = null;
            source = null;
        }
    }

    /** For tests: the rows of one Parquet triples file. */
    static List<Triple> readParquet(Path file, Consumer<InputProblem> problems) throws IOException {
        List<Triple> out = new ArrayList<>();
        readParquet(file, out::add, problems);
        return out;
    }
}
