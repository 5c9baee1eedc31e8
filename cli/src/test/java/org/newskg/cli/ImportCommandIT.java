package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.newskg.loader.SharedNeo4j;
import org.newskg.model.Triple;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesReader;
import org.newskg.model.TriplesWriter;

/**
 * kg import against kg load on the same triples (the example articles' snapshot): the same graph by
 * {@code kg stats} and by every saved report, before and after a changed article is loaded and another
 * retracted; a store that holds a graph is refused; kg export-import's files are what the importer expects.
 */
@ExtendWith(SharedNeo4j.class)
class ImportCommandIT {

    private static final Path TRIPLES = Path.of("..", "examples", "snapshot", "triples.csv");

    private final SharedNeo4j.Server neo4j;

    @TempDir
    Path tmp;

    ImportCommandIT(SharedNeo4j.Server neo4j) {
        this.neo4j = neo4j;
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.target().driver().executableQuery("MATCH (n) DETACH DELETE n")
                .withConfig(neo4j.target().queryConfig()).execute();
    }

    @Test
    void anImportedGraphIsTheLoadedGraphAndBehavesLikeItUnderLoadAndRetract() throws IOException {
        String loaded = neo4j.dir().toString();
        String imported = tmp.resolve("imported").toString();

        LoaderCommandsIT.Result load = kg("load", TRIPLES.toString(), "--db-dir", loaded);
        LoaderCommandsIT.Result imp = kg("import", TRIPLES.toString(), "--db-dir", imported);

        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(imp.err()).contains("Importing triples COMPLETED").contains("6 articles");
        assertThat(stats(imported)).isEqualTo(stats(loaded)).contains("node,Person,");
        assertThat(reports(imported)).isEqualTo(reports(loaded));

        Path changed = changedArticle(tmp.resolve("changed.csv"));
        for (String db : List.of(loaded, imported)) {
            assertThat(kg("load", changed.toString(), "--db-dir", db).exit()).isZero();
            assertThat(kg("retract", "ferry-link-opens", "--db-dir", db).exit()).isZero();
        }
        assertThat(stats(imported)).isEqualTo(stats(loaded));
        assertThat(reports(imported)).isEqualTo(reports(loaded));
        assertThat(kg("load", changed.toString(), "--db-dir", imported).err()).contains("1 unchanged");
    }

    @Test
    void importRefusesAStoreThatHoldsAGraph() {
        String db = tmp.resolve("full").toString();
        assertThat(kg("import", TRIPLES.toString(), "--db-dir", db).exit()).isZero();

        LoaderCommandsIT.Result again = kg("import", TRIPLES.toString(), "--db-dir", db);

        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already holds a graph").contains("kg load");
        assertThat(stats(db)).contains("node,Article,6");
    }

    @Test
    void exportImportWritesFilesTheImporterTakesAndResolveFinishesTheGraph() throws Exception {
        Path out = tmp.resolve("export");
        LoaderCommandsIT.Result export = kg("export-import", TRIPLES.toString(), "-o", out.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("neo4j-admin database import full").contains("--nodes=nodes-Person.csv");

        // the command of import.sh, run by the same importer in this process (files resolved from its directory)
        List<String> args = new ArrayList<>(List.of("database", "import", "full"));
        for (String line : Files.readAllLines(out.resolve("import.sh"))) {
            String a = line.strip().replace(" \\", "");
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                String value = a.substring(eq + 1).replace("'", "");
                args.add(a.startsWith("--nodes=") || a.startsWith("--relationships=")
                        ? a.substring(0, eq + 1) + out.resolve(value).toAbsolutePath() : a.replace("'", ""));
            }
        }
        args.add("neo4j");
        Path home = tmp.resolve("server-home");
        Files.createDirectories(home.resolve("conf"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8);
        int code = AdminTool.execute(new ExecutionContext(home, home.resolve("conf"), ps, ps,
                new DefaultFileSystemAbstraction()), args.toArray(String[]::new));
        assertThat(code).as(log.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(kg("resolve", "--db-dir", home.toString()).exit()).isZero();
        assertThat(kg("load", TRIPLES.toString(), "--db-dir", neo4j.dir().toString()).exit()).isZero();
        assertThat(stats(home.toString())).isEqualTo(stats(neo4j.dir().toString()));
        assertThat(reports(home.toString())).isEqualTo(reports(neo4j.dir().toString()));
    }

    @Test
    void aDirectoryOfCsvPartsGivesTheGraphOfItsTriplesFileAndABrokenPartIsNamed() throws IOException {
        List<Triple> all = new ArrayList<>();
        TriplesReader.read(TRIPLES, all::add, p -> {
            throw new AssertionError(p.toString());
        });
        Path parts = Files.createDirectories(tmp.resolve("out").resolve("triples.csv"));
        int third = all.size() / 3;
        // cut anywhere (an article may span two parts, as Spark's sort leaves it), written last part first
        writePart(parts.resolve("part-00002-x-c000.csv"), all.subList(2 * third, all.size()));
        writePart(parts.resolve("part-00001-x-c000.csv"), all.subList(third, 2 * third));
        writePart(parts.resolve("part-00000-x-c000.csv"), all.subList(0, third));
        Files.writeString(parts.resolve("_SUCCESS"), "");
        String loaded = neo4j.dir().toString();
        String imported = tmp.resolve("imported").toString();

        LoaderCommandsIT.Result load = kg("load", TRIPLES.toString(), "--db-dir", loaded);
        LoaderCommandsIT.Result imp = kg("import", parts.getParent().toString(), "--db-dir", imported);

        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(stats(imported)).isEqualTo(stats(loaded)).contains("node,Article,6");
        assertThat(reports(imported)).isEqualTo(reports(loaded));

        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.copy(parts.resolve("part-00000-x-c000.csv"), broken.resolve("part-00000-x-c000.csv"));
        Files.write(broken.resolve("part-00001-x-c000.parquet"), "PAR1 not Parquet".getBytes(StandardCharsets.UTF_8));
        Files.copy(parts.resolve("part-00002-x-c000.csv"), broken.resolve("part-00002-x-c000.csv"));
        LoaderCommandsIT.Result bad = kg("import", broken.toString(), "--db-dir", tmp.resolve("b").toString());
        assertThat(bad.exit()).as(bad.err()).isEqualTo(1);
        assertThat(bad.err()).contains(broken.resolve("part-00001-x-c000.parquet") + ": cannot read")
                .contains("Importing triples COMPLETED");
    }

    private static void writePart(Path file, List<Triple> triples) throws IOException {
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                TriplesWriter out = new TriplesWriter(w, TriplesFormat.CSV)) {
            out.writeAll(triples);
        }
    }

    /** The snapshot's rows of one article, less its last triple: a changed article for kg load. */
    private static Path changedArticle(Path file) throws IOException {
        List<String> lines = Files.readAllLines(TRIPLES, StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>();
        rows.add(lines.get(0));
        lines.stream().skip(1).filter(l -> l.startsWith("council-budget-vote,")).forEach(rows::add);
        rows.remove(rows.size() - 1);
        return Files.write(file, rows, StandardCharsets.UTF_8);
    }

    private static String stats(String db) {
        return kg("stats", "--format", "csv", "--db-dir", db).out();
    }

    /** Every saved report's CSV output (with its exit code), by name. */
    private static Map<String, String> reports(String db) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : kg("report", "--list", "--db-dir", db).out().split("\n")) {
            String name = line.strip().split("\\s+")[0];
            if (!name.isEmpty()) {
                LoaderCommandsIT.Result r = kg("report", name, "--format", "csv", "--db-dir", db);
                out.put(name, r.exit() + "\n" + r.out());
            }
        }
        assertThat(out).hasSizeGreaterThan(10);
        return out;
    }

    private static LoaderCommandsIT.Result kg(String... args) {
        return LoaderCommandsIT.run(List.of(args));
    }
}
