package org.newskg.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The one reader of the data files in our jars (word lists, gazetteers, pipeline settings): UTF-8, found next
 * to a class ({@code owner.getResourceAsStream}: a name without a leading "/" is relative to the owner's
 * package), and a missing file is an {@link IllegalStateException} naming it.
 */
public final class ResourceFiles {

    private ResourceFiles() {
    }

    /**
     * The data lines of a list file: every line but blank ones and comments (lines whose first non-blank
     * character is '#'), as written (not stripped: a tab-separated file may end in empty columns).
     */
    public static List<String> lines(Class<?> owner, String resource) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(open(owner, resource))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A {@code .properties} file, read as UTF-8. */
    public static Properties properties(Class<?> owner, String resource) {
        Properties props = new Properties();
        try (Reader r = open(owner, resource)) {
            props.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    /** The whole file as text. */
    public static String text(Class<?> owner, String resource) {
        try (Reader r = open(owner, resource)) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                b.append(buf, 0, n);
            }
            return b.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " next to " + owner.getName()
                    + "; rebuild kg (./mvnw -DskipTests package)");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
