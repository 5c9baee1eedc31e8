package org.newskg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.newskg.model.TriplesFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code kg extract} and {@code kg bench baseline-extract} share: the articles to read, where the triples go. */
final class ExtractionOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the triples (default: standard output).")
    Path output;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|jsonl",
            description = "Output format: csv (RFC 4180 with a header) or jsonl. Default: ${DEFAULT-VALUE}.")
    String format;

    /** The output format; a usage error when it is neither csv nor jsonl. */
    TriplesFormat triplesFormat() {
        try {
            return TriplesFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be csv or jsonl, not '" + format + "'");
        }
    }

    /** The output file, or standard output, as UTF-8. */
    Writer openOutput() throws IOException {
        return output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    /** Paths never read as input: the output file, even inside an input directory (a re-run would read it back). */
    Set<Path> notInput() {
        return output == null ? Set.of() : Set.of(output);
    }
}
