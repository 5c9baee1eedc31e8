package org.newskg.extractor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the word-list resources the rules use: one entry a line, '#' comments, optional tab-separated value. */
public final class WordLists {

    private WordLists() {
    }

    /** The non-comment lines of a resource next to {@code owner}, stripped. */
    public static List<String> lines(Class<?> owner, String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The first column of each line, lower case. */
    public static Set<String> words(Class<?> owner, String resource) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : lines(owner, resource)) {
            out.add(l.split("\t")[0].strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** First column (lower case) to second column (as written). */
    public static Map<String, String> pairs(Class<?> owner, String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : lines(owner, resource)) {
            String[] f = l.split("\t");
            out.put(f[0].strip().toLowerCase(Locale.ROOT), f.length > 1 ? f[1].strip() : "");
        }
        return Map.copyOf(out);
    }
}
