package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.criticism.NamedPersons.Named;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * The triples of one article, as the sieves find them: each finding is resolved to persons here, in one
 * place, with the same checks for every rule (both ends persons, not the same person, the cue asserted),
 * and the first rule to find a pair keeps it.
 */
final class Findings {

    private final Map<String, Triple> triples = new LinkedHashMap<>();
    private final Set<Integer> settled = new HashSet<>();
    /** The critic-target pairs of CRITICISED triples found in each sentence (by sentence index). */
    private final Map<Integer, List<List<String>>> criticisedIn = new HashMap<>();

    /** Whether an earlier sieve already made a triple from the cue at this token (document index). */
    boolean settled(ParsedSentence p, int cue) {
        return settled.contains(p.d.token(cue).index());
    }

    /** Marks a cue as settled without a triple ("attacked each other" is the reciprocal sieve's). */
    void settle(ParsedSentence p, int cue) {
        settled.add(p.d.token(cue).index());
    }

    int size() {
        return triples.size();
    }

    List<Triple> triples() {
        return List.copyOf(triples.values());
    }

    Iterable<Triple> all() {
        return triples.values();
    }

    /**
     * Emits every critic-target pair of persons the nodes name.
     *
     * @param cue        the cue token (its negation and hedges were checked by the caller or are checked here)
     * @param confidence before the deductions for resolved pronouns and role nominals
     */
    void add(ParsedSentence p, Relation relation, int cue, List<Integer> critics, List<Integer> targets,
            String rule, double confidence) {
        if (p.unasserted(cue)) {
            return;
        }
        boolean opaque = p.opaque(cue);
        List<Integer> targetNodes = new ArrayList<>();
        for (int t : p.withConjuncts(targets)) {
            for (int o : p.owners(t, cue)) {
                targetNodes.addAll(p.withConjuncts(List.of(o)));
            }
        }
        List<Integer> criticNodes = p.withConjuncts(critics);
        Set<String> namedCritics = named(p, criticNodes);
        Set<String> namedTargets = named(p, targetNodes); // "She blamed Moyle and Rourke": she is neither of them
        boolean emitted = false;
        boolean quoted = p.persons.discourse().insideQuote(p.d.token(cue).begin()); // not a sentence that only opens in one
        for (int t : targetNodes) {
            for (int c : criticNodes) {
                if (!opaque && !(quoted && p.isPronoun(c)) && PronounPair.applies(p, c, t)) {
                    Optional<List<String>> pair = PronounPair.resolve(p, c, t); // "He called him a liar": critic first
                    if (pair.isPresent()) {
                        double conf = confidence - 0.15 - (p.isSaying(t) ? 0.05 : 0.0);
                        emitted |= emit(p, relation, pair.get().get(0), pair.get().get(1), conf, p.s.begin(), rule);
                    }
                }
            }
            Optional<String> parallel = opaque ? Optional.empty() : parallelTarget(p, t, namedCritics);
            Optional<List<Named>> exchange = p.thePair(t) ? lastExchange(p, namedCritics) : Optional.empty();
            if (exchange.isEmpty() && p.ownRival(t)) {
                exchange = lastAdversary(p, criticNodes);
            }
            if (exchange.isEmpty() && p.answeredCharge(t)) {
                exchange = lastAccuser(p, criticNodes);
            }
            if (exchange.isEmpty()) {
                exchange = p.echoedOwner(t, cue).map(o -> List.of(new Named(o, false))); // "Farage's comments. ... the comments"
            }
            List<Named> targetPersons = parallel.isPresent() ? List.of(new Named(parallel.get(), true))
                    : exchange.orElseGet(() -> p.persons(t, namedCritics, !opaque, true));
            boolean nominal = parallel.isEmpty() && exchange.isEmpty() && !p.isPronoun(t)
                    && !p.d.token(t).ner().equals("PERSON");
            for (Named target : targetPersons) {
                for (int c : criticNodes) {
                    if (quoted && p.isPronoun(c) || PronounPair.applies(p, c, t)) {
                        continue; // "“... He kept calling her a liar": the speaker's "he", not the narration's
                    }
                    if (nominal && p.isPronoun(c) && !namedHere(p, target.name())
                            && p.persons(c, namedOthers(namedTargets, target), !opaque).stream()
                                    .anyMatch(x -> x.name().equals(target.name()))) {
                        continue; // "Reid rose. He accused the prime minister of ...": the nominal is not the one "he" is
                    }
                    Set<String> others = new HashSet<>(namedTargets);
                    others.add(target.name());
                    for (Named critic : p.persons(c, others, !opaque)) {
                        double conf = confidence - (critic.resolved() || target.resolved() ? 0.15 : 0.0)
                                - (p.isSaying(t) ? 0.05 : 0.0);
                        emitted |= emit(p, relation, critic.name(), target.name(), conf, p.s.begin(), rule);
                    }
                }
            }
        }
        if (emitted) {
            settled.add(p.d.token(cue).index());
        }
    }

    /** Whether the sentence names the person ("a slur about the star, Mo'ne Davis"), not only a role nominal for them. */
    private static boolean namedHere(ParsedSentence p, String person) {
        return p.persons.mentionsIn(p.s.begin(), p.s.end()).stream().anyMatch(m -> m.canonical().equals(person));
    }

    /** The named targets but {@code target}: whom a pronoun critic may not be, when asking whether it is the target. */
    private static Set<String> namedOthers(Set<String> namedTargets, Named target) {
        Set<String> out = new HashSet<>(namedTargets);
        out.remove(target.name());
        return out;
    }

    /** The persons the nodes that are no pronouns name, their pronouns unresolved. */
    private static Set<String> named(ParsedSentence p, List<Integer> nodes) {
        Set<String> out = new HashSet<>();
        for (int n : nodes) {
            if (!p.isPronoun(n)) {
                p.persons(n, Set.of(), false).forEach(x -> out.add(x.name()));
            }
        }
        return out;
    }

    /**
     * "Christie has demeaned Rubio's toughness. And Cruz has cast him as weak.": an object "him" or "her" of a cue whose
     * critic is named in the sentence, right after a sentence that criticised exactly one person of that gender (not
     * also a critic there, not this sentence's critic), is that person, as the parallel reads, rather than the sentence
     * before's subject; only when this sentence names nobody else of that gender, and has no such pronoun, before it.
     */
    private Optional<String> parallelTarget(ParsedSentence p, int t, Set<String> critics) {
        String w = p.word(t);
        List<List<String>> before = criticisedIn.get(p.s.index() - 1);
        if (!(w.equals("him") || w.equals("her")) || p.d.label(t).equals("nmod:poss") || critics.isEmpty()
                || before == null) {
            return Optional.empty();
        }
        String gender = ParsedSentence.genderOf(w);
        Set<String> targets = new LinkedHashSet<>();
        Set<String> criticsBefore = new HashSet<>();
        for (List<String> pair : before) {
            criticsBefore.add(pair.get(0));
            if (p.persons.gender(pair.get(1)).equals(gender) && !critics.contains(pair.get(1))) {
                targets.add(pair.get(1));
            }
        }
        if (targets.size() != 1 || criticsBefore.contains(targets.iterator().next())) {
            return Optional.empty(); // "Holt and Reid attacked each other. Then Patel attacked him": either
        }
        for (int i = 0; i < t; i++) {
            if (p.isPronoun(i) && (p.word(i).equals("she") || p.word(i).equals("her")) == gender.equals("FEMALE")) {
                return Optional.empty(); // "Cole said he would attack him": he first
            }
        }
        for (PersonMention m : p.persons.mentionsIn(p.s.begin(), p.d.token(t).begin())) {
            String g = p.persons.gender(m.canonical());
            if (!critics.contains(m.canonical()) && (g.equals(gender) || g.equals("UNKNOWN"))) {
                return Optional.empty(); // "Cole, Reid's ally, attacked him": not sure
            }
        }
        return Optional.of(targets.iterator().next());
    }

    /**
     * Emits a criticism of a person named outside the sentence (the author of an act the cue's object names) by
     * every critic the nodes name; the same checks as {@link #add}.
     */
    void addAuthor(ParsedSentence p, Relation relation, int cue, List<Integer> critics, String target, String rule,
            double confidence) {
        if (p.unasserted(cue)) {
            return;
        }
        boolean opaque = p.opaque(cue);
        boolean emitted = false;
        for (int c : p.withConjuncts(critics)) {
            for (Named critic : p.persons(c, Set.of(target), !opaque)) {
                double conf = confidence - (critic.resolved() ? 0.15 : 0.0);
                emitted |= emit(p, relation, critic.name(), target, conf, p.s.begin(), rule);
            }
        }
        if (emitted) {
            settled.add(p.d.token(cue).index());
        }
    }

    /**
     * "Killarney savaged the minister ... The minister hit back ... Okonjo-Hale mocked the pair": "the pair" (or "both
     * men") is the critic and the target of the latest criticism found within {@value PersonGroups#PAIR_WINDOW}
     * sentences before, when neither is this sentence's critic; empty when there is none (the names before decide).
     */
    private Optional<List<Named>> lastExchange(ParsedSentence p, Set<String> critics) {
        return latestPair(p, pair -> !critics.contains(pair.get(0)) && !critics.contains(pair.get(1)))
                .map(pair -> List.of(new Named(pair.get(0), true), new Named(pair.get(1), true)));
    }

    /**
     * "Tremblay accused Sandhar of running a think tank. Sandhar accused his rival of choosing slogans": "his rival" is
     * the other person of the latest criticism (either way) within {@value PersonGroups#PAIR_WINDOW} sentences before
     * that involved the critic, named or as a pronoun the usual way resolved; empty when there is none.
     */
    private Optional<List<Named>> lastAdversary(ParsedSentence p, List<Integer> criticNodes) {
        Set<String> critics = resolved(p, criticNodes);
        return latestPair(p, pair -> critics.contains(pair.get(0)) != critics.contains(pair.get(1)))
                .map(pair -> List.of(new Named(critics.contains(pair.get(0)) ? pair.get(1) : pair.get(0), true)));
    }

    /**
     * "Marsh accused Hinkley of sitting on his hands. Hinkley dismissed the attack as desperation": the critic of the
     * latest criticism within {@value PersonGroups#PAIR_WINDOW} sentences before whose target is this cue's critic
     * (named, or a pronoun the usual way resolved) and whose critic is not; empty when there is none.
     */
    private Optional<List<Named>> lastAccuser(ParsedSentence p, List<Integer> criticNodes) {
        Set<String> critics = resolved(p, criticNodes);
        return latestPair(p, pair -> critics.contains(pair.get(1)) && !critics.contains(pair.get(0)))
                .map(pair -> List.of(new Named(pair.get(0), true)));
    }

    /** The persons the nodes name, their pronouns resolved the usual way. */
    private static Set<String> resolved(ParsedSentence p, List<Integer> nodes) {
        Set<String> out = new HashSet<>();
        for (int n : nodes) {
            p.persons(n, Set.of(), true).forEach(x -> out.add(x.name()));
        }
        return out;
    }

    /** The critic-target pair of the latest CRITICISED triple {@code which} accepts, within the pair window before. */
    private Optional<List<String>> latestPair(ParsedSentence p, java.util.function.Predicate<List<String>> which) {
        for (int si = p.s.index() - 1; si >= Math.max(0, p.s.index() - PersonGroups.PAIR_WINDOW); si--) {
            List<List<String>> pairs = criticisedIn.getOrDefault(si, List.of());
            for (int k = pairs.size() - 1; k >= 0; k--) {
                if (which.test(pairs.get(k))) {
                    return Optional.of(pairs.get(k));
                }
            }
        }
        return Optional.empty();
    }

    /** One triple, if both are persons and distinct; evidence from {@code start} to the end of the sentence. */
    boolean emit(ParsedSentence p, Relation relation, String critic, String target, double confidence, int start,
            String rule) {
        if (critic.equals(target) || !p.isPerson(critic) || !p.isPerson(target)) {
            return false;
        }
        String prefix = relation == Relation.PRAISED ? "praise." : "criticism.";
        String key = relation + "\u0000" + critic + "\u0000" + target;
        double conf = Math.round(100 * Math.max(0.0, Math.min(1.0, confidence))) / 100.0;
        if (relation == Relation.CRITICISED) {
            criticisedIn.computeIfAbsent(p.s.index(), k -> new ArrayList<>()).add(List.of(critic, target));
        }
        triples.putIfAbsent(key, new Triple(p.doc.articleId(), critic, EntityType.PERSON, relation, target,
                EntityType.PERSON, conf, p.doc.text(start, p.s.end()), start, p.s.end(), prefix + rule));
        return true;
    }
}
