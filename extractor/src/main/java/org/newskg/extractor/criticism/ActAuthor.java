package org.newskg.extractor.criticism;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.PersonIndex;

/**
 * act-author: "Ann Holt announced a cap on fees. Tom Reid condemned the move.": a criticism verb whose object is an
 * act or saying (act-nouns.txt) that names no owner ("the move", "this plan", "the remarks": no possessor, no
 * "of"/"by") criticises the person the sentences just before are about (the latest named main-clause subject
 * within three sentences, as the one resolver, persons/Discourse, has it) when that subject's sentence reports the
 * act with one of its verbs (act-nouns.txt: "announced" for "the announcement") and is not the critic. The critic is the verb's own subject,
 * or its agent in the passive ("Ann Holt said ... The remarks were condemned by Tom Reid").
 */
final class ActAuthor implements Sieve {

    private static final Map<String, String> ACTS = WordLists.pairs(CriticismRules.class, "act-nouns.txt");
    /** The cues before "the move" that make a sentence worth parsing: "condemned the move", "called the remarks vile". */
    private static final Set<Cue.Kind> GATED = Set.of(Cue.Kind.VERB, Cue.Kind.LABEL, Cue.Kind.SAYING);
    /** How many sentences back the author's may be. */
    private static final int LOOK_BACK = 3;
    /** Determiners of something already named: "the move", "this plan", "these allegations". */
    static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    @Override
    public String name() {
        return "act-author";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        Optional<Map.Entry<Integer, String>> author = author(p.doc, p.s, p.persons);
        if (author.isEmpty()) {
            return;
        }
        Sentence authors = p.doc.sentenceAt(author.get().getKey());
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            CriticismRules.cues(p.d.token(i)).filter(c -> c.kind() == Cue.Kind.VERB).findFirst().ifPresent(cue -> {
                if (out.settled(p, v)) {
                    return;
                }
                for (int o : p.d.children(v, "nsubj:pass")) {
                    List<Integer> agents = p.withCase(v, "by");
                    if (!agents.isEmpty() && unowned(p, o) && reports(authors, ACTS.get(p.word(o)))) {
                        // "The remarks were condemned by Y": the agent criticises the remarks' author
                        out.addAuthor(p, cue.relation(), v, agents, author.get().getValue(), name(), 0.65);
                    }
                }
                if (!p.d.children(v, "nsubj:pass").isEmpty()) {
                    return;
                }
                for (int o : p.d.children(v, "obj")) {
                    if (unowned(p, o) && reports(authors, ACTS.get(p.word(o)))) {
                        out.addAuthor(p, cue.relation(), v, p.subjects(v), author.get().getValue(), name(), 0.65);
                    }
                }
            });
        }
    }

    /**
     * Whom the sentences before are about: the latest named main-clause subject (persons/Discourse) in the three
     * sentences before this one; a quoted sentence between makes no subject of its own.
     */
    static Optional<Map.Entry<Integer, String>> author(Doc doc, Sentence s, PersonIndex persons) {
        Map.Entry<Integer, String> latest = persons.discourse().subjects().lowerEntry(s.begin());
        if (latest == null || doc.sentenceAt(latest.getKey()).index() < s.index() - LOOK_BACK) {
            return Optional.empty();
        }
        return Optional.of(latest);
    }

    /** Whether a lower-case word is an act or saying of its author's ("move", "remarks"). */
    static boolean isAct(String word) {
        return ACTS.containsKey(word);
    }

    /**
     * "Reid said the budget was a disgrace. The remark drew a rebuke from Holt": an unowned definite act ({@code o})
     * that the author's sentence (see {@link #author}) reports with one of its verbs.
     */
    static boolean reportedBefore(ParsedSentence p, int o) {
        return unowned(p, o) && author(p.doc, p.s, p.persons)
                .filter(a -> reports(p.doc.sentenceAt(a.getKey()), ACTS.get(p.word(o)))).isPresent();
    }

    /**
     * "Reid said the budget was a disgrace. Holt called the remarks shameful": the author of an unowned definite saying
     * ({@code o}) whose sentence just before reports it with one of its verbs (see {@link #reportedBefore}).
     */
    static Optional<String> reportingAuthor(ParsedSentence p, int o) {
        if (!unowned(p, o)) {
            return Optional.empty();
        }
        return author(p.doc, p.s, p.persons).filter(a -> reports(p.doc.sentenceAt(a.getKey()), ACTS.get(p.word(o))))
                .filter(a -> aboutNoOneElse(p, a)).map(Map.Entry::getValue);
    }

    /**
     * Whether the author's sentence names no one but the author: "Mr Cameron said: 'Farage is attention seeking.'
     * Miliband said the comments were wrong" is a reaction after a reaction, the comments still Farage's.
     */
    private static boolean aboutNoOneElse(ParsedSentence p, Map.Entry<Integer, String> author) {
        Sentence s = p.doc.sentenceAt(author.getKey());
        return p.persons.mentionsIn(s.begin(), s.end()).stream().allMatch(m -> m.canonical().equals(author.getValue()));
    }

    /** Whether the author's sentence reports the act with one of its verbs ("announced" for "the announcement"). */
    private static boolean reports(Sentence authors, String verbs) {
        Set<String> wanted = Set.of(verbs.split("\\s+"));
        for (Token t : authors.tokens()) {
            String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            if (t.pos().startsWith("VB") && wanted.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence with fewer than two persons is worth parsing for this sieve: a criticism verb with "the/this
     * <act>" within a few words after it, one person (or pronoun) in the sentence, and a named subject just before.
     */
    static boolean candidate(Doc doc, Sentence s, PersonIndex persons) {
        if (author(doc, s, persons).isEmpty()
                || persons.mentionsIn(s.begin(), s.end()).isEmpty()
                && s.tokens().stream().noneMatch(t -> Set.of("he", "she").contains(t.word().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (CriticismRules.cues(ts.get(i)).noneMatch(c -> GATED.contains(c.kind()))) {
                continue;
            }
            for (int k = Math.max(0, i - 5); k < i - 1; k++) { // "The remarks were condemned by Y"
                if (DEFINITE.contains(ts.get(k).word().toLowerCase(Locale.ROOT))
                        && ACTS.containsKey(ts.get(k + 1).word().toLowerCase(Locale.ROOT))
                        && i + 1 < ts.size() && "by".equals(ts.get(i + 1).word())) {
                    return true;
                }
            }
            for (int k = i + 1; k < Math.min(ts.size() - 1, i + 3); k++) {
                if (DEFINITE.contains(ts.get(k).word().toLowerCase(Locale.ROOT))) {
                    for (int j = k + 1; j < Math.min(ts.size(), k + 4); j++) {
                        if (ACTS.containsKey(ts.get(j).word().toLowerCase(Locale.ROOT))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** "the move", "this plan": an act or saying with a definite determiner and no owner named. */
    private static boolean unowned(ParsedSentence p, int o) {
        if (!ACTS.containsKey(p.word(o)) || p.direct(o).isPresent() || !p.d.children(o, "nmod:poss").isEmpty()
                || !p.withCase(o, "of", "by").isEmpty()) {
            return false;
        }
        for (int c : p.d.children(o)) {
            String l = p.d.label(c);
            if (l.equals("compound") || l.equals("amod") && Character.isUpperCase(p.d.token(c).word().charAt(0))) {
                return false; // "the Holt plan", "the Conservative plan": someone's or a party's, not the sentence's
            }
        }
        return p.d.children(o, "det").stream().anyMatch(c -> DEFINITE.contains(p.word(c)));
    }
}
