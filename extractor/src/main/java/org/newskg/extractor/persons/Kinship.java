package org.newskg.extractor.persons;

import static org.newskg.extractor.persons.NameShape.lower;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.NameLexicon.Gender;
import org.newskg.extractor.persons.NameSpans.Span;

/**
 * What the kinship word right before a name (past one comma) says in one article: the relative's sex ("his wife
 * Ann Holt", "Holt's father, Tom Holt,"), the "his" or "her" that makes its owner a man or a woman, that owner,
 * and the owner's surname for a given name alone ("his elder brother David", "Clinton's husband, Bill"). Asked by
 * {@link MentionResolver} as it groups the article's name spans into persons.
 */
final class Kinship {

    /** Kinship words that say a woman follows ("his wife Ann Holt", "mother, Ann Holt,"); the rest say a man. */
    private static final Set<String> FEMALE_KIN = Set.of("sister", "wife", "daughter", "mother", "aunt", "niece",
            "widow", "granddaughter", "sister-in-law", "daughter-in-law", "grandmother", "stepmother", "girlfriend");
    private static final Set<String> MALE_KIN = Set.of("brother", "husband", "son", "father", "uncle", "nephew",
            "grandson", "brother-in-law", "son-in-law", "grandfather", "stepfather", "widower", "boyfriend");
    private static final Set<String> KINSHIP = Set.of("brother", "sister", "wife", "husband", "son", "daughter",
            "father", "mother", "cousin", "uncle", "aunt", "nephew", "niece", "spouse", "widow", "grandson",
            "granddaughter", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law");

    private final Doc doc;
    /** The article's name spans, in text order. */
    private final List<Span> spans;

    Kinship(Doc doc, List<Span> spans) {
        this.doc = doc;
        this.spans = spans;
    }

    /** "his wife Ann Holt": the "his" or "her" before the kinship word before a name, else null. */
    String ownerPronoun(Span sp) {
        List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
        int i = wordBefore(sp);
        if (i < 1 || !KINSHIP.contains(lower(ts.get(i).word()))) {
            return null;
        }
        String w = lower(ts.get(i - 1).word());
        return "his".equals(w) || "her".equals(w) ? w : null;
    }

    /** The token right before a name, past one comma ("his wife Ann Holt", "Holt's father, Tom Holt,"); -1 if none. */
    private int wordBefore(Span sp) {
        List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
        int i = sp.firstToken() - 1;
        if (i >= 0 && ",".equals(ts.get(i).word())) {
            i--;
        }
        return i;
    }

    /** The person named latest before the "his"/"her" of {@link #ownerPronoun}, in its sentence or the one before. */
    Span owner(Span sp) {
        List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
        int before = ts.get(Math.max(0, sp.firstToken() - 3)).begin();
        Span owner = null;
        for (Span other : spans) {
            if (other.begin() < before && other.sentence() >= sp.sentence() - 1 && other.words().size() >= 2) {
                owner = other;
            }
        }
        return owner;
    }

    /** What a kinship word right before a name says of its sex: "his wife Ann Holt", "Holt's father, Tom Holt,". */
    Gender gender(Span sp) {
        int i = wordBefore(sp);
        String w = i >= 0 ? lower(doc.sentences().get(sp.sentence()).tokens().get(i).word()) : "";
        return FEMALE_KIN.contains(w) ? Gender.FEMALE : MALE_KIN.contains(w) ? Gender.MALE : Gender.UNKNOWN;
    }

    /**
     * "his elder brother David" / "Clinton's husband, Bill": the relative's surname, or null. An owner that is only a
     * "his" or "her" gives nothing when the article names someone else in full with that given name ("the senator said
     * Trump had attacked his wife, Heidi" beside "Heidi Cruz": the "his" is the senator's, not the name before it).
     */
    String surname(Span sp, Map<Span, String> resolved) {
        Sentence s = doc.sentences().get(sp.sentence());
        List<Token> ts = s.tokens();
        int i = wordBefore(sp);
        if (i < 0 || !KINSHIP.contains(lower(ts.get(i).word()))) {
            return null;
        }
        int k = i - 1;
        while (k >= 0 && ts.get(k).pos().startsWith("JJ")) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        String w = lower(ts.get(k).word());
        Span owner = null;
        if (NameSpans.POSSESSIVES.contains(w) && k > 0) {
            owner = spanEndingAt(ts.get(k - 1).end());
        } else if (w.equals("his") || w.equals("her") || w.equals("their")) {
            for (Span other : spans) {
                if (other.begin() < ts.get(k).begin() && other.sentence() >= sp.sentence() - 1) {
                    owner = other;
                }
            }
        }
        if (owner == null) {
            return null;
        }
        String c = resolved.get(owner);
        List<String> words = c != null ? NameLexicon.words(c) : owner.words();
        String surname = NameShape.surname(words);
        if (!NameSpans.POSSESSIVES.contains(w)) {
            String given = lower(sp.words().get(0));
            for (Map.Entry<Span, String> e : resolved.entrySet()) {
                if (e.getKey().words().size() < 2) {
                    continue; // a given name already given a relative's surname here is no full name the article wrote
                }
                List<String> f = NameLexicon.words(e.getValue());
                if (f.size() >= 2 && lower(f.get(0)).equals(given)
                        && !lower(NameShape.surname(f)).equals(lower(surname))) {
                    return null;
                }
            }
        }
        return surname;
    }

    private Span spanEndingAt(int end) {
        for (Span sp : spans) {
            if (sp.end() == end) {
                return sp;
            }
        }
        return null;
    }
}
