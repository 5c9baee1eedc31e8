package org.newskg.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The saved reports: the {@code cypher/*.cypher} files shipped in the jar, or those of a directory. */
public final class ReportCatalog {

    /** Where the saved queries live on the classpath (the build copies {@code cypher/} there). */
    static final String RESOURCE_DIR = "cypher";

    private final List<SavedReport> reports;

    private ReportCatalog(List<SavedReport> reports) {
        List<SavedReport> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(SavedReport::name));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).name().equals(sorted.get(i - 1).name())) {
                throw new IllegalArgumentException("two saved queries are named '" + sorted.get(i).name() + "'");
            }
        }
        this.reports = List.copyOf(sorted);
    }

    /** The reports shipped with kg. */
    public static ReportCatalog builtIn() {
        URL url = ReportCatalog.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            throw new IllegalStateException("the saved queries (" + RESOURCE_DIR + "/) are missing from the classpath;"
                    + " rebuild kg");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fromDirectory(fs.getPath(RESOURCE_DIR));
            }
            return fromDirectory(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the saved queries at " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * The reports in {@code dir}: every {@code *.cypher} file directly in it.
     *
     * @throws IllegalArgumentException when a file's header is malformed (the message names the file)
     */
    public static ReportCatalog fromDirectory(Path dir) throws IOException {
        List<SavedReport> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".cypher")).sorted().toList()) {
                out.add(SavedReport.parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new ReportCatalog(out);
    }

    /** All reports, sorted by name. */
    public List<SavedReport> all() {
        return reports;
    }

    public Optional<SavedReport> find(String name) {
        return reports.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return reports.stream().map(SavedReport::name).toList();
    }
}
