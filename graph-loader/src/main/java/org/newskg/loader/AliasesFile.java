package org.newskg.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newskg.model.Names;

/**
 * A user's overrides of the resolution of persons ({@code --aliases FILE}): a CSV file with one line per
 * decision, {@code merge,NAME,NAME[,NAME...]} (these names are one person) or {@code split,NAME,NAME} (these
 * are never one person). Names are compared by their keys (case, punctuation and honorifics do not matter).
 * Blank lines and lines starting with '#' are ignored; names cannot contain commas.
 */
public final class AliasesFile {

    private AliasesFile() {
    }

    /** Reads the file; a malformed line is an error naming the line. */
    public static PersonResolver.Overrides read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    static PersonResolver.Overrides parse(List<String> lines, String source) {
        List<List<String>> merges = new ArrayList<>();
        List<List<String>> splits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            String action = f[0].strip().toLowerCase(Locale.ROOT);
            List<String> keys = new ArrayList<>();
            for (int j = 1; j < f.length; j++) {
                String key = Names.personKey(f[j].strip());
                if (!key.isEmpty() && !keys.contains(key)) {
                    keys.add(key);
                }
            }
            boolean ok = switch (action) {
                case "merge" -> keys.size() >= 2 && merges.add(List.copyOf(keys));
                case "split" -> keys.size() == 2 && splits.add(List.copyOf(keys));
                default -> false;
            };
            if (!ok) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected 'merge,NAME,NAME[,NAME...]'"
                        + " or 'split,NAME,NAME' (two different names): " + line);
            }
        }
        return new PersonResolver.Overrides(List.copyOf(merges), List.copyOf(splits));
    }
}
