package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newskg.extractor.WordLists;

/**
 * verb-active: "Ann Holt slammed Tom Reid", "accused Reid of lying", "condemned Mr Reid's comments",
 * "a speech criticising Reid's record", "Holt, who mocked Reid", "blamed the crisis on Reid", "hit Reid for taking money"
 * (a REASON cue, only with its reason), "Accusing Reid of lying, Holt walked out" (an opening gerund), "sniped that
 * Reid was learning on the job". The critic is the verb's subject (inherited
 * through coordination, control and the speech it belongs to); the target its object, or the owner of the
 * object when that is something the target said or did. A QUALITY cue ("questioned Reid's judgment") counts
 * only when its object (or a conjunct of it: "Reid's values and his readiness to lead") is one of a person's qualities
 * (qualities.txt).
 */
final class VerbActive implements Sieve {

    static final Set<String> QUALITIES = WordLists.words(CriticismRules.class, "qualities.txt");

    @Override
    public String name() {
        return "verb-active";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            CriticismRules.cues(p.d.token(i)).filter(c -> c.kind() == Cue.Kind.VERB || c.kind() == Cue.Kind.QUALITY
                    || c.kind() == Cue.Kind.REASON).findFirst().ifPresent(cue -> {
                if (out.settled(p, v) || !p.d.children(v, "nsubj:pass").isEmpty() || withParticle(p, v)) {
                    return;
                }
                if (cue.kind() == Cue.Kind.REASON && !reasoned(p, v)) {
                    return; // "the storm hit Texas", "Holt hit Reid on Tuesday": no reason, no criticism
                }
                List<Integer> opening = openingGerundSubjects(p, v);
                if (!opening.isEmpty()) {
                    // "Accusing Reid of lying, Holt walked out": the parser makes the gerund an adjective of Reid
                    out.add(p, cue.relation(), v, opening, List.of(gerundObject(p, v)), name(), 0.8);
                    return;
                }
                if (misreadGerund(p, v)) {
                    // "after attacking Ayotte, Clinton pivoted": the parser makes "attacking" an adjective of Ayotte
                    int noun = gerundObject(p, v);
                    int verb = p.d.head(noun);
                    if (verb >= 0 && verb < v && GERUND_PREPOSITIONS.contains(p.word(verb)) && p.d.head(verb) >= 0) {
                        verb = p.d.head(verb); // "held an event, while skewering Reid": the name hangs on "while"
                        if (p.d.label(verb).equals("acl:relcl") && p.d.children(verb, "nsubj").stream()
                                .anyMatch(c -> p.word(c).equals("that") || p.word(c).equals("which"))) {
                            verb = root(p); // "held an event on the anger that has swept the electorate while skewering Reid"
                        }
                    }
                    if (verb >= 0 && p.d.token(verb).pos().startsWith("NN") && p.d.label(verb).equals("obj")) {
                        if (p.negated(verb) && "of".equals(gerundPreposition(p, noun))) {
                            return; // "had no intention of criticising Reid" (but "wasted no time in attacking Reid")
                        }
                        verb = p.d.head(verb); // "wasted no time in attacking Reid": the name hangs on "time"
                    }
                    if (verb >= 0 && p.negated(verb)) {
                        return; // "neither Merkel nor Hollande have gone as far as Cameron in chiding Trump"
                    }
                    out.add(p, cue.relation(), v, verb < 0 ? List.of() : gerundSubjects(p, verb, noun), List.of(noun),
                            name(), 0.8);
                    return;
                }
                List<Integer> targets = new ArrayList<>();
                for (int o : p.d.children(v, "obj")) {
                    if (cue.kind() == Cue.Kind.QUALITY && !QUALITIES.contains(p.lemma(o))
                            && p.d.children(o, "conj").stream().noneMatch(c -> QUALITIES.contains(p.lemma(c)))) {
                        continue; // "questioned Reid about the plan" is no criticism; "Reid's values and his readiness" is
                    }
                    if (o < v && p.word(o).equals("who") && p.whoTakenForObject(v)) {
                        continue; // "Cruz, who in May had attacked Reid": the parser's object "who" is the subject
                    }
                    if (!p.word(o).equals("other") && !p.word(o).equals("another")) { // "each other": reciprocal
                        targets.add(o);
                    }
                }
                if (targets.isEmpty() && cue.kind() == Cue.Kind.QUALITY) {
                    targets.addAll(questionedQuality(p, v)); // "questioned whether Reid had the judgment to lead"
                }
                if (p.lemma(v).equals("blame")) {
                    targets.addAll(p.withCase(v, "on")); // "problems he blamed on Reid's policies": on whom the blame is laid
                }
                if (targets.isEmpty() && cue.kind() == Cue.Kind.VERB) {
                    targets.addAll(p.d.children(v, "iobj")); // "blasted Speaker Tom Reid over the bill": the parser's iobj
                    if (targets.isEmpty()) {
                        // "accused shadow chancellor Oliver Letwin of plotting cuts": a name right after the verb the parser left loose
                        p.d.children(v, "dep").stream().filter(c -> c > v && p.direct(c).isPresent() && !commaBetween(p, v, c))
                                .forEach(targets::add);
                    }
                }
                if (targets.isEmpty() && SCORNING.contains(p.lemma(v))) {
                    for (int c : p.d.children(v, "ccomp")) { // "Hewlett sniped that Fiorina was learning on the job"
                        targets.addAll(p.d.children(c, "nsubj"));
                    }
                }
                List<Integer> critics = p.subjects(v);
                out.add(p, cue.relation(), v, critics.isEmpty() ? givenOverBy(p, v) : critics, targets, name(), 0.85);
            });
        }
    }

    /**
     * "questioned whether Reid had the temperament to lead", "doubted that Reid was fit to serve": a QUALITY cue's
     * reported clause that gives its subject one of a person's qualities (qualities.txt) or one whose denial insults
     * (unfit-qualities.txt); the subject is the one questioned.
     */
    private static List<Integer> questionedQuality(ParsedSentence p, int v) {
        List<Integer> out = new ArrayList<>();
        for (int c : p.d.children(v, "ccomp")) {
            boolean quality = p.lemma(c).equals("have") && p.d.children(c, "obj").stream()
                    .anyMatch(o -> QUALITIES.contains(p.lemma(o)))
                    || p.d.hasChild(c, "cop") && SaidLabel.isQualityWord(p.word(c));
            if (quality && !p.negated(c)) {
                p.d.children(c, "nsubj").stream().filter(n -> !p.word(n).equals("it")).forEach(out::add);
            }
        }
        return out;
    }

    /** What introduces the reason of a REASON cue: "hit Reid for taking money", "over the scandal", "on immigration". */
    private static final Set<String> REASONS = Set.of("for", "over", "on");
    /** Nouns after "on" that say when, not why or what about: "hit Reid on Tuesday", "clashed on Tuesday". */
    static final Set<String> WHEN = WordLists.with(WordLists.WEEKDAYS, "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "day", "night", "morning",
            "afternoon", "evening", "weekend", "occasion", "occasions");
    /** Nouns after "on" that say when or where, not why: "hit Reid on Tuesday", "grilled Reid on television". */
    private static final Set<String> WHEN_OR_WHERE = Stream.concat(WHEN.stream(), Stream.of("twitter",
            "facebook", "television", "tv", "radio", "air", "stage", "camera", "trail", "floor", "show"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "hit Reid for taking money", "grilled Reid over the scandal", "hit Reid on immigration", "an ad hitting Reid for not
     * paying taxes": a REASON cue whose person object is followed by its reason, after "for", "over" or "on", on the
     * verb, on the object or on the noun the verb describes (not a time or a place: "on Tuesday", "on television";
     * not a number: "hits Scotland for 104").
     */
    private static boolean reasoned(ParsedSentence p, int v) {
        List<Integer> objects = p.d.children(v, "obj").stream().filter(o -> o > v && p.direct(o).isPresent()).toList();
        List<Integer> heads = new ArrayList<>();
        if (objects.isEmpty() && misreadGerund(p, v)) {
            objects = List.of(gerundObject(p, v)); // "interjected by hitting Reid for ...": the reason hangs on "interjected"
            heads.add(p.d.head(objects.get(0)));
        }
        if (objects.isEmpty()) {
            return false;
        }
        if (gerundReasonAfter(p, objects.get(0))) {
            return true;
        }
        heads.addAll(objects);
        heads.add(v);
        if (p.d.label(v).equals("acl") && p.d.head(v) >= 0) {
            heads.add(p.d.head(v)); // "an ad hitting Reid for ...": the parser hangs the reason on "ad"
        }
        for (int h : heads) {
            for (int c : p.d.children(h)) {
                String l = p.d.label(c);
                if (c < objects.get(0) || !(l.startsWith("obl") || l.startsWith("nmod") || l.equals("advcl"))
                        || l.equals("nmod:poss") || p.d.token(c).pos().equals("CD")) {
                    continue;
                }
                for (int k : p.d.children(c)) {
                    String w = p.word(k).toLowerCase(java.util.Locale.ROOT);
                    if ((p.d.label(k).equals("case") || p.d.label(k).equals("mark")) && REASONS.contains(w)
                            && !(w.equals("on") && WHEN_OR_WHERE.contains(p.word(c).toLowerCase(java.util.Locale.ROOT)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "hitting Reid for not paying federal income tax", however the parser hangs it: "for" right after the object's
     * name, then a gerund ("not" may come between).
     */
    private static boolean gerundReasonAfter(ParsedSentence p, int object) {
        int k = object + 1;
        if (k >= p.d.size() || !p.word(k).equalsIgnoreCase("for")) {
            return false;
        }
        k++;
        if (k < p.d.size() && p.word(k).equalsIgnoreCase("not")) {
            k++;
        }
        return k < p.d.size() && p.d.token(k).pos().equals("VBG");
    }

    /**
     * Cue verbs whose scorn may be a reported clause, whose subject it is aimed at: "sniped that Fiorina was learning on
     * the job", "scoffed that Reid's plan would never work".
     */
    private static final Set<String> SCORNING = Set.of("snipe", "scoff", "sneer", "jeer", "mock", "taunt", "needle");

    private static boolean commaBetween(ParsedSentence p, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (p.word(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static int root(ParsedSentence p) {
        for (int k = 0; k < p.d.size(); k++) {
            if (p.d.head(k) < 0) {
                return k;
            }
        }
        return -1;
    }

    /** Prepositions before a gerund that the parser misreads as an adjective of its object: "after attacking Reid". */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("after", "before", "by", "while", "since", "for", "in",
            "of");

    /**
     * Who does what a misread gerund says: the subject of the verb it hangs on, but after "for" the one that verb
     * praises, blames or mocks for it ("Holt mocked Reid for criticizing Patel": Reid; "Reid was praised for
     * attacking Patel": Reid), and only its subject when it has no object ("Reid apologised for attacking Patel"); after
     * "of" the person that verb charges with it ("Holt accused Reid of attacking Patel": Reid), else its subject ("Holt
     * made a habit of mocking Patel").
     */
    private static List<Integer> gerundSubjects(ParsedSentence p, int verb, int noun) {
        String preposition = gerundPreposition(p, noun);
        List<Integer> blamed = switch (preposition) {
            case "for" -> p.blamedFor(verb);
            case "of" -> p.accusedOf(verb);
            default -> List.of();
        };
        List<Integer> subjects = blamed.isEmpty() ? p.subjects(verb) : blamed;
        if (subjects.isEmpty() && givenOverTo(p, verb, preposition)) {
            return p.passiveAuthors(verb); // "Holt's address was devoted to criticizing Reid": Holt
        }
        return subjects;
    }

    /**
     * "Holt's address was devoted to criticizing Reid's record": a gerund after "to" or "on" (its mark, or the word the
     * parser hung it on) under a passive verb of devotion or focus is done by the passive subject, or by its author.
     */
    private static List<Integer> givenOverBy(ParsedSentence p, int gerund) {
        int head = p.d.head(gerund);
        if (!p.d.token(gerund).pos().equals("VBG") || head < 0) {
            return List.of();
        }
        if (head < gerund && (p.word(head).equals("to") || p.word(head).equals("on")) && p.d.head(head) >= 0) {
            return givenOverTo(p, p.d.head(head), p.word(head)) ? p.passiveAuthors(p.d.head(head)) : List.of();
        }
        for (int m : p.d.children(gerund)) {
            boolean marker = p.d.label(m).equals("mark") || p.d.label(m).equals("case");
            if (m < gerund && marker && givenOverTo(p, head, p.word(m))) {
                return p.passiveAuthors(head);
            }
        }
        return List.of();
    }

    /** Verbs that give someone, or their speech, over to a deed: "devoted his speech to attacking Reid". */
    private static final Set<String> GIVEN_TO = Set.of("devote", "dedicate", "turn", "resort", "return", "switch",
            "confine", "limit", "restrict");
    /** Verbs and adjectives that set someone on a deed: "focused on attacking Reid", "intent on mocking Reid". */
    private static final Set<String> SET_ON = Set.of("focus", "concentrate", "center", "centre", "intent", "bent",
            "insist", "dwell");

    /**
     * "Holt devoted her speech to attacking Reid", "Holt's address was devoted to criticizing Reid", "focused on
     * attacking Reid": a gerund after "to" or "on" that a verb of devotion or focus governs is its subject's deed (not
     * "as opposed to attacking Reid", "held off on criticizing Reid").
     */
    private static boolean givenOverTo(ParsedSentence p, int governor, String preposition) {
        if (governor < 0) {
            return false;
        }
        String lemma = p.lemma(governor).toLowerCase(java.util.Locale.ROOT);
        return preposition.equals("to") && GIVEN_TO.contains(lemma) || preposition.equals("on") && SET_ON.contains(lemma);
    }

    /** The preposition before a misread gerund: the noun's case, or the word the parser hung the noun on. */
    private static String gerundPreposition(ParsedSentence p, int noun) {
        return p.d.children(noun, "case").stream().map(p::word).findFirst()
                .orElse(p.d.head(noun) >= 0 ? p.word(p.d.head(noun)) : "");
    }

    /** "after attacking Reid, Holt pivoted": a gerund cue the parser hung on its object as an adjective. */
    private static boolean misreadGerund(ParsedSentence p, int v) {
        int noun = gerundObject(p, v);
        if (!p.d.token(v).pos().equals("VBG") || !p.d.label(v).equals("amod") || noun < 0 || noun < v
                || p.direct(noun).isEmpty() && !p.isSaying(noun)) {
            return false;
        }
        int head = p.d.head(noun);
        for (int c : p.d.children(noun, "case")) {
            if (c < v && (GERUND_PREPOSITIONS.contains(p.word(c)) || givenOverTo(p, head, p.word(c)))) {
                return true;
            }
        }
        if (head == v - 1 && p.d.label(noun).equals("dep") && GERUND_PREPOSITIONS.contains(p.word(head))
                && p.d.token(head).pos().equals("IN")) {
            return true; // "..., while skewering Reid as ...": the parser hangs the name on "while"
        }
        // "Obama argued - rebuking Mr. Trump by name - that ...", "Holt joined the debate, accusing Reid of lying": a dash
        // or comma before the gerund, its noun the verb's object
        return v > 0 && BREAKS.contains(p.word(v - 1)) && p.d.label(noun).equals("obj");
    }

    /**
     * "Accusing Reid of lying, Holt walked out", "Mocking Reid, she told the crowd ...": a gerund that opens the
     * sentence, which the parser made an adjective of its object and that object the subject of the main verb, with the
     * true subject after the comma as the object's apposition or as the verb's second subject: that subject (the
     * critic), else empty.
     */
    private static List<Integer> openingGerundSubjects(ParsedSentence p, int v) {
        if (v != 0 || !p.d.token(v).pos().equals("VBG") || !p.d.label(v).equals("amod")) {
            return List.of();
        }
        int noun = gerundObject(p, v);
        if (noun <= v || p.direct(noun).isEmpty() || !p.d.label(noun).startsWith("nsubj")) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        int verb = p.d.head(noun);
        for (int c : p.d.children(noun, "appos")) {
            if (commaBetween(p, noun, c)) {
                out.add(c);
            }
        }
        if (out.isEmpty() && verb > noun) {
            p.d.children(verb, "nsubj").stream().filter(c -> c > noun && c < verb && commaBetween(p, noun, c))
                    .forEach(out::add);
        }
        return out;
    }

    private static final Set<String> BREAKS = Stream.concat(Stream.of(","), VerbSubjects.DASHES.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The noun a misread gerund hangs on, through the title words of a name ("after lashing Senator Ann Holt" hangs
     * "lashing" on "Senator", a compound of "Holt", and the preposition on "Holt") and from a possessor to what it owns.
     */
    private static int gerundObject(ParsedSentence p, int v) {
        int noun = p.d.head(v);
        for (int step = 0; step < 4 && noun > v && p.d.label(noun).equals("compound") && p.d.head(noun) > noun; step++) {
            noun = p.d.head(noun);
        }
        if (noun > v && p.d.label(noun).equals("nmod:poss") && p.d.head(noun) > noun) {
            noun = p.d.head(noun); // "devoted to criticizing Reid's record": hung on Reid, the case is the record's
        }
        return noun;
    }

    /**
     * A particle changes what the verb means: "hammered out a deal", "knocked Reid out of the race" (the
     * parser hangs "out of" on the noun after it). Phrasal cues are the phrasal sieve's.
     */
    private static boolean withParticle(ParsedSentence p, int v) {
        if (!p.d.children(v, "compound:prt").isEmpty()) {
            return true;
        }
        for (int c : p.d.children(v)) {
            for (int k : p.d.children(c, "case")) {
                if (p.word(k).equals("out") && k > v) {
                    return true;
                }
            }
        }
        return false;
    }
}
