package org.newskg.extractor.persons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;

/**
 * The persons of one article: every name mention, each resolved to the fullest form of that name in
 * the article ("Mr Livingstone", "Livingstone" -> "Ken Livingstone"), honorifics dropped.
 *
 * <p>First version: NER PERSON spans, resolved by surname. To be refined by the persons rules.
 */
public final class PersonIndex {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady",
            "dame", "rev", "prof", "mr.", "mrs.", "ms.", "dr.", "rev.", "prof.");

    private final List<PersonMention> mentions;

    private PersonIndex(List<PersonMention> mentions) {
        this.mentions = List.copyOf(mentions);
    }

    /** Finds and resolves the person mentions of {@code doc}. */
    public static PersonIndex of(Doc doc) {
        List<int[]> spans = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                if (!"PERSON".equals(ts.get(i).ner())) {
                    continue;
                }
                int j = i;
                while (j + 1 < ts.size() && "PERSON".equals(ts.get(j + 1).ner())) {
                    j++;
                }
                int b = i;
                while (b <= j && HONORIFICS.contains(ts.get(b).word().toLowerCase(Locale.ROOT))) {
                    b++;
                }
                if (b <= j) {
                    spans.add(new int[] {ts.get(b).begin(), ts.get(j).end(), s.index()});
                }
                i = j;
            }
        }
        // the fullest form per surname: the longest name ending in that surname
        Map<String, String> fullest = new LinkedHashMap<>();
        for (int[] sp : spans) {
            String name = clean(doc.text(sp[0], sp[1]));
            String surname = surname(name);
            String best = fullest.get(surname);
            if (best == null || name.length() > best.length()) {
                fullest.put(surname, name);
            }
        }
        List<PersonMention> out = new ArrayList<>();
        for (int[] sp : spans) {
            String name = clean(doc.text(sp[0], sp[1]));
            out.add(new PersonMention(sp[0], sp[1], name, fullest.getOrDefault(surname(name), name), sp[2]));
        }
        return new PersonIndex(out);
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("['’]s$", "").strip();
    }

    private static String surname(String name) {
        String[] parts = name.split(" ");
        return parts[parts.length - 1].toLowerCase(Locale.ROOT);
    }

    /** Every person mention, in text order. */
    public List<PersonMention> mentions() {
        return mentions;
    }

    /** The mentions lying inside [begin, end). */
    public List<PersonMention> mentionsIn(int begin, int end) {
        List<PersonMention> out = new ArrayList<>();
        for (PersonMention m : mentions) {
            if (m.begin() >= begin && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    /** The canonical name for a surface form, if this article names such a person. */
    public Optional<String> canonical(String surface) {
        String s = surname(clean(surface));
        for (PersonMention m : mentions) {
            if (surname(m.canonical()).equals(s)) {
                return Optional.of(m.canonical());
            }
        }
        return Optional.empty();
    }
}
