package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.model.Relation;

/**
 * resignation-call: "Ann Holt called on Tom Reid to resign", "called for Reid to step down", "urged Reid to quit the
 * race", "demanded that Reid resign", "called for Reid to be sacked", "urged the board to sack Reid", "demanded Reid's
 * resignation", "called for the removal of Reid", "joined calls for Reid to stand down", "said Reid should resign": a
 * demand (a DEMAND cue, or a verb of saying with "should" or "must") that a named person leave a post or be removed
 * (exits.tsv). The critic is the one who demands; a demand negated, hedged or merely intended ("did not call for Reid to
 * resign", "refused to call for ...") gives nothing, nor does a departure denied ("urged Reid not to quit").
 */
final class ResignationCall implements Sieve {

    private enum How { LEAVE, REMOVE, NOUN }

    private record Exit(How how, List<String> particles) {
    }

    private static final Map<String, List<Exit>> EXITS = exits();
    /** Verbs a "call" for someone's departure is joined or made with: "joined calls for Reid to quit". */
    private static final Set<String> CALL_MAKERS = Set.of("join", "echo", "renew", "repeat", "lead", "make", "issue",
            "add", "back", "support");
    /** Verbs whose reported clause can be a demand without "should": "demanded that Reid resign". */
    private static final Set<String> SUBJUNCTIVE = Set.of("demand", "insist", "urge");
    private static final Set<String> MODALS = Set.of("should", "must", "ought");

    private static Map<String, List<Exit>> exits() {
        Map<String, List<Exit>> out = new HashMap<>();
        for (String line : WordLists.lines(ResignationCall.class, "exits.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalStateException("exits.tsv: 'lemma<TAB>how' expected in: " + line);
            }
            List<String> particles = f.length > 2 ? List.of(f[2].strip().split("\\s+")) : List.of();
            out.computeIfAbsent(f[0].strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(new Exit(How.valueOf(f[1].strip()), particles));
        }
        return Map.copyOf(out);
    }

    /** Whether a lemma can name leaving a post (for the parse gate). */
    static boolean isExit(String lemma) {
        return EXITS.containsKey(lemma);
    }

    /** Whether a lemma is a verb of leaving or removal ("resign", "sack"). */
    static boolean isExitVerb(String lemma) {
        return EXITS.getOrDefault(lemma, List.of()).stream().anyMatch(e -> e.how() != How.NOUN);
    }

    @Override
    public String name() {
        return "resignation-call";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            if (out.settled(p, v)) {
                continue;
            }
            List<Cue.Kind> kinds = CriticismRules.cues(p.d.token(v)).map(Cue::kind).toList();
            boolean demand = kinds.contains(Cue.Kind.DEMAND);
            boolean saying = kinds.contains(Cue.Kind.SAYING);
            List<Integer> targets = new ArrayList<>();
            List<Integer> critics = List.of();
            if (demand && p.d.token(v).pos().startsWith("VB")) {
                targets.addAll(demanded(p, v));
                critics = p.subjects(v);
            } else if (demand && p.d.token(v).pos().startsWith("NN") && p.lemma(v).equals("call")
                    && p.d.label(v).equals("obj") && p.d.head(v) >= 0 && CALL_MAKERS.contains(p.lemma(p.d.head(v)))) {
                for (int c : p.d.children(v)) { // "joined calls for Reid to quit", "calls for Reid's resignation"
                    if (p.d.label(c).startsWith("acl")) {
                        targets.addAll(leaver(p, c, false));
                    } else if (p.d.label(c).startsWith("nmod") && hasCase(p, c, "for")) {
                        targets.addAll(leaverOfNoun(p, c));
                    }
                }
                critics = p.subjects(p.d.head(v));
            } else if (saying) {
                List<Integer> reports = new ArrayList<>(p.d.children(v, "ccomp"));
                reports.addAll(p.reportsAfterAdverbial(v)); // "said after the vote that Reid should resign"
                for (int c : reports) { // "said Reid should resign"; not "said he should", maybe the speaker
                    if (p.d.children(c, "aux").stream().anyMatch(a -> MODALS.contains(p.word(a)))) {
                        leaver(p, c, true).stream().filter(t -> !p.isPronoun(t)).forEach(targets::add);
                    }
                }
                critics = p.subjects(v);
            }
            if (!targets.isEmpty()) {
                out.add(p, Relation.CRITICISED, v, critics, targets, name(), 0.75);
            }
        }
    }

    /** The ones a demand verb asks to leave: "called on Reid to resign", "urged Reid to quit", "demanded Reid's resignation". */
    private static List<Integer> demanded(ParsedSentence p, int v) {
        List<Integer> out = new ArrayList<>();
        for (int c : p.d.children(v)) {
            String l = p.d.label(c);
            if (l.equals("xcomp") || l.startsWith("advcl")) {
                if (!infinitive(p, c)) {
                    continue;
                }
                List<Integer> leavers = leaver(p, c, false);
                if (leavers.isEmpty() && isLeaving(p, c)) {
                    leavers = new ArrayList<>(p.d.children(v, "obj")); // "urged Reid to quit"
                    p.withCase(v, "on", "upon").forEach(leavers::add); // "called on Reid to resign" as the parser hangs it
                }
                out.addAll(leavers);
            } else if (l.equals("ccomp") && SUBJUNCTIVE.contains(p.lemma(v))) {
                String tag = p.d.token(c).pos();
                if (tag.equals("VB") || tag.equals("VBP")) {
                    out.addAll(leaver(p, c, true)); // "demanded that Reid resign"
                }
            } else if (l.equals("obj") && !p.lemma(v).equals("call") || l.startsWith("obl") && hasCase(p, c, "for")) {
                out.addAll(leaverOfNoun(p, c)); // "demanded Reid's resignation", "called for the resignation of Reid"
            }
        }
        return out;
    }

    /**
     * Who a clause says leaves: the subject of a verb of leaving ("Reid to resign"), the passive subject or the object
     * of a verb of removal ("Reid to be sacked", "the board to sack Reid"); none when the leaving is denied. A finite
     * clause ({@code finite}) needs no "to".
     */
    private static List<Integer> leaver(ParsedSentence p, int c, boolean finite) {
        if (!(finite || infinitive(p, c)) || p.negated(c)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Exit e : EXITS.getOrDefault(p.lemma(c), List.of())) {
            if (e.how() == How.LEAVE && e.particles().stream().allMatch(w -> p.hasParticle(c, w))) {
                out.addAll(p.d.children(c, "nsubj"));
            } else if (e.how() == How.REMOVE) {
                out.addAll(p.d.children(c, "nsubj:pass"));
                if (!p.d.hasChild(c, "aux:pass")) {
                    out.addAll(p.d.children(c, "obj"));
                }
            }
        }
        return out.stream().distinct().toList();
    }

    /** Whether a clause is leaving of the subject kind, whoever leaves ("to quit", "to step down"). */
    private static boolean isLeaving(ParsedSentence p, int c) {
        return !p.negated(c) && EXITS.getOrDefault(p.lemma(c), List.of()).stream()
                .anyMatch(e -> e.how() == How.LEAVE && e.particles().stream().allMatch(w -> p.hasParticle(c, w)));
    }

    /** "Reid's resignation", "the resignation of Reid": the one who leaves, by a noun of leaving. */
    private static List<Integer> leaverOfNoun(ParsedSentence p, int n) {
        if (EXITS.getOrDefault(p.lemma(n), List.of()).stream().noneMatch(e -> e.how() == How.NOUN)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>(p.d.children(n, "nmod:poss"));
        out.addAll(p.withCase(n, "of"));
        if (p.lemma(n).equals("apology")) {
            out.addAll(p.withCase(n, "from")); // "demanded an apology from Reid"
        }
        return out;
    }

    private static boolean infinitive(ParsedSentence p, int c) {
        return p.d.children(c, "mark").stream().anyMatch(m -> p.word(m).equals("to"));
    }

    private static boolean hasCase(ParsedSentence p, int n, String word) {
        return p.d.children(n, "case").stream().anyMatch(k -> p.word(k).equals(word));
    }
}
