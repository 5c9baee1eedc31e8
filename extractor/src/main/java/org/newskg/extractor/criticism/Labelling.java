package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.RoleWords;

/**
 * verb-label: "Holt called Reid a liar", "called his remarks reckless", "described Reid as a disgrace",
 * "labelled Reid's plan dangerous", "cast Reid as weak", "painted Reid as out of touch", "compared Reid to Hitler",
 * "held Reid responsible for the chaos", "viewed Reid as responsible for the attack" (a verb of belief only so),
 * "characterized Reid as dishonest", "referred to Reid as a liar": a
 * naming verb whose predicate is an insult (insults.txt). The critic is the verb's subject, the target its object (or
 * the owner of the words it names).
 */
final class Labelling implements Sieve {

    private static final Set<String> INSULTS = WordLists.words(Labelling.class, "insults.txt");

    /** Labelling verbs that belittle whatever follows "as": "dismissed Reid as yesterday's man". */
    private static final Set<String> BELITTLING = Set.of("dismiss");
    /** Labelling verbs whose insult follows "to": "compared Reid to Hitler", "likened Reid to a camp guard". */
    private static final Set<String> COMPARING = Set.of("compare", "liken");
    /** Posts, after which "dismissed X as" is a sacking: "dismissed Reid as chief executive". */
    private static final Set<String> POSTS = RoleWords.PARTY_ROLE.words();

    /** Labelling verbs whose one labelled follows "to": "referred to Reid as a liar". */
    private static final Set<String> REFERRING = Set.of("refer");

    /** What "held Reid responsible" holds someone: to blame. */
    private static final Set<String> ANSWERABLE = Set.of("responsible", "accountable", "culpable");

    /**
     * Labelling verbs of belief (lemmas): what someone thinks of a person is no verbal attack ("considers him a racist"),
     * but holding them answerable is blame ("viewed Reid as directly responsible for the attack").
     */
    private static final Set<String> BELIEVING = Set.of("view", "see", "regard", "consider", "deem");
    /** Whether a labelling verb blames with an answerable predicate ("held", "viewed"), for the parse gate. */
    static boolean holdsToAccount(String lemma) {
        return lemma.equals("hold") || BELIEVING.contains(lemma);
    }

    /** Whether a labelling verb is one of belief, which labels only with an answerable predicate, for the parse gate. */
    static boolean believes(String lemma) {
        return BELIEVING.contains(lemma);
    }

    /**
     * "held Reid responsible for the chaos", "viewed Reid as directly responsible for the attack": "hold" or a verb of
     * belief with an answerable predicate blames.
     */
    private static boolean holdsAnswerable(ParsedSentence p, int v, int predicate) {
        return holdsToAccount(p.lemma(v)) && ANSWERABLE.contains(p.word(predicate).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether an answerable word ("responsible") stands at token {@code k}, for the parse gate ("held Reid responsible"). */
    static boolean isAnswerableAt(List<Token> ts, int k) {
        return ANSWERABLE.contains(ts.get(k).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a labelling verb belittles by itself what it labels "as" ("dismissed Reid as ..."). */
    static boolean belittles(String lemma) {
        return BELITTLING.contains(lemma);
    }

    static boolean isInsultWord(String word) {
        return INSULTS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether an insult starts at token {@code k}: a word of insults.txt, or a two-word entry ("a rubber stamp"). */
    static boolean isInsultAt(List<Token> ts, int k) {
        return isInsultWord(ts.get(k).word()) || k + 2 < ts.size() && ts.get(k).word().equalsIgnoreCase("out")
                && ts.get(k + 1).word().equalsIgnoreCase("of") && ts.get(k + 2).word().equalsIgnoreCase("touch")
                || k + 1 < ts.size() && isInsultWord(ts.get(k).word() + " " + ts.get(k + 1).word());
    }

    @Override
    public String name() {
        return "verb-label";
    }

    /**
     * "called it a disgrace that Reid had mocked a reporter", "calling it 'dangerous' that Reid 'has no strategy'": an
     * insult whose subject is the expletive "it" is said of the clause after it, so of that clause's subject.
     */
    private static List<Integer> extraposed(ParsedSentence p, int insult) {
        if (p.d.children(insult, "nsubj").stream().noneMatch(n -> p.word(n).equals("it"))) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int c : p.d.children(insult, "ccomp")) {
            if (c > insult) {
                p.d.children(c, "nsubj").stream().filter(n -> !p.word(n).equals("it")).forEach(out::add);
            }
        }
        return out;
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            CriticismRules.cues(p.d.token(i)).filter(c -> c.kind() == Cue.Kind.LABEL).findFirst().ifPresent(cue -> {
                boolean belief = believes(p.lemma(v)) && p.d.children(v).stream().noneMatch(c -> holdsAnswerable(p, v, c));
                if (out.settled(p, v) || belief) {
                    return; // "considers Reid a racist" is a belief; "views Reid as responsible for the attack" blames
                }
                List<Integer> targets = new ArrayList<>();
                boolean insult = false;
                for (int c : p.d.children(v)) {
                    String l = p.d.label(c);
                    boolean predicate = l.equals("xcomp") || l.equals("dep") || misreadPredicate(p, v, c)
                            || misreadNounPredicate(p, v, c)
                            || l.startsWith("obl") && p.withCase(v, "as").contains(c) || adjectiveAs(p, c)
                            || l.startsWith("obl") && COMPARING.contains(p.lemma(v)) && p.withCase(v, "to").contains(c);
                    if (!predicate && !l.equals("obj") && !l.equals("iobj")) {
                        continue;
                    }
                    if (belittles(p.lemma(v)) && p.withCase(v, "as").contains(c) && !post(p, c)) {
                        insult = true; // "dismissed Reid as yesterday's man": the object is the target
                    } else if (isInsult(p, c) || holdsAnswerable(p, v, c)) {
                        insult = true;
                        int quotedName = quotedAfterName(p, c);
                        List<Integer> extraposed = extraposed(p, c);
                        if (postposed(p, c)) {
                            targets.add(c); // "called Reid's comments 'racially toxic'": the parser's adjective after its noun
                        } else if (!extraposed.isEmpty()) {
                            targets.addAll(extraposed); // "called it a disgrace that Reid had mocked a reporter"
                        } else if (!p.d.children(c, "nsubj").isEmpty()) {
                            targets.addAll(p.d.children(c, "nsubj")); // "called [Reid a liar]", "called [his remarks reckless]"
                        } else if (quotedName >= 0) {
                            targets.add(quotedName); // "called Reid “a psychopath”": the name a compound of the insult
                        } else if (gluedSaying(p, c)) {
                            targets.addAll(p.d.children(c, "nmod:poss")); // "called Reid's remarks racist"
                        } else { // "called Reid's comments 'toxic'": the parser's dep
                            p.d.children(c, "dep").stream().filter(n -> n < c && p.d.token(n).pos().startsWith("NN"))
                                    .forEach(targets::add);
                        }
                    } else if (l.equals("obj") || l.equals("iobj")) {
                        targets.add(c);
                        insult |= belittles(p.lemma(v)) && p.withCase(c, "as").stream()
                                .anyMatch(a -> !post(p, a)); // "dismissed Reid's claims as nonsense"
                        insult |= COMPARING.contains(p.lemma(v)) && p.withCase(c, "to").stream()
                                .anyMatch(a -> isInsult(p, a)); // "likened the reporter, Finegold, to a camp guard"
                        for (int cc : p.d.children(c)) {
                            if (p.d.label(cc).equals("dep")) {
                                insult |= isInsult(p, cc); // "the decision by Reid a disgrace"
                                for (int ccc : p.d.children(cc, "dep")) {
                                    insult |= isInsult(p, ccc); // "labeled Reid 'unfit to be president'": unfit <dep- president <dep- Reid
                                }
                            }
                        }
                        for (int by : p.withCase(c, "by")) {
                            for (int cc : p.d.children(by)) {
                                insult |= p.d.label(cc).equals("dep") && isInsult(p, cc);
                            }
                        }
                        insult |= insultAfterAdjunct(p, v, c);
                    }
                }
                if (REFERRING.contains(p.lemma(v))) {
                    targets.addAll(p.withCase(v, "to")); // "referred to Reid as a liar": the one referred to
                }
                List<Integer> critics = p.subjects(v);
                if (!p.d.children(v, "nsubj:pass").isEmpty()) { // "Reid was called a liar by Holt"
                    targets.clear();
                    targets.addAll(p.d.children(v, "nsubj:pass"));
                    critics = p.agents(v);
                }
                if (insult) {
                    out.add(p, cue.relation(), v, critics, targets, name(), 0.75);
                }
            });
        }
    }

    /**
     * "dismissed Reid as chief executive", "as its candidate": a post after "as", so a sacking; not "dismissed Reid as a
     * continuity candidate" or "both men as continuity candidates", where "a" or a plural makes the post a description.
     */
    private static boolean post(ParsedSentence p, int n) {
        return POSTS.contains(p.word(n).toLowerCase(java.util.Locale.ROOT)) && !p.d.token(n).pos().equals("NNS")
                && p.d.children(n, "det").stream().noneMatch(c -> p.word(c).equalsIgnoreCase("a") || p.word(c).equalsIgnoreCase("an"));
    }

    /**
     * "called Reid's comments 'racially toxic'": an object with no subject of its own whose insult the parser made an
     * adjective standing after it: a predicate, not a description ("called the reckless driver").
     */
    private static boolean postposed(ParsedSentence p, int object) {
        return (p.d.label(object).equals("obj") || p.d.label(object).equals("iobj")) && p.d.children(object, "nsubj").isEmpty()
                && p.d.children(object, "amod").stream().anyMatch(a -> a > object && INSULTS.contains(p.word(a)));
    }

    /**
     * "called Reid's remarks racist": the parser glues the object to an insult noun after it, as that noun's compound,
     * and hangs the possessor on the insult. Whether the insult has such a saying (target-nouns.txt) before it and a
     * possessor.
     */
    private static boolean gluedSaying(ParsedSentence p, int insult) {
        return !p.d.children(insult, "nmod:poss").isEmpty() && p.d.children(insult, "compound").stream()
                .anyMatch(k -> k < insult && p.d.token(k).pos().startsWith("NN") && p.isSaying(k));
    }

    /**
     * "called Reid's statements and actions on Sunday 'childish'", "called Reid's remarks about a judge 'racist'":
     * after the object, an adjunct of the verb (an obl) or of the object (an nmod) to which the parser hung the
     * predicate as a dep. Whether such a dep is an insult.
     */
    private static boolean insultAfterAdjunct(ParsedSentence p, int v, int object) {
        List<Integer> adjuncts = new ArrayList<>(p.d.children(object, "nmod"));
        p.d.children(v).stream().filter(o -> p.d.label(o).startsWith("obl")).forEach(adjuncts::add);
        for (int o : adjuncts) {
            if (o > object) {
                for (int k : p.d.children(o, "dep")) {
                    if (k > o && p.d.children(k, "nsubj").isEmpty() && INSULTS.contains(p.word(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "called Reid “a psychopath”": the parser reads a lone surname before a quoted insult as a compound of the insult's
     * noun. The name (a proper noun, the first compound) when an opening quotation mark stands between it and the noun's
     * phrase; else -1.
     */
    private static int quotedAfterName(ParsedSentence p, int insult) {
        for (int n : p.d.children(insult, "compound")) {
            if (n < insult && p.d.token(n).pos().startsWith("NNP") && n + 1 < insult
                    && ParsedSentence.OPENING_QUOTES.contains(p.word(n + 1))) {
                return n;
            }
        }
        return -1;
    }

    /**
     * The adjective of "taking to Twitter to call Fields 'totally delusional'" that the parser made an adverb of the
     * verb: a predicate when it follows a named object ("He called him ...": no; two guesses).
     */
    private static boolean misreadPredicate(ParsedSentence p, int v, int c) {
        return p.d.label(c).equals("advmod") && p.d.token(c).pos().startsWith("JJ")
                && p.d.children(v).stream().anyMatch(o -> o < c && !p.isPronoun(o)
                        && (p.d.label(o).equals("obj") || p.d.label(o).equals("iobj")));
    }

    /**
     * "He called him a 'pathological liar' for ...", "called Reid the 'Devil'": the noun predicate after an object that
     * the parser made a bare noun phrase or time modifier of the verb (obl:npmod, obl:tmod) instead of its complement.
     */
    private static boolean misreadNounPredicate(ParsedSentence p, int v, int c) {
        return (p.d.label(c).equals("obl:npmod") || p.d.label(c).equals("obl:tmod"))
                && p.d.token(c).pos().startsWith("NN")
                && p.d.children(v).stream().anyMatch(o -> o < c && (p.d.label(o).equals("obj") || p.d.label(o).equals("iobj")));
    }

    /** "cast Reid as weak", "cast him as weak": the parser makes the adjective after "as" an adverbial clause or modifier of the verb. */
    private static boolean adjectiveAs(ParsedSentence p, int c) {
        return (p.d.label(c).equals("advcl") || p.d.label(c).equals("advmod")) && p.d.token(c).pos().startsWith("JJ")
                && p.d.children(c, "case").stream().anyMatch(k -> p.word(k).equals("as"));
    }

    /** "a liar", "reckless", "a dangerous man", "an embarrassment to the party". */
    static boolean isInsult(ParsedSentence p, int n) {
        if (INSULTS.contains(p.word(n)) || INSULTS.contains(p.lemma(n))) {
            return true;
        }
        if (p.word(n).equals("touch") && p.d.children(n, "case").stream().anyMatch(k -> p.word(k).equals("out"))) {
            return true; // "out of touch", which the parser makes a noun with two prepositions
        }
        for (int c : p.d.children(n)) {
            String l = p.d.label(c);
            if (l.equals("amod") && INSULTS.contains(p.word(c))
                    || (l.equals("amod") || l.equals("compound")) && INSULTS.contains(p.word(c) + " " + p.word(n))) {
                return true; // "a dangerous man"; "a fairy tale written by lobbyists", "a sore loser"
            }
        }
        for (int c : p.d.children(n, "xcomp")) {
            if (INSULTS.contains(p.word(c)) || INSULTS.contains(p.lemma(c))) {
                return true;
            }
        }
        if (KINDS.contains(p.word(n))) {
            for (int c : p.withCase(n, "of")) {
                if (INSULTS.contains(p.word(c)) || INSULTS.contains(p.lemma(c))) {
                    return true; // "an act of vandalism", "a piece of nonsense"
                }
            }
        }
        if (p.word(n).equalsIgnoreCase("one")) {
            for (int c : p.withCase(n, "of")) {
                if (c != n && isInsult(p, c)) {
                    return true; // "one of the most shocking things I have heard", "one of the most dangerous men"
                }
            }
        }
        return false;
    }

    /** Nouns that take their insult after "of": "an act of vandalism", "a piece of nonsense", "a kind of fraud". */
    private static final Set<String> KINDS = Set.of("act", "piece", "kind", "sort", "bit", "example", "case");
}
