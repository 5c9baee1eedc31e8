package org.newskg.extractor.criticism;

import static org.newskg.extractor.criticism.ParsedSentence.IDENTIFIED;
import static org.newskg.extractor.criticism.ParsedSentence.QUOTES;
import static org.newskg.extractor.criticism.ParsedSentence.RELATIVES;
import static org.newskg.extractor.criticism.ParsedSentence.genderOf;
import static org.newskg.extractor.criticism.PersonGroups.OFFICES;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.Discourse;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.extractor.persons.RoleWords;
import org.newskg.extractor.parties.PartyGazetteer;

/**
 * Which persons a node of a {@link ParsedSentence} names: a name, a title phrase ending in one, a noun with a name in
 * apposition, a role nominal as {@link PersonIndex} resolves it, a pronoun ({@link Pronouns}) or a word for several
 * persons ({@link PersonGroups}); and whether a name the article gives is a person's.
 */
final class NamedPersons extends SentencePart {

    private static final Set<String> ROLES = RoleWords.PARTY_ROLE.words();
    /** Nouns naming a person by role ("the front-runner", "the Texas senator"), resolved by PersonIndex. */
    static final Set<String> ROLE_NOUNS = RoleWords.SPEAKER.words();
    private static final Set<String> TITLES = RoleWords.TITLE.words();
    /** Functions in which the tagger's adjective is a noun: "blasted her Republican rival/JJ Tom Reid". */
    private static final Set<String> NOMINAL = Set.of("obj", "iobj", "nsubj", "nsubj:pass", "obl", "nmod", "appos");
    /** Words for a partner in a couple, either way round: "X's ex-girlfriend Y ... her former partner" is X. */
    private static final Set<String> PARTNERS = Set.of("partner", "wife", "husband", "girlfriend", "boyfriend", "spouse",
            "fiance", "fiancee", "fianc\u00e9", "fianc\u00e9e", "ex");

    NamedPersons(ParsedSentence parsed) {
        super(parsed);
    }

    /** A person a node names, and whether it took resolution (pronoun, role nominal) to know. */
    record Named(String name, boolean resolved) {
    }

    /**
     * The persons a node names: a name ("Ann Holt"), a title phrase ending in one ("secretary of state
     * Ann Holt"), a noun with a name in apposition ("two rivals, Ann Holt and Tom Reid"; "his adversary:
     * Tom Reid"), a pronoun or a role nominal ("the front-runner") as PersonIndex resolves it. Persons in
     * {@code exclude} are not candidates for a pronoun (the other argument of the cue).
     */
    List<Named> persons(int n, Set<String> exclude, boolean resolvePronouns) {
        return persons(n, exclude, resolvePronouns, false);
    }

    /**
     * As {@link #persons(int, Set, boolean)}; for a {@code target}, a pronoun prefers the one other person named
     * earlier in the sentence ("Holt railed against Reid, taking aim at his record": Reid).
     */
    List<Named> persons(int n, Set<String> exclude, boolean resolvePronouns, boolean target) {
        Optional<PersonMention> m = persons.mentionAt(d.token(n).begin());
        if (m.isPresent()) {
            return nickname(m.get()) ? List.of() : List.of(new Named(m.get().canonical(), false));
        }
        int clause = d.head(n);
        if (RELATIVES.contains(word(n)) && clause >= 0) {
            boolean relative = d.label(clause).equals("acl:relcl") && d.head(clause) >= 0;
            List<Named> head = relative ? persons(d.head(clause), exclude, resolvePronouns) : List.of(); // "Holt, who was attacked by Reid": Holt
            if (head.isEmpty() && n >= 2 && word(n - 1).equals(",") && d.token(n - 2).pos().startsWith("NNP")
                    && persons.mentionAt(d.token(n - 2).begin()).isPresent()) {
                return persons(n - 2, exclude, resolvePronouns); // "less time for Reid, whom he dismisses as": the parser hung it elsewhere
            }
            if (relative) {
                return head;
            }
        }
        if (word(n).equals("whose") && clause >= 0 && d.head(clause) >= 0) {
            int relative = d.head(clause); // "Obama, whose criticism of Trump has sharpened": Obama
            if ((d.label(relative).equals("acl:relcl") || d.label(relative).equals("dep")) && d.head(relative) >= 0) {
                return persons(d.head(relative), exclude, resolvePronouns);
            }
        }
        if (IDENTIFIED.contains(word(n)) && d.label(n).startsWith("nsubj") && clause >= 0 && d.hasChild(clause, "cop")) {
            return persons(clause, exclude, resolvePronouns); // "the one who attacked Reid was Holt"
        }
        if (target && word(n).equals("them")) {
            return coordinatedAntecedent(n, exclude);
        }
        if (!target && word(n).equalsIgnoreCase("their")) {
            List<Named> owners = coordinatedSubject(n, exclude);
            if (!owners.isEmpty()) {
                return owners; // "Holt and Cole have been vocal in their criticism of Reid": both
            }
        }
        if (!target && DEMONSTRATIVES.contains(word(n).toLowerCase(Locale.ROOT)) && d.label(n).equals("nsubj") && d.head(n) >= 0
                && d.hasChild(d.head(n), "cop") && d.head(n) > n) { // "That's a pointed swipe at X": whoever just spoke
            return authorBefore(exclude, true); // not "Reid hit Holt. That was an attack on ..."
        }
        if (target && provocation(n)) { // "Reid said the plan was a sham. That drew an attack from Holt": Reid
            return authorBefore(exclude, false);
        }
        if (isPronoun(n)) {
            if (!resolvePronouns) {
                return target ? parsed.pronouns.reporter(n, exclude).map(r -> List.of(new Named(r, true))).orElse(List.of())
                        : Antecedents.objectOwnedBySubject(parsed, n, exclude)
                        .or(() -> parsed.pronouns.reporter(n, exclude)).or(() -> parsed.pronouns.mainSubject(n, exclude))
                        .map(r -> List.of(new Named(r, true))).orElse(List.of());
            }
            int at = d.token(n).begin();
            Optional<String> owner = target ? Optional.empty() : parsed.pronouns.possessorSubject(n).filter(p -> !exclude.contains(p))
                    .or(() -> Antecedents.askedListener(parsed, n, exclude))
                    .or(() -> Antecedents.objectOwnedBySubject(parsed, n, exclude))
                    .or(() -> Antecedents.possessiveInSentence(parsed, n, exclude))
                    .or(() -> Antecedents.objectOfFirstConjunct(parsed, n, exclude));
            if (owner.isPresent()) {
                return List.of(new Named(owner.get(), true));
            }
            return (target ? parsed.governingArgument(n, exclude).or(() -> parsed.pronouns.mainSubjectOwns(n, exclude))
                    .or(() -> persons.resolveObjectPronoun(at, exclude))
                    .or(() -> parsed.pronouns.onlyOfGender(n, exclude))
                    : persons.resolvePronoun(at, exclude)).map(p -> List.of(new Named(p, true))).orElse(List.of());
        }
        List<Named> family = parsed.groups.family(n, exclude);
        if (!family.isEmpty()) {
            return family; // "She turned on both Comries", "The two Tuohys traded insults"
        }
        List<Named> rivals = parsed.groups.counted(n, exclude);
        if (!rivals.isEmpty()) {
            return rivals; // "X mocked his three rivals", "X came under attack from both of his rivals"
        }
        if (target && parsed.thePair(n)) {
            List<Named> named = parsed.groups.familyBefore(n, exclude); // "both Comries, accusing the pair of ..."
            return named.isEmpty() ? parsed.groups.lastPair(n, exclude) : named;
        }
        if (target && word(n).equals("couple") && d.children(n, "det").stream().anyMatch(c -> word(c).equals("the"))) {
            return parsed.groups.couple(n, exclude);
        }
        if (target && d.token(n).pos().equals("NNS") && OFFICES.containsKey(word(n)) && parsed.groups.definitePair(n, false)) {
            return parsed.groups.officeHolders(n, exclude);
        }
        if (!d.token(n).pos().startsWith("NN") && !(d.token(n).pos().startsWith("JJ") && NOMINAL.contains(d.label(n)))
                && !word(n).equals("one")) { // "One of his backers, the Liberal frontbencher X, criticised"
            return List.of();
        }
        List<Named> appos = new ArrayList<>();
        for (int c : d.children(n)) {
            String l = d.label(c);
            if (l.equals("appos") || l.equals("dep") || l.equals("parataxis") || l.startsWith("nmod") && example(c)) {
                for (int cc : parsed.withConjuncts(List.of(c))) {
                    direct(cc).ifPresent(p -> appos.add(new Named(p, false)));
                }
            }
        }
        if (!appos.isEmpty()) {
            return appos;
        }
        Optional<String> colon = colonApposed(n);
        if (colon.isPresent()) {
            return List.of(new Named(colon.get(), false));
        }
        Optional<String> direct = direct(n);
        if (direct.isPresent()) {
            return List.of(new Named(direct.get(), false));
        }
        if (d.label(n).equals("appos") && d.head(n) >= 0) { // "Sharron Storer, the woman who ..."
            Optional<String> head = direct(d.head(n));
            if (head.isPresent()) {
                return List.of(new Named(head.get(), false));
            }
        }
        if (roleNoun(n)) {
            Optional<String> named = namedAfterComplement(n).or(() -> apposedToHead(n));
            if (named.isPresent()) {
                return List.of(new Named(named.get(), false));
            }
        }
        if (ROLE_NOUNS.contains(word(n)) && parsed.hasDefiniteArticle(n) && d.children(n, "nmod:poss").isEmpty()) {
            return description(n, exclude).map(p -> List.of(new Named(p, true))).orElse(List.of());
        }
        if (target && ADVERSARIES.contains(word(n)) && direct(n).isEmpty()) {
            int first = n;
            while (first > 0 && (d.label(first - 1).equals("compound") || d.label(first - 1).equals("amod"))
                    && d.head(first - 1) >= first && d.head(first - 1) <= n) {
                first--; // "Reform" of "Reform UK opponent" hangs on "UK"
            }
            if (first < n) { // "her Reform UK opponent": the one Reform UK member named before
                List<String> words = new ArrayList<>();
                for (int k = first; k <= n; k++) {
                    words.add(d.token(k).word());
                }
                Optional<String> member = persons.discourse().partyAdversary(d.token(n).begin(), words, exclude);
                if (member.isPresent()) {
                    return List.of(new Named(member.get(), true));
                }
            }
        }
        if (target && word(n).equals("namesake") && !d.children(n, "nmod:poss").isEmpty()) {
            return parsed.groups.namesake(exclude).map(p -> List.of(new Named(p, true))).orElse(List.of());
        }
        return formerPartner(n, exclude).map(p -> List.of(new Named(p, true))).orElse(List.of());
    }

    /**
     * "mocking a familiar target: Jeb Bush", "turned on an old foe: Ann Holt": a common noun for someone, right before a
     * colon that a person's name follows (the parser hangs the name on the verb).
     */
    private Optional<String> colonApposed(int n) {
        if (!d.token(n).pos().startsWith("NN") || d.token(n).pos().startsWith("NNP") || parsed.isSaying(n) || n + 2 >= d.size()
                || !word(n + 1).equals(":")) {
            return Optional.empty();
        }
        return persons.mentionAt(d.token(n + 2).begin()).map(PersonMention::canonical);
    }

    /** Nouns for the one a person competes with: "his rival", "her opponent". */
    static final Set<String> ADVERSARIES = Discourse.ADVERSARIES;

    /** "his rival", "her opponent": an adversary noun owned by a personal pronoun, with no name of its own. */
    boolean ownRival(int n) {
        return ADVERSARIES.contains(word(n)) && d.children(n).stream().noneMatch(c -> d.label(c).equals("appos"))
                && d.children(n, "nmod:poss").stream().anyMatch(c -> word(c).equals("his") || word(c).equals("her"))
                && direct(n).isEmpty();
    }

    /**
     * "That drew an attack from Holt", "This prompted a sharp rebuke from Holt", "The remark drew a rebuke from Holt":
     * "that", "this" or the act the sentence before reports ("said" for "the remark") opening the sentence as the subject
     * of a verb of provoking stands for what the sentences just before reported.
     */
    boolean provocation(int n) {
        String w = word(n);
        int verb = d.head(n);
        return (w.equals("that") || w.equals("this") || ActAuthor.reportedBefore(parsed, n))
                && d.label(n).equals("nsubj") && verb >= 0
                && CriticismRules.PROVOKING.contains(lemma(verb)) && d.children(verb).stream().noneMatch(c -> c < n && !d.label(c).equals("cc")
                        && !d.label(c).equals("advmod") && !d.label(c).equals("punct"));
    }

    /**
     * Whom the sentences just before were about (the act-author's subject), unless in {@code exclude}; with
     * {@code notViolence}, none when that subject's sentence tells of violence.
     */
    private List<Named> authorBefore(Set<String> exclude, boolean notViolence) {
        return ActAuthor.author(doc, s, persons)
                .filter(a -> !notViolence || !CriticismRules.tellsOfViolence(doc.sentenceAt(a.getKey())))
                .map(Map.Entry::getValue).filter(a -> !exclude.contains(a))
                .map(a -> List.of(new Named(a, true))).orElse(List.of());
    }

    /** Words that stand for what the sentences before reported: "That's a swipe at X", "This was an attack on X". */
    static final Set<String> DEMONSTRATIVES = Set.of("that", "this");

    /**
     * "Holt and Cole have been vocal in their criticism of Reid": the named persons of the coordinated subject of the
     * nearest clause above a "their" (at most three steps up), or its named examples ("politicians, including Holt and
     * Cole, ..."); none unless two or more are named.
     */
    private List<Named> coordinatedSubject(int their, Set<String> exclude) {
        int node = d.head(their);
        for (int step = 0; step < 3 && node >= 0; step++, node = d.head(node)) {
            List<Integer> subjects = d.children(node, "nsubj");
            if (subjects.isEmpty()) {
                continue;
            }
            List<Integer> named = new ArrayList<>(subjects);
            for (int subject : subjects) { // "politicians, including Ileana Ros-Lehtinen and Carlos Curbelo, ..."
                d.children(subject).stream().filter(c -> d.label(c).startsWith("nmod") && example(c)).forEach(named::add);
            }
            List<Named> out = new ArrayList<>();
            for (int c : parsed.withConjuncts(named)) {
                persons.mentionAt(d.token(c).begin()).map(PersonMention::canonical).filter(x -> !exclude.contains(x))
                        .ifPresent(x -> out.add(new Named(x, false)));
            }
            return out.size() >= 2 ? out : List.of();
        }
        return List.of();
    }

    /**
     * "Cristiano Ronaldo's ex-girlfriend Irina Shayk has taken a swipe at her former partner": a partner word owned by
     * a "his" or "her" is the person whose partner the sentence named that pronoun's antecedent as, when that
     * antecedent is the other argument ({@code exclude}) and comes with "Y's" and a partner word right before its name.
     */
    private Optional<String> formerPartner(int n, Set<String> exclude) {
        if (!d.token(n).pos().startsWith("NN")) {
            return Optional.empty();
        }
        if (!PARTNERS.contains(partnerWord(word(n)))) {
            return Optional.empty();
        }
        List<Integer> owners = d.children(n, "nmod:poss");
        if (owners.size() != 1 || !(word(owners.get(0)).equals("his") || word(owners.get(0)).equals("her"))) {
            return Optional.empty();
        }
        String gender = genderOf(word(owners.get(0)));
        Set<String> found = new LinkedHashSet<>();
        for (int i = 3; i < owners.get(0); i++) { // "Y 's ex-girlfriend X"
            Optional<PersonMention> x = persons.mentionAt(d.token(i).begin());
            Optional<PersonMention> y = persons.mentionAt(d.token(i - 3).begin());
            if (x.isEmpty() || y.isEmpty() || x.get().begin() != d.token(i).begin() || !PARTNERS.contains(partnerWord(word(i - 1)))
                    || !(word(i - 2).equals("'s") || word(i - 2).equals("\u2019s"))) {
                continue;
            }
            String who = x.get().canonical();
            String partner = y.get().canonical();
            String other = gender.equals("MALE") ? "FEMALE" : "MALE";
            if (exclude.contains(who) && !who.equals(partner) && !persons.gender(who).equals(other)) {
                found.add(partner);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** "ex-girlfriend" and "girlfriend" alike. */
    private static String partnerWord(String w) {
        return w.startsWith("ex-") && w.length() > 3 ? w.substring(3) : w;
    }

    /**
     * "Young sued Ann Holt and other leading Democrats, accusing them of ...": "them" as the object of a cue that hangs
     * on another verb stands for the named persons of a coordination that verb's object or complement holds (or
     * one noun below it: "issued a lawsuit against Holt and Reid"); nothing when no such coordination is there.
     */
    private List<Named> coordinatedAntecedent(int them, Set<String> exclude) {
        int cue = d.head(them);
        int verb = cue < 0 ? -1 : d.head(cue);
        if (verb < 0 || !d.token(verb).pos().startsWith("VB") || verb > cue) {
            return List.of();
        }
        List<Integer> frontier = new ArrayList<>();
        for (int c : d.children(verb)) {
            String l = d.label(c);
            if (c < them && (l.equals("obj") || l.startsWith("obl"))) {
                frontier.add(c);
                for (int cc : d.children(c)) {
                    if (d.label(cc).startsWith("nmod") && !d.label(cc).equals("nmod:poss")) {
                        frontier.add(cc);
                    }
                }
            }
        }
        for (int f : frontier) {
            List<Integer> members = parsed.withConjuncts(List.of(f));
            if (members.size() < 2) {
                continue; // "them" is several: one person alone is not its antecedent
            }
            List<Named> out = new ArrayList<>();
            for (int m : members) {
                direct(m).filter(p -> !exclude.contains(p)).ifPresent(p -> out.add(new Named(p, true)));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * "director of the Victims Trust, Ann Holt,": a role whose name the parser hangs on the last noun of the
     * role's complement; the person in apposition there, set off by a comma.
     */
    private Optional<String> namedAfterComplement(int role) {
        List<Integer> frontier = d.children(role, "nmod");
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int f : frontier) {
                for (int c : d.children(f)) {
                    if (d.label(c).equals("appos") && hasCommaBefore(c)) {
                        Optional<PersonMention> m = persons.mentionAt(d.token(c).begin());
                        if (m.isPresent()) {
                            return Optional.of(m.get().canonical());
                        }
                    }
                    if (d.label(c).startsWith("nmod") && !d.label(c).equals("nmod:poss")) {
                        next.add(c);
                    }
                }
            }
            frontier = next;
        }
        return Optional.empty();
    }

    /**
     * "Mostyn's attack on the health secretary, Huw Carrington, was ...": the name in apposition to a role that the
     * parser hangs on the role's head instead (the cue), right after the role and its comma.
     */
    private Optional<String> apposedToHead(int role) {
        int h = d.head(role);
        if (h < 0) {
            return Optional.empty();
        }
        for (int c : d.children(h, "appos")) {
            if (nameStart(c) == role + 2 && word(role + 1).equals(",")) {
                return persons.mentionAt(d.token(c).begin()).map(PersonMention::canonical);
            }
        }
        return closingName(role);
    }

    /** What may close a name in apposition at the end of a clause. */
    private static final Set<String> CLOSERS = Set.of(".", ";", ")", "!", "?");

    /**
     * "used it to lay into the shadow treasurer, Imogen Prescott-Vane.": the name right after a role and its comma that
     * closes the sentence, however the parser attached it (here as a conjunct of the main verb); never a subject.
     */
    private Optional<String> closingName(int role) {
        int k = role + 2;
        if (k >= d.size() || !word(role + 1).equals(",")) {
            return Optional.empty();
        }
        int c = k;
        while (c + 1 < d.size() && d.label(c).equals("compound") && d.head(c) > c) {
            c++;
        }
        if (nameStart(c) != k || d.label(c).startsWith("nsubj") || c + 1 < d.size() && !CLOSERS.contains(word(c + 1))) {
            return Optional.empty();
        }
        return persons.mentionAt(d.token(c).begin()).map(PersonMention::canonical);
    }

    /** Whether a comma stands right before the name that ends at node {@code c}. */
    private boolean hasCommaBefore(int c) {
        int k = nameStart(c);
        return k > 0 && word(k - 1).equals(",");
    }

    /** Where the name ending at node {@code c} starts: past the compounds right before it ("Huw" of "Huw Carrington"). */
    private int nameStart(int c) {
        int k = c;
        while (k > 0 && d.label(k - 1).equals("compound") && d.head(k - 1) == c) {
            k--;
        }
        return k;
    }

    /** "ministers including Ann Holt", "rivals such as Ann Holt": a named example of a group noun. */
    private boolean example(int n) {
        for (int c : d.children(n, "case")) {
            if (word(c).equals("including") || word(c).equals("such") && d.hasChild(c, "fixed")) {
                return true;
            }
        }
        return false;
    }

    /** A name in quotation marks is a nickname someone gives, not a person named: dubbing Reid "Sir Wastealot". */
    private boolean nickname(PersonMention m) {
        String text = doc.text();
        return m.begin() > 0 && m.end() < text.length() && QUOTES.indexOf(text.charAt(m.begin() - 1)) >= 0
                && QUOTES.indexOf(text.charAt(m.end())) >= 0;
    }

    /**
     * The person a role nominal ("the front-runner") refers to, as PersonIndex resolves it; when the only
     * persons named before it in this sentence are the other argument ({@code exclude}), as if the sentence
     * began with it ("Holt mocked the front-runner": not Holt).
     */
    private Optional<String> description(int n, Set<String> exclude) {
        int offset = d.token(n).begin();
        if (TITLES.contains(word(n))) {
            List<String> role = new ArrayList<>(List.of(word(n)));
            for (int c : d.children(n)) {
                if (d.label(c).equals("amod") || d.label(c).equals("compound")) {
                    role.add(word(c)); // "the Tory leader": a leader named with "Tory"
                }
            }
            Optional<String> titled = persons.resolveTitled(offset, role, exclude);
            if (titled.isPresent()) {
                return titled; // "Sanders has criticized the president" after "President Barack Obama"
            }
        }
        Optional<String> named = RoleNominals.sure(parsed, n, exclude);
        if (named.isPresent()) {
            return named; // "Cable accused the chancellor" long after "Chancellor Gordon Brown"
        }
        boolean onlyExcluded = true;
        for (PersonMention m : persons.mentionsIn(s.begin(), offset)) {
            onlyExcluded &= exclude.contains(m.canonical());
        }
        Optional<String> found = persons.resolveDescription(onlyExcluded ? s.begin() : offset);
        List<String> written = RoleNominals.written(parsed, n);
        return found.filter(p -> !exclude.contains(p) && !titledOtherwise(p, n, offset)
                && !persons.discourse().heldOnlyBelow(p, written)); // "shadow chancellor X" is not "the chancellor"
    }

    /**
     * "The Prime Minister Tony Blair is among those ... The mayor accused Finegold": a title noun ("the mayor") is not
     * the person the sentence before names when the article gives that person another title word ("Prime Minister")
     * and never this one.
     */
    private boolean titledOtherwise(String canonical, int n, int offset) {
        String role = word(n);
        if (!TITLES.contains(role)) {
            return false;
        }
        for (PersonMention m : persons.mentionsIn(0, offset)) {
            if (!m.canonical().equals(canonical)) {
                continue;
            }
            Sentence where = doc.sentences().get(m.sentence());
            Token before = null;
            for (Token t : where.tokens()) {
                if (t.end() <= m.begin()) {
                    before = t;
                }
            }
            if (before != null && before.end() >= m.begin() - 1) {
                String title = before.word().toLowerCase(Locale.ROOT).replace(".", "");
                if (TITLES.contains(title) && !title.isEmpty() && !role.startsWith(title) && !title.startsWith(role)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The person a node names itself, or through the role phrase it heads ("secretary of state Hillary Clinton"). */
    Optional<String> direct(int n) {
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
                            || l.equals("dep") && c == f + 1 + d.children(c, "compound").size()) {
                        // "the Liberal frontbencher Michael Nguyen", the name parsed as a dep right after the role
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

    /** A role word or a noun for a person by role: "the leader", "the minister", "the front-runner". */
    boolean roleNoun(int n) {
        return isRole(n) || ROLE_NOUNS.contains(word(n));
    }

    private boolean isRole(int n) {
        String w = word(n);
        return ROLES.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    /**
     * Whether the article makes it plain that a name is a person's: a full name or a titled one, or a single
     * capitalised word that NER tags as a person wherever it is tagged at all and that no gazetteer knows as a
     * party ("Holt has slammed Reid"). Organisations and places NER recognises stay out.
     */
    boolean isPerson(String canonical) {
        if (persons.isClearlyPerson(canonical)) {
            return true;
        }
        if (canonical.contains(" ") || PartyGazetteer.DEFAULT.isPartyName(canonical)
                || canonical.equals(canonical.toUpperCase(Locale.ROOT))) {
            return false;
        }
        boolean person = false;
        for (Sentence sentence : doc.sentences()) {
            for (Token t : sentence.tokens()) {
                if (t.word().equals(canonical) || t.word().equals(canonical + "'s") || t.word().equals(canonical + "’s")) {
                    if (t.ner().equals("PERSON")) {
                        person = true;
                    } else if (!t.ner().equals("O")) {
                        return false;
                    }
                }
            }
        }
        return person;
    }
}
