package org.newskg.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads articles from .txt files (one article each), .csv files (columns id,text and optional
 * title,source,url,published), .jsonl files (the same fields, one object a line) and directories of
 * these, streaming them one at a time. Whatever cannot be read is reported as an {@link InputProblem}
 * naming the file (and line) and the rest goes on.
 *
 * <p>Encoding policy: input must be UTF-8 (a byte-order mark is dropped). A file that is not valid
 * UTF-8 is rejected with a message saying how to convert it, never decoded into mojibake.
 */
public final class ArticleSources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<Article> sink;
    private final Consumer<InputProblem> problems;
    private final Set<String> seenIds = new HashSet<>();
    private final Set<Path> exclude;

    private ArticleSources(Consumer<Article> sink, Consumer<InputProblem> problems, Set<Path> exclude) {
        this.sink = sink;
        this.problems = problems;
        this.exclude = exclude.stream().map(ArticleSources::canonical).collect(java.util.stream.Collectors.toSet());
    }

    /** Reads every article under {@code paths}, in order (directories sorted by name). */
    public static void read(List<Path> paths, Consumer<Article> sink, Consumer<InputProblem> problems) {
        read(paths, Set.of(), sink, problems);
    }

    /**
     * Reads every article under {@code paths} except the files in {@code exclude} (e.g. the output file a
     * command is writing inside an input directory).
     */
    public static void read(List<Path> paths, Set<Path> exclude, Consumer<Article> sink,
            Consumer<InputProblem> problems) {
        ArticleSources sources = new ArticleSources(sink, problems, exclude);
        for (Path p : paths) {
            sources.readPath(p, true);
        }
    }

    private static Path canonical(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private void readPath(Path path, boolean named) {
        if (exclude.contains(canonical(path))) {
            return;
        }
        if (!Files.exists(path)) {
            problems.accept(new InputProblem(path.toString(), "no such file or directory; check the path"));
            return;
        }
        if (Files.isDirectory(path)) {
            List<Path> children = new ArrayList<>();
            try (Stream<Path> s = Files.list(path)) {
                s.sorted().forEach(children::add);
            } catch (IOException e) {
                problems.accept(new InputProblem(path.toString(), "cannot list directory: " + e.getMessage()));
                return;
            }
            for (Path child : children) {
                if (Files.isDirectory(child) || isArticleFile(child)) {
                    readPath(child, false);
                }
            }
            return;
        }
        if (!isArticleFile(path)) {
            if (named) {
                problems.accept(new InputProblem(path.toString(),
                        "not an article file; give .txt, .csv or .jsonl files or directories of them"));
            }
            return;
        }
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".txt")) {
                readTxt(path, name.substring(0, name.length() - 4), readUtf8(path));
                return;
            }
            checkNotBinary(path);
            if (lower.endsWith(".jsonl")) {
                readJsonl(path);
                return;
            }
            long[] bad = firstMalformedLine(path);
            long limit = bad == null ? Long.MAX_VALUE : bad[1];
            try (BufferedReader in = utf8Reader(path, limit)) {
                readCsv(path, in);
            }
            if (bad != null) {
                problems.accept(new InputProblem(path + ":" + bad[0], NOT_UTF8
                        + "; the rows before this line were read, the rest of the file is skipped"));
            }
        } catch (InputException e) {
            problems.accept(new InputProblem(path.toString(), e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new InputProblem(path.toString(), "cannot read: " + rootMessage(e)
                    + "; check that the file exists and is readable"));
        }
    }

    static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".csv") || n.endsWith(".jsonl");
    }

    private void readTxt(Path path, String id, String text) {
        if (text.isBlank()) {
            problems.accept(new InputProblem(path.toString(), "empty article (no text); nothing to extract"));
            return;
        }
        emit(new Article(id, text, null, null, null, null, path.toString()));
    }

    private void readCsv(Path path, BufferedReader in) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            var header = parser.getHeaderMap();
            if (!header.containsKey("id") || !header.containsKey("text")) {
                problems.accept(new InputProblem(path.toString(), "CSV needs the columns id,text (found "
                        + String.join(",", parser.getHeaderNames()) + "); add them to the header row"));
                return;
            }
            var it = parser.iterator();
            while (true) {
                CSVRecord r;
                long line = parser.getCurrentLineNumber() + 1;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.accept(new InputProblem(path + ":" + line, "malformed CSV from this line on ("
                            + rootMessage(e) + "), likely an unbalanced quote; rows before it were read"));
                    return;
                }
                String where = path + ":" + line;
                if (!r.isConsistent() && r.size() < header.size()) {
                    problems.accept(new InputProblem(where, "row has " + r.size() + " fields, header has "
                            + header.size() + "; row skipped"));
                    continue;
                }
                String id = r.get("id");
                String body = r.get("text");
                if (id == null || id.isBlank()) {
                    problems.accept(new InputProblem(where, "row without an id; row skipped"));
                    continue;
                }
                if (body == null || body.isBlank()) {
                    problems.accept(new InputProblem(where + " (id " + id + ")", "empty text; row skipped"));
                    continue;
                }
                emit(new Article(id.strip(), body, opt(r, "title"), opt(r, "source"), opt(r, "url"),
                        opt(r, "published"), where));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            problems.accept(new InputProblem(path.toString(), "unreadable CSV: " + rootMessage(e)));
        }
    }

    private static String opt(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) && !r.get(column).isBlank() ? r.get(column) : null;
    }

    private void readJsonl(Path path) throws IOException {
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            var bytes = new java.io.ByteArrayOutputStream();
            int lineNo = 0;
            boolean more = true;
            while (more) {
                bytes.reset();
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    bytes.write(b);
                }
                more = b != -1;
                if (!more && bytes.size() == 0) {
                    break;
                }
                lineNo++;
                String where = path + ":" + lineNo;
                String line;
                try {
                    line = strictUtf8(bytes.toByteArray(), lineNo == 1 ? skipBom(bytes.toByteArray()) : 0);
                } catch (CharacterCodingException e) {
                    problems.accept(new InputProblem(where, NOT_UTF8 + "; line skipped"));
                    continue;
                }
                if (!line.isBlank()) {
                    readJsonLine(where, line);
                }
            }
        }
    }

    private void readJsonLine(String where, String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            problems.accept(new InputProblem(where, "not valid JSON (" + firstLine(e.getMessage()) + "); line skipped"));
            return;
        }
        if (!n.isObject() || !n.hasNonNull("id") || !n.hasNonNull("text")) {
            problems.accept(new InputProblem(where, "a line needs an object with \"id\" and \"text\"; line skipped"));
            return;
        }
        String id = n.get("id").asText();
        String body = n.get("text").asText();
        if (id.isBlank() || body.isBlank()) {
            problems.accept(new InputProblem(where, "empty id or text; line skipped"));
            return;
        }
        emit(new Article(id.strip(), body, optText(n, "title"), optText(n, "source"), optText(n, "url"),
                optText(n, "published"), where));
    }

    private static String optText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private void emit(Article a) {
        if (!seenIds.add(a.id())) {
            problems.accept(new InputProblem(a.origin(), "duplicate article id '" + a.id()
                    + "'; the first one read is kept, give each article its own id"));
            return;
        }
        sink.accept(a);
    }

    private static final String NOT_UTF8 = "not UTF-8 text; convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8";

    /** A strict UTF-8 reader over the first {@code limit} bytes, without a byte-order mark. */
    private static BufferedReader utf8Reader(Path path, long limit) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var raw = new java.io.BufferedInputStream(Files.newInputStream(path));
        java.io.InputStream bounded = new java.io.FilterInputStream(raw) {
            private long left = limit;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                left--;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(buf, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }
        };
        BufferedReader in = new BufferedReader(new java.io.InputStreamReader(bounded, decoder));
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    /** The 1-based number and byte offset of the first line that is not valid UTF-8, or null. */
    private static long[] firstMalformedLine(Path path) throws IOException {
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            var line = new java.io.ByteArrayOutputStream();
            long lineNo = 0;
            long offset = 0;
            boolean more = true;
            while (more) {
                line.reset();
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    line.write(b);
                }
                more = b != -1;
                lineNo++;
                try {
                    strictUtf8(line.toByteArray(), 0);
                } catch (CharacterCodingException e) {
                    return new long[] {lineNo, offset};
                }
                offset += line.size() + (more ? 1 : 0);
            }
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes, int from) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                .toString();
    }

    private static int skipBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static void checkNotBinary(Path path) throws IOException {
        byte[] head = new byte[8192];
        int n;
        try (var in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                throw new InputException("binary file (NUL byte at offset " + i + "); not an article");
            }
        }
    }

    /** Reads a whole file as strict UTF-8, refusing binaries and other encodings with a clear message. */
    static String readUtf8(Path path) throws IOException {
        checkNotBinary(path);
        byte[] bytes = Files.readAllBytes(path);
        int offset = skipBom(bytes);
        try {
            return strictUtf8(bytes, offset);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            throw new InputException("not UTF-8 (invalid byte 0x" + String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF)
                    + " at offset " + bad + "); convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8");
        }
    }

    private static int firstInvalidUtf8(byte[] bytes, int from) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : from;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return firstLine(String.valueOf(t.getMessage()));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A file-level problem with a message meant for the user. */
    static final class InputException extends IOException {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }
}
