package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Dependencies;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * CRITICISED (and PRAISED): one named person verbally attacks (or praises) another. Sentences with a
 * cue from the lexicon (cues.tsv) are dependency-parsed; the parse gives the direction (subject =
 * critic, object = target; passive "Y was attacked by X"; "X's attack on Y"). Both ends must be
 * persons (a name, a pronoun resolved to one, or a title phrase ending in a name); negated or hedged
 * cues ("did not criticise", "might be condemning") give nothing.
 */
public final class CriticismRules {

    private static final Map<String, List<Cue>> CUES = Cue.lexicon();
    private static final Set<String> ROLES = WordLists.words(CriticismRules.class,
            "/org/newskg/extractor/membership/roles.txt");
    private static final Set<String> SAYINGS = WordLists.words(CriticismRules.class, "target-nouns.txt");
    private static final Set<String> VIOLENCE = WordLists.words(CriticismRules.class, "violence.txt");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HEDGES = Set.of("might", "may", "could", "would", "should");
    private static final Set<String> PRONOUNS = Set.of("he", "him", "she", "her");
    /** Clauses whose pronoun subject is not resolved: relative clauses and reported speech. */
    private static final Set<String> OPAQUE = Set.of("acl:relcl", "ccomp", "acl", "csubj");

    private final Function<Sentence, Dependencies> parser;

    /** @param parser the dependency parser, called only for sentences with a cue */
    public CriticismRules(Function<Sentence, Dependencies> parser) {
        this.parser = parser;
    }

    /** The CRITICISED and PRAISED triples of one article. Thread-safe. */
    public List<Triple> extract(Doc doc, PersonIndex persons) {
        Map<String, Triple> out = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            int named = persons.mentionsIn(s.begin(), s.end()).size() + pronouns(s);
            if (!hasCue(s) || named == 0 || named == 1 && !hasWord(s, "back") || violent(s)) {
                continue;
            }
            Dependencies d = parser.apply(s);
            new SentenceRules(doc, s, d, persons).run(out);
        }
        return List.copyOf(out.values());
    }

    /** Whether a sentence has a cue worth parsing for: phrasal verbs with their particles, nouns with a preposition after. */
    public static boolean hasCue(Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            int at = i;
            if (cues(ts.get(i)).anyMatch(c -> switch (c.kind()) {
                case VERB, ADJ -> true;
                case PHRASAL, RETORT -> followedBy(ts, at, c.particles().get(c.particles().size() - 1), 6);
                case NOUN -> followedBy(ts, at, "on", 3) || followedBy(ts, at, "at", 3)
                        || followedBy(ts, at, "of", 2) || followedBy(ts, at, "against", 3);
            })) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedBy(List<Token> ts, int i, String word, int window) {
        for (int k = i + 1; k < Math.min(ts.size(), i + 1 + window); k++) {
            if (ts.get(k).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(Sentence s, String word) {
        return s.tokens().stream().anyMatch(t -> t.word().equalsIgnoreCase(word));
    }

    private static boolean violent(Sentence s) {
        return s.tokens().stream().anyMatch(t -> VIOLENCE.contains((t.lemma() == null ? t.word() : t.lemma())
                .toLowerCase(Locale.ROOT)));
    }

    private static int pronouns(Sentence s) {
        return (int) s.tokens().stream().filter(t -> PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))).count();
    }

    static java.util.stream.Stream<Cue> cues(Token t) {
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        List<Cue> found = CUES.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
        String pos = t.pos();
        return found.stream().filter(c -> switch (c.kind()) {
            case VERB, PHRASAL, RETORT -> pos.startsWith("VB");
            case NOUN -> pos.startsWith("NN");
            case ADJ -> pos.startsWith("JJ");
        });
    }

    /** The rules applied to one parsed sentence. */
    private static final class SentenceRules {
        private final Doc doc;
        private final Sentence s;
        private final Dependencies d;
        private final PersonIndex persons;

        SentenceRules(Doc doc, Sentence s, Dependencies d, PersonIndex persons) {
            this.doc = doc;
            this.s = s;
            this.d = d;
            this.persons = persons;
        }

        void run(Map<String, Triple> out) {
            for (int i = 0; i < d.size(); i++) {
                int cueAt = i;
                cues(d.token(i)).forEach(c -> apply(cueAt, c, out));
            }
        }

        private void apply(int i, Cue cue, Map<String, Triple> out) {
            int clause = cue.kind() == Cue.Kind.NOUN ? governingVerb(i) : i;
            if (clause >= 0 && (negated(clause) || hedged(clause)) || negated(i)) {
                return;
            }
            List<Integer> critics = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            String rule;
            switch (cue.kind()) {
                case VERB -> {
                    List<Integer> pass = d.children(i, "nsubj:pass");
                    if (!pass.isEmpty()) {
                        targets.addAll(pass);
                        critics.addAll(agents(i));
                        rule = "passive";
                    } else {
                        critics.addAll(subjects(i));
                        targets.addAll(d.children(i, "obj"));
                        rule = owners(targets) ? "verb-possessor" : "verb"; // "X slammed Y's remarks"
                    }
                }
                case PHRASAL -> {
                    if (!hasParticles(i, cue.particles())) {
                        return;
                    }
                    critics.addAll(subjects(i));
                    targets.addAll(withCase(i, cue.particles().get(cue.particles().size() - 1)));
                    rule = "phrasal";
                    if (owners(targets)) {
                        rule = "phrasal-possessor"; // "X hit back at Y's claim": the possessor is the target
                    } else if (!targets.isEmpty()) {
                        // "fired at Trump, Ted Cruz and ...": the parser often makes the rest of the list an object
                        targets.addAll(d.children(i, "obj"));
                    }
                }
                case NOUN -> {
                    for (String p : List.of("on", "at", "of", "against")) {
                        targets.addAll(withCase(i, p));
                    }
                    if (targets.isEmpty() && clause >= 0) {
                        targets.addAll(withCase(clause, "at"));
                        targets.addAll(withCase(clause, "on"));
                    }
                    critics.addAll(d.children(i, "nmod:poss"));
                    if (critics.isEmpty() && clause >= 0) {
                        critics.addAll(subjects(clause));
                    }
                    rule = "noun";
                }
                case ADJ -> {
                    critics.addAll(subjects(i));
                    targets.addAll(withCase(i, "of"));
                    rule = "adjective";
                }
                case RETORT -> {
                    if (!hasParticles(i, List.of("back", "at")) || !withCase(i, "at").isEmpty()) {
                        return; // "hit back at X" is the PHRASAL cue
                    }
                    retort(cue, i, subjects(i), out);
                    return;
                }
                default -> throw new IllegalStateException("unknown cue kind " + cue.kind());
            }
            emit(cue, i, withConjuncts(critics), withConjuncts(targets), rule, out);
        }

        /** "Chris Christie savaged Rubio, and Rubio smacked back": back at whoever just criticised him. */
        private void retort(Cue cue, int i, List<Integer> critics, Map<String, Triple> out) {
            int from = doc.sentences().get(Math.max(0, s.index() - 2)).begin();
            for (int c : critics) {
                Optional<String> critic = isPronoun(c) ? pronoun(c, Set.of()) : person(c, Set.of());
                if (critic.isEmpty()) {
                    continue;
                }
                Triple last = null;
                for (Triple t : out.values()) {
                    if (t.predicate() == Relation.CRITICISED && t.object().equals(critic.get()) && t.start() >= from) {
                        last = t;
                    }
                }
                if (last != null && !last.subject().equals(critic.get())) {
                    String key = cue.relation() + "\u0000" + critic.get() + "\u0000" + last.subject();
                    out.putIfAbsent(key, new Triple(doc.articleId(), critic.get(), EntityType.PERSON, cue.relation(),
                            last.subject(), EntityType.PERSON, 0.7, doc.text(last.start(), s.end()), last.start(),
                            s.end(), "criticism.retort"));
                }
            }
        }

        private void emit(Cue cue, int i, List<Integer> critics, List<Integer> targets, String rule,
                Map<String, Triple> out) {
            Set<String> named = new HashSet<>();
            for (int c : critics) {
                person(c, Set.of()).ifPresent(named::add);
            }
            for (int t : targets) {
                person(t, Set.of()).ifPresent(named::add);
            }
            boolean opaque = OPAQUE.contains(d.label(i)) || cue.kind() == Cue.Kind.NOUN && d.head(i) >= 0
                    && OPAQUE.contains(d.label(d.head(i)));
            for (int c : critics) {
                for (int t : targets) {
                    Optional<String> target = isPronoun(t) ? (opaque ? Optional.empty()
                            : pronoun(t, named(critics))) : person(t, Set.of());
                    Optional<String> critic = isPronoun(c) ? (opaque ? Optional.empty()
                            : pronoun(c, target.map(Set::of).orElse(Set.of()))) : person(c, Set.of());
                    if (critic.isEmpty() || target.isEmpty() || critic.get().equals(target.get())
                            || !persons.isClearlyPerson(critic.get()) || !persons.isClearlyPerson(target.get())) {
                        continue;
                    }
                    double confidence = Math.round(100 * (0.85 - (isPronoun(c) || isPronoun(t) ? 0.15 : 0.0)
                            - (cue.kind() == Cue.Kind.VERB ? 0.0 : 0.1) - (rule.endsWith("possessor") ? 0.1 : 0.0)))
                            / 100.0;
                    String prefix = cue.relation() == Relation.PRAISED ? "praise." : "criticism.";
                    String key = cue.relation() + "\u0000" + critic.get() + "\u0000" + target.get();
                    out.putIfAbsent(key, new Triple(doc.articleId(), critic.get(), EntityType.PERSON, cue.relation(),
                            target.get(), EntityType.PERSON, confidence, doc.text(s.begin(), s.end()), s.begin(), s.end(),
                            prefix + rule));
                }
            }
        }

        /**
         * Replaces a lone target that is a saying ("remarks", "claim") by its possessor ("Y's claim");
         * whether it did.
         */
        private boolean owners(List<Integer> targets) {
            if (targets.size() != 1 || !SAYINGS.contains(d.token(targets.get(0)).word().toLowerCase(Locale.ROOT))
                    || person(targets.get(0), Set.of()).isPresent()) {
                return false;
            }
            List<Integer> owners = d.children(targets.get(0), "nmod:poss");
            targets.clear();
            targets.addAll(owners);
            return true;
        }

        private Set<String> named(List<Integer> nodes) {
            Set<String> out = new HashSet<>();
            for (int n : nodes) {
                if (!isPronoun(n)) {
                    person(n, Set.of()).ifPresent(out::add);
                }
            }
            return out;
        }

        private boolean isPronoun(int n) {
            return PRONOUNS.contains(d.token(n).word().toLowerCase(Locale.ROOT));
        }

        private Optional<String> pronoun(int n, Set<String> exclude) {
            return persons.resolvePronoun(d.token(n).begin(), exclude);
        }

        /** The person a node names: itself, or a name inside its title phrase ("secretary of state Hillary Clinton"). */
        private Optional<String> person(int n, Set<String> unused) {
            Optional<PersonMention> m = persons.mentionAt(d.token(n).begin());
            if (m.isPresent()) {
                return Optional.of(m.get().canonical());
            }
            if (!d.token(n).pos().startsWith("NN")) {
                return Optional.empty();
            }
            List<Integer> frontier = new ArrayList<>(List.of(n));
            for (int depth = 0; depth < 3; depth++) {
                List<Integer> next = new ArrayList<>();
                for (int f : frontier) {
                    if (!isRole(f)) {
                        continue; // "the Clinton campaign" is not Clinton; "secretary of state Hillary Clinton" is
                    }
                    for (int c : d.children(f)) {
                        String l = d.label(c);
                        if (l.equals("compound") || l.equals("appos") || l.equals("flat") || l.equals("nmod")
                                || l.equals("conj")) {
                            Optional<PersonMention> cm = persons.mentionAt(d.token(c).begin());
                            if (cm.isPresent()) {
                                return Optional.of(cm.get().canonical());
                            }
                            next.add(c);
                        }
                    }
                }
                frontier = next;
            }
            return Optional.empty();
        }

        private boolean isRole(int n) {
            String w = d.token(n).word().toLowerCase(Locale.ROOT);
            return ROLES.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
        }

        /** The subject of a verb, inherited from the verb it is coordinated with or depends on when it has none. */
        private List<Integer> subjects(int v) {
            int cur = v;
            for (int step = 0; step < 3 && cur >= 0; step++) {
                List<Integer> subj = new ArrayList<>();
                for (int c : d.children(cur, "nsubj")) {
                    if (!d.label(c).equals("nsubj:pass")) {
                        subj.add(c);
                    }
                }
                if (!subj.isEmpty()) {
                    return subj;
                }
                String l = d.label(cur);
                boolean inherits = l.equals("conj") || l.equals("xcomp")
                        || l.equals("advcl") && d.token(cur).pos().equals("VBG");
                if (!inherits) {
                    return List.of();
                }
                cur = d.head(cur);
            }
            return List.of();
        }

        private List<Integer> agents(int v) {
            List<Integer> out = new ArrayList<>(d.children(v, "obl:agent"));
            out.addAll(withCase(v, "by"));
            return out;
        }

        /** The obl/nmod dependents of {@code v} introduced by preposition {@code prep}. */
        private List<Integer> withCase(int v, String prep) {
            List<Integer> out = new ArrayList<>();
            for (int c : d.children(v)) {
                String l = d.label(c);
                if ((l.startsWith("obl") || l.startsWith("nmod")) && !l.equals("nmod:poss") && !out.contains(c)) {
                    for (int cc : d.children(c, "case")) {
                        if (d.token(cc).word().equalsIgnoreCase(prep)) {
                            out.add(c);
                        }
                    }
                }
            }
            return out;
        }

        private boolean hasParticles(int v, List<String> particles) {
            for (String p : particles.subList(0, particles.size() - 1)) {
                boolean found = false;
                for (int c : d.children(v)) {
                    if (d.token(c).word().equalsIgnoreCase(p) && c > v) {
                        found = true;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }

        private List<Integer> withConjuncts(List<Integer> nodes) {
            List<Integer> out = new ArrayList<>();
            for (int n : nodes) {
                out.add(n);
                for (int c : d.children(n, "conj")) {
                    if (!out.contains(c)) {
                        out.add(c);
                    }
                }
            }
            return out;
        }

        private int governingVerb(int n) {
            int cur = d.head(n);
            for (int step = 0; step < 3 && cur >= 0; step++) {
                if (d.token(cur).pos().startsWith("VB")) {
                    return cur;
                }
                cur = d.head(cur);
            }
            return -1;
        }

        private boolean negated(int v) {
            for (int c : d.children(v)) {
                String l = d.label(c);
                if ((l.equals("advmod") || l.equals("neg") || l.equals("det")) && NEGATIONS.contains(
                        d.token(c).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        private boolean hedged(int v) {
            for (int c : d.children(v, "aux")) {
                if (HEDGES.contains(d.token(c).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
    }
}
