package org.newskg.extractor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.model.ResourceFiles;

/** The word-list resources the rules use: one entry a line, '#' comments, optional tab-separated value (read by {@link ResourceFiles}). */
public final class WordLists {

    /** The dashes that set a phrase apart, as the tokenizer leaves them: "Tom Reid - the Labour MP -". */
    public static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--");

    /** The days of the week, lower case: the one list every rule that skips or stops at a date shares. */
    public static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private WordLists() {
    }

    /** {@code base} and {@code more} as one set: a shared list with a rule's own words. */
    public static Set<String> with(Set<String> base, String... more) {
        Set<String> out = new LinkedHashSet<>(base);
        out.addAll(List.of(more));
        return Set.copyOf(out);
    }

    /** The non-comment lines of a resource next to {@code owner}, stripped ({@link ResourceFiles#lines}). */
    public static List<String> lines(Class<?> owner, String resource) {
        List<String> out = new ArrayList<>();
        for (String line : ResourceFiles.lines(owner, resource)) {
            out.add(line.strip());
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
