package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.criticism.NamedPersons.Named;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.model.Relation;

/**
 * reciprocal: "Holt and Reid traded insults", "Holt traded barbs with Reid", "Holt and Reid attacked each
 * other", "The two rivals accused one another of lying" (the two being the only two persons the sentence
 * before names), "Holt and Reid clashed over tax", "Holt has feuded with Reid" (a verb reciprocal by itself; "clash" and
 * "spar" only over something or where words are traded, as players clash too), "the feud between Holt and Reid",
 * "Holt's row with Reid" (a quarrel noun between exactly two persons, not hearsay): both directions. (A verb of saying
 * whose reported clause insults "the other", "each saying the other
 * lacks the judgment to lead", is said-label's, which asks {@link #exchange} for the parties.)
 */
final class Reciprocal implements Sieve {

    private static final Set<String> EXCHANGED = WordLists.words(Reciprocal.class, "reciprocal-nouns.txt");

    @Override
    public String name() {
        return "reciprocal";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            CriticismRules.cues(p.d.token(i)).forEach(cue -> {
                if (out.settled(p, v) || !p.d.token(v).pos().startsWith("VB") || p.unasserted(v)) {
                    return;
                }
                boolean reciprocal = cue.kind() == Cue.Kind.RECIPROCAL && cue.particles().contains("with") && spoken(p, v);
                for (int o : p.d.children(v, "obj")) {
                    String w = p.word(o);
                    reciprocal |= cue.kind() == Cue.Kind.RECIPROCAL && (EXCHANGED.contains(w) || EXCHANGED.contains(p.lemma(o)))
                            || cue.kind() == Cue.Kind.VERB && eachOther(p, o);
                }
                if (cue.kind() == Cue.Kind.PHRASAL) {
                    for (int o : p.withCase(v, cue.particles().get(cue.particles().size() - 1))) {
                        reciprocal |= eachOther(p, o); // "went after each other", "hit out at each other's plans"
                    }
                }
                if (!reciprocal) {
                    return;
                }
                out.settle(p, v);
                exchange(p, out, cue.relation(), v, name(), 0.75); // "praised each other": praise
            });
        }
        for (int n = 0; n < p.d.size(); n++) {
            if (!out.settled(p, n) && quarrel(p, n) && !p.unasserted(n) && !rumoured(p, n)) {
                List<String> two = new ArrayList<>(quarrelling(p, n));
                if (two.size() == 2) {
                    out.settle(p, n);
                    out.emit(p, Relation.CRITICISED, two.get(0), two.get(1), 0.7, p.s.begin(), name());
                    out.emit(p, Relation.CRITICISED, two.get(1), two.get(0), 0.7, p.s.begin(), name());
                }
            }
        }
    }

    /**
     * Nouns of a quarrel in words, two-sided by themselves: "the feud between Holt and Reid", "Holt's row with Reid",
     * "Holt reignited his spat with Reid", "Holt's back-and-forth with Reid". Not "clash", "fight", "battle" or "dispute", said of games, elections and
     * courts as often; "war" only as a "war of words".
     */
    static final Set<String> QUARRELS = Set.of("feud", "spat", "row", "squabble", "quarrel", "bust-up",
            "back-and-forth", "war");
    /** What makes a quarrel hearsay: "the reported feud between", "rumours of a row with". */
    private static final Set<String> HEARSAY = Set.of("reported", "alleged", "rumoured", "rumored", "supposed",
            "report", "reports", "rumour", "rumours", "rumor", "rumors", "speculation", "talk", "claims");

    private static boolean quarrel(ParsedSentence p, int n) {
        if (!p.d.token(n).pos().startsWith("NN") || !QUARRELS.contains(p.lemma(n))) {
            return false;
        }
        return !p.lemma(n).equals("war") || p.d.children(n).stream().anyMatch(c -> p.word(c).equals("words")
                && p.d.children(c, "case").stream().anyMatch(k -> p.word(k).equals("of")));
    }

    /** "the reported feud", "reports of a row with Reid": a quarrel told as hearsay. */
    private static boolean rumoured(ParsedSentence p, int n) {
        int head = p.d.head(n);
        return p.d.children(n, "amod").stream().anyMatch(a -> HEARSAY.contains(p.word(a).toLowerCase(Locale.ROOT)))
                || head >= 0 && HEARSAY.contains(p.word(head).toLowerCase(Locale.ROOT));
    }

    /**
     * The persons a quarrel noun at {@code n} is between: those after "between" ("the feud between Holt and Reid"), or
     * its owner ("Holt's row with Reid") or the subject of the verb it is the object of ("Holt had a blazing row with
     * Reid", "Holt reignited his feud with Reid") with those after "with".
     */
    private static Set<String> quarrelling(ParsedSentence p, int n) {
        Set<String> parties = new LinkedHashSet<>();
        List<Integer> with = new ArrayList<>();
        List<Integer> nouns = new ArrayList<>(List.of(n));
        nouns.addAll(p.d.children(n).stream().filter(c -> p.word(c).equals("words")).toList()); // "war of words between"
        for (int noun : nouns) {
            for (int c : p.d.children(noun)) {
                if (p.d.label(c).equals("nmod:poss")) {
                    parties.addAll(names(p, c));
                } else if (p.withCase(noun, "between").contains(c)) {
                    p.withConjuncts(List.of(c)).forEach(k -> parties.addAll(names(p, k)));
                }
            }
            with.addAll(p.withCase(noun, "with"));
        }
        int verb = p.d.head(n);
        if (verb >= 0 && p.d.token(verb).pos().startsWith("VB") && p.d.label(n).equals("obj")) {
            with.addAll(p.withCase(verb, "with")); // "had a row with Reid", the parser hanging "with" on the verb
            if (parties.isEmpty() && !with.isEmpty()) {
                p.subjects(verb).forEach(k -> parties.addAll(names(p, k)));
            }
        }
        if (!with.isEmpty() && parties.size() == 1) {
            p.withConjuncts(with).forEach(k -> parties.addAll(names(p, k)));
        }
        return parties;
    }

    /**
     * Emits the relation both ways between the parties of the verb {@code v}: its coordinated subjects ("Holt and Reid
     * attacked each other"), "the two rivals" (the last two named), those it is "with", else, for "each" ("Holt and
     * Reid clashed, each accusing the other"), the last two persons named.
     */
    static void exchange(ParsedSentence p, Findings out, Relation relation, int v, String rule, double confidence) {
        Set<String> parties = new LinkedHashSet<>();
        for (int subject : p.withConjuncts(coordinations(p, p.subjects(v)))) {
            parties.addAll(names(p, subject));
            if (parties.isEmpty() && isTheTwo(p, subject)) {
                parties.addAll(lastTwo(p, p.d.token(subject).begin()));
            }
        }
        for (int with : p.withConjuncts(p.withCase(v, "with"))) {
            parties.addAll(names(p, with));
        }
        if (parties.size() < 2 && distributive(p, v)) {
            parties.clear();
            parties.addAll(lastTwo(p, p.d.token(v).begin())); // "Holt and Reid clashed, each accusing the other"
        }
        List<String> ps = new ArrayList<>(parties);
        for (String a : ps) {
            for (String b : ps) {
                out.emit(p, relation, a, b, confidence, p.s.begin(), rule);
            }
        }
    }

    /** Verbs reciprocal by themselves that are also said of a fight in a game: "Keane clashed with Vieira". */
    private static final Set<String> ALSO_IN_GAMES = Set.of("clash", "spar");
    /** What a quarrel is about: "clashed over tax", "sparred about the budget", "clashed on immigration". */
    private static final Set<String> TOPICAL = Set.of("over", "about", "on");
    /** Where words are traded: "clashed at the debate", "sparred in a television interview", "on the debate stage". */
    private static final Set<String> SETTINGS = Set.of("debate", "debates", "hearing", "interview", "meeting", "stage",
            "television", "tv", "radio", "air", "show", "programme", "program", "conference", "committee", "session",
            "talks", "call", "podcast", "panel", "forum", "chamber", "twitter");

    /**
     * Whether a verb reciprocal by itself is a war of words: "feuded with Reid" always; "clashed" and "sparred" (said of
     * players too) only over something ("clashed over tax", "sparred on immigration") or where words are traded
     * ("clashed at the debate", "on the debate stage"), not "clashed with Keane" alone.
     */
    private static boolean spoken(ParsedSentence p, int v) {
        if (!ALSO_IN_GAMES.contains(p.lemma(v))) {
            return true;
        }
        for (int c : p.d.children(v)) {
            String l = p.d.label(c);
            if (!l.startsWith("obl") && !l.startsWith("nmod") && !l.equals("advcl")) {
                continue;
            }
            String noun = p.word(c).toLowerCase(java.util.Locale.ROOT);
            for (int k : p.d.children(c)) {
                String w = p.word(k).toLowerCase(java.util.Locale.ROOT);
                boolean marker = p.d.label(k).equals("case") || p.d.label(k).equals("mark");
                if (marker && (TOPICAL.contains(w) && !VerbActive.WHEN.contains(noun) || SETTINGS.contains(noun))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "the other" as what a distributive "each" says something of: "each saying the other lacks the judgment". */
    static boolean theOther(ParsedSentence p, int n) {
        return p.word(n).equals("other") && p.d.children(n, "det").stream().anyMatch(d -> p.word(d).equals("the"));
    }

    /**
     * Each subject, or the first of the persons coordinated with it when it is a later one: "Tom Ashworth and Sam
     * Okafor, both chasing the vote, also exchanged barbs", the verb's subject found as Okafor, is both.
     */
    private static List<Integer> coordinations(ParsedSentence p, List<Integer> subjects) {
        List<Integer> out = new ArrayList<>();
        for (int s : subjects) {
            int head = p.d.head(s);
            boolean later = p.d.label(s).equals("conj") && head >= 0 && !p.persons(head, Set.of(), false).isEmpty();
            out.add(later ? head : s);
        }
        return out;
    }

    /** "each other", "one another", or what they own: "attacked each other's records". */
    private static boolean eachOther(ParsedSentence p, int o) {
        return OTHER.contains(p.word(o)) || p.d.children(o, "nmod:poss").stream().anyMatch(c -> OTHER.contains(p.word(c)));
    }

    private static final Set<String> OTHER = Set.of("other", "another");

    private static List<String> names(ParsedSentence p, int node) {
        return p.persons(node, Set.of(), true).stream().map(Named::name).toList(); // "He and Stroud went at each other"
    }

    /**
     * "..., each accusing the other of lying", "with each man accusing the other": the cue's subject is "each" (or a
     * noun with it), or the parser hung the cue on a bare "each".
     */
    private static boolean distributive(ParsedSentence p, int v) {
        List<Integer> nodes = new ArrayList<>(p.d.children(v, "nsubj"));
        int verb = v;
        for (int step = 0; step < 2 && p.d.head(verb) >= 0
                && (p.d.label(verb).equals("acl") || p.d.label(verb).equals("conj")); step++) {
            verb = p.d.head(verb); // "each accusing the other", "each touting their record and saying the other ..."
            nodes.add(verb);
        }
        for (int n : nodes) {
            if (p.word(n).equals("each") || p.d.children(n, "det").stream().anyMatch(c -> p.word(c).equals("each"))) {
                return true;
            }
        }
        return false;
    }

    /** "the two rivals", "the two men", "both candidates". */
    private static boolean isTheTwo(ParsedSentence p, int node) {
        for (int c : p.d.children(node)) {
            String w = p.word(c);
            if (w.equals("two") || w.equals("both") || w.equals("pair")) {
                return true;
            }
        }
        return p.word(node).equals("both") || p.word(node).equals("pair");
    }

    /**
     * The last two persons named before {@code offset}: in this sentence, else back through the three narrated sentences
     * before it (quoted ones not counted) until two are named ("Reid ripped into him. She roared: '...' The pair then
     * traded insults"; "Holt struck first. Reid waved it away. The two men then traded jibes"); none if the sentence
     * that brings the second also brings a third.
     */
    private static Set<String> lastTwo(ParsedSentence p, int offset) {
        int first = p.doc.sentenceAt(p.narratedStart(3)).index();
        Set<String> named = new LinkedHashSet<>();
        for (int si = p.s.index(); si >= first; si--) {
            for (PersonMention m : p.persons.mentions()) {
                if (m.sentence() == si && m.end() <= offset) {
                    named.add(m.canonical());
                }
            }
            if (named.size() >= 2) {
                return named.size() == 2 ? named : Set.of();
            }
        }
        return Set.of();
    }
}
