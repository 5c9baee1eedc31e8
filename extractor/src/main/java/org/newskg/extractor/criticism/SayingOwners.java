package org.newskg.extractor.criticism;

import static org.newskg.extractor.criticism.NamedPersons.ADVERSARIES;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.extractor.persons.RoleWords;

/**
 * Whose saying or deed a node of a {@link ParsedSentence} is ("Reid's remarks", "suggestions by Reid", "the comments"
 * someone was named as owning just before, "the charge" made against the critic), so that an attack on it is one on
 * its owner.
 */
final class SayingOwners extends SentencePart {

    private static final Set<String> SAYINGS = WordLists.words(CriticismRules.class, "target-nouns.txt");

    SayingOwners(ParsedSentence parsed) {
        super(parsed);
    }

    /** How many sentences back "the comments" may echo "Farage's comments". */
    private static final int ECHO_WINDOW = 2;
    /** The determiners of an echoed saying: "the comments", "these remarks". */
    private static final Set<String> ECHO_DETERMINERS = Set.of("the", "these", "those");
    /** What an echoed saying may have under it besides them: nothing that names an owner or another saying. */
    private static final Set<String> ECHO_DEPENDENTS = Set.of("det", "punct", "amod", "case", "dep");

    /**
     * "... a condemnation of Mr Farage's comments. Ed Miliband said the comments were 'wrong'": a saying (target-nouns.txt)
     * under "the", "these" or "those" that names no owner of its own stands for the one named as owning the same noun
     * ("Farage's comments") in this sentence before it or in the two before, the latest such owner; else, further back,
     * the one person named as owning it ("a condemnation of Mr Farage's comments" twenty sentences before "Sadiq Khan
     * called the comments ..."), nobody when two were.
     */
    Optional<String> echoedOwner(int n) {
        if (!isSaying(n) || !d.token(n).pos().startsWith("NN")
                || d.children(n, "det").stream().noneMatch(c -> ECHO_DETERMINERS.contains(word(c)))
                || d.children(n).stream().anyMatch(c -> !ECHO_DEPENDENTS.contains(d.label(c)))) {
            return Optional.empty();
        }
        return ownerBefore(doc, s.index(), n, word(n)).flatMap(owner -> persons.mentionAt(owner.begin()))
                .map(PersonMention::canonical);
    }

    /**
     * As {@link #echoedOwner(int)}, or, when nobody owned the noun just before and {@code cue} is no criticism verb (a
     * verb's unowned act is act-author's), the one whose words the sentence just before reports: "Reid said immigrants
     * should be sent home. Holt said the comments were disgraceful" ({@link ActAuthor#reportingAuthor}).
     */
    Optional<String> echoedOwner(int n, int cue) {
        Optional<String> owner = echoedOwner(n);
        if (owner.isPresent() || cue < 0 || CriticismRules.cues(d.token(cue)).anyMatch(c -> c.kind() == Cue.Kind.VERB)) {
            return owner;
        }
        return isSaying(n) ? ActAuthor.reportingAuthor(parsed, n) : Optional.empty();
    }

    /**
     * The latest token owning {@code noun} ("Farage" of "Farage's comments") in sentence {@code si} before token
     * {@code end}, or in the two sentences before it; else the token owning it further back when every owner of it
     * before is written the same.
     */
    static Optional<Token> ownerBefore(Doc doc, int si, int end, String noun) {
        List<Token> owners = ownersBefore(doc, si, end, noun, Math.max(0, si - ECHO_WINDOW));
        if (!owners.isEmpty()) {
            return Optional.of(owners.get(0));
        }
        owners = ownersBefore(doc, si, end, noun, 0); // "Farage's comments" further back, and nobody else's since
        return owners.stream().map(Token::word).distinct().count() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
    }

    /** The tokens owning {@code noun} in sentences {@code from} to {@code si} (before token {@code end}), latest first. */
    private static List<Token> ownersBefore(Doc doc, int si, int end, String noun, int from) {
        List<Token> out = new ArrayList<>();
        for (int k = si; k >= from; k--) {
            List<Token> ts = doc.sentences().get(k).tokens();
            for (int j = (k == si ? end : ts.size()) - 1; j >= 2; j--) {
                if (!ts.get(j).word().toLowerCase(Locale.ROOT).equals(noun)) {
                    continue;
                }
                int m = j - 1;
                while (m > 1 && ts.get(m).pos().startsWith("JJ")) {
                    m--; // "Farage's controversial comments"
                }
                if (ts.get(m).pos().equals("POS")) {
                    out.add(ts.get(m - 1));
                }
            }
        }
        return out;
    }

    /**
     * Whether a sentence with one person may hold an echoed saying ({@link #echoedOwner}) worth parsing for: "the
     * comments" with an owner of "comments" just before.
     */
    static boolean echoCandidate(Doc doc, Sentence s) {
        List<Token> ts = s.tokens();
        for (int k = 0; k + 1 < ts.size(); k++) {
            String w = ts.get(k + 1).word().toLowerCase(Locale.ROOT);
            if (ECHO_DETERMINERS.contains(ts.get(k).word().toLowerCase(Locale.ROOT)) && SAYINGS.contains(w)
                    && ownerBefore(doc, s.index(), k, w).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** What one person says against another (charges.txt): "the attack", "the charge", "these allegations". */
    static final Set<String> CHARGES = WordLists.words(CriticismRules.class, "charges.txt");

    /**
     * "Holt dismissed the charge as nonsense", "Holt ridiculed these allegations": a charge (charges.txt) with a definite
     * determiner that names neither its author nor its target ("Reid's attack", "the attack on Patel", "the Reid
     * allegations" do; "as nonsense", where the parser hangs the label on the noun, does not), so the answer to whoever
     * last made one against the critic; not "the attack" in or just after a sentence that tells of violence.
     */
    boolean answeredCharge(int n) {
        if (!CHARGES.contains(word(n)) || !d.token(n).pos().startsWith("NN")
                || d.children(n, "det").stream().noneMatch(c -> ActAuthor.DEFINITE.contains(word(c)))
                || lemma(n).equals("attack") && violenceJustBefore()) {
            return false;
        }
        for (int c : d.children(n)) {
            String l = d.label(c);
            if (l.startsWith("nmod") && !parsed.withCase(n, "as").contains(c) || l.equals("appos") || l.equals("acl") || l.equals("acl:relcl")
                    || l.equals("compound") && d.token(c).pos().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    /** How many sentences before an "attack" that tell of violence make it a physical one. */
    private static final int VIOLENCE_BACK = 5;

    /**
     * Whether this sentence or one of the {@value #VIOLENCE_BACK} before it tells of physical violence: "Mateen carried out
     * the slaughter with an assault weapon ... Obama, who has denounced the attack as an act of terrorism" is no answer
     * to a critic.
     */
    private boolean violenceJustBefore() {
        for (int k = s.index(); k >= Math.max(0, s.index() - VIOLENCE_BACK); k--) {
            if (CriticismRules.tellsOfViolence(doc.sentences().get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces a target that is something a person said, did or is ("Reid's remarks", "the qualifications
     * of the front-runner", "suggestions by Reid") by its owner; the target itself when it is none.
     */
    /** Verbs (lemmas) of ridicule: to mock what is a person's is to mock the person ("mocking X's 'sudden discovery'"). */
    private static final Set<String> RIDICULE = Set.of("mock", "ridicule", "deride", "lampoon", "taunt", "jeer", "sneer",
            "scoff", "belittle", "disparage", "poke");

    /** Nouns of a jibe: a swipe at what is a person's is one at the person ("a swipe at Reid's timetable"). */
    private static final Set<String> JIBES = Set.of("swipe", "dig", "jab", "potshot", "barb", "jibe", "gibe");

    /** As {@link #owners(int)}; after a verb of ridicule or a jibe ({@code cue}) the owner of any noun it takes. */
    List<Integer> owners(int target, int cue) {
        int clause = d.head(target);
        if ((word(target).equals("which") || word(target).equals("that")) && d.label(target).equals("obj") && clause >= 0
                && d.label(clause).equals("acl:relcl") && d.head(clause) >= 0 && isSaying(d.head(clause))) {
            return owners(d.head(clause), cue); // "Obama's plan, which Trump criticized": the plan's owner
        }
        if ((RIDICULE.contains(lemma(cue)) || JIBES.contains(lemma(cue))) && !isSaying(target) && parsed.direct(target).isEmpty()
                && (d.token(target).pos().startsWith("NN") || d.token(target).pos().startsWith("JJ")
                        && d.hasChild(target, "nmod:poss")) // "poked at Trump's persistent/JJ sniffing": the parser's head
                && !personNoun(target)) {
            List<Integer> possessors = d.children(target, "nmod:poss").stream()
                    .filter(o -> parsed.direct(o).isPresent() || definiteRole(o) || word(o).equalsIgnoreCase("his")
                            || word(o).equalsIgnoreCase("her")).toList();
            if (!possessors.isEmpty()) {
                return possessors;
            }
        }
        return sayingsOwners(target, cue);
    }

    /** Nouns for persons besides the role words: "her younger brother Ciarán", "the minister's cabinet colleagues". */
    private static final Set<String> PERSON_NOUNS = Set.of("brother", "sister", "wife", "husband", "son", "daughter",
            "father", "mother", "family", "colleague", "ally", "friend", "supporter", "aide", "staff", "team", "cousin",
            "partner", "girlfriend", "boyfriend", "spouse", "predecessor", "successor", "namesake", "boss", "mentor", "deputy");

    /** Whether a noun stands for persons ("her brother", "his colleagues", "her aide, X"), not for what they say or do. */
    private boolean personNoun(int n) {
        return PERSON_NOUNS.contains(lemma(n)) || ADVERSARIES.contains(lemma(n)) || RoleWords.any(word(n)) || RoleWords.any(lemma(n))
                || d.children(n).stream().anyMatch(c -> !d.label(c).equals("nmod:poss") && "PERSON".equals(d.token(c).ner()));
    }

    /** "the chancellor", "the prime minister": a role noun with "the" and no owner, which a role nominal resolves. */
    private boolean definiteRole(int n) {
        return parsed.roleNoun(n) && parsed.hasDefiniteArticle(n) && d.children(n, "nmod:poss").isEmpty();
    }

    List<Integer> owners(int target) {
        return sayingsOwners(target, -1);
    }

    /** As {@link #owners(int)}, with the cue whose target it is ({@link #echoedOwner(int, int)}), or -1. */
    private List<Integer> sayingsOwners(int target, int cue) {
        if (!isSaying(target) || parsed.direct(target).isPresent() || parsed.namedPersons.provocation(target)) { // "The remark drew a rebuke from X"
            return List.of(target);
        }
        List<Integer> out = new ArrayList<>(d.children(target, "nmod:poss"));
        out.addAll(parsed.withCase(target, "of", "by"));
        return out.isEmpty() && (answeredCharge(target) || echoedOwner(target, cue).isPresent())
                ? List.of(target) : out; // "dismissed the charge": its author's; "the comments": whose they were just before
    }

    /** Whether a lower-case word is a saying or deed of target-nouns.txt ("remarks", "record"), for the parse gate. */
    static boolean isSayingWord(String word) {
        return SAYINGS.contains(word);
    }

    /** Whether a node is a saying or deed ("remarks", "record") rather than a person. */
    boolean isSaying(int n) {
        return SAYINGS.contains(word(n)) || SAYINGS.contains(lemma(n));
    }
}
