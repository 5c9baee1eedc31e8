package org.newskg.extractor.persons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;

/**
 * The discourse of one article, shared by every predicate: who each sentence is about (the named subject
 * of its main clause, or the person owning that subject), what each person's gender is, and who a
 * he/she/him/her refers to. Built once per article by {@link PersonIndex}; a predicate never resolves a
 * pronoun on its own.
 *
 * <p>Genders come from the given name and honorifics ("Mrs Jones"); when an article says neither, from the
 * pronouns that follow a person's name in narration ("Lee ... because she"). Text inside quotation marks is
 * the speakers' words, not narration: names there make no sentence about anyone.
 *
 * <p>A pronoun goes to the latest salient person of its gender before it: the main-clause subject of a
 * sentence, or a speaker the caller knows of (the quote rules pass the speakers they found), within a few
 * paragraphs; when none is, to the first person of its gender named earlier in its sentence or in the
 * nearest of the three sentences before.
 *
 * <p>It reads the article through its {@link TokenView} (sentence bounds, quotation flags, where mentions start),
 * finds each sentence's main-clause subject with {@link ClauseSubjects}, and keeps the titles and parties each
 * person is named with ({@link TitleReader} reads them) in the article's book of titles, {@link Titles}.
 */
public final class Discourse {

    /** How far back (in characters) a pronoun looks for a salient person. */
    static final int WINDOW = 1500;
    /** A role this close (in characters) to the latest salient person is taken to be that person. */
    static final int NEAR = 400;
    /** Marks a role subject that names nobody in the article, followed by its gender ('m', 'f', '?'). */
    private static final String UNNAMED = "\u0000unnamed:";

    private final Doc doc;
    private final List<PersonMention> mentions;
    /** The article's tokens: sentence bounds, quotation flags, where mentions start. */
    private final TokenView tokens;
    /** Where each sentence's main-clause subject is, read from {@link #tokens}. */
    private final ClauseSubjects clauses;
    /** Writes the titles each mention is named with into {@link #book}, read from {@link #tokens}. */
    private final TitleReader titleReader;
    /** 'm', 'f': the gender each person is known or guessed to have. */
    private final Map<String, Character> genders = new HashMap<>();
    /** Persons whose gender is only guessed from a given name ("Lee"), never from an honorific or pronoun. */
    private final Set<String> guessed = new HashSet<>();
    /** Persons named with an honorific ("Mrs Jones") somewhere in the article. */
    private final Set<String> honoured = new HashSet<>();
    /** The named subject of each sentence's main clause, by the character offset of the subject. */
    private final NavigableMap<Integer, String> subjects = new TreeMap<>();
    /** The same, by sentence index. */
    private final Map<Integer, String> subjectOfSentence = new HashMap<>();
    /** Role subjects ("The prime minister said"), by offset: the person so titled, or {@link #UNNAMED}. */
    private final NavigableMap<Integer, String> roles = new TreeMap<>();
    /** The nominals of the role subjects resolved to a person, by offset: checked again as party findings come. */
    private final Map<Integer, Nominal> roleNominals = new HashMap<>();
    /** Role subjects naming a party ("the Fine Gael TD"), by offset, as written: resolved again as party findings come. */
    private final Map<Integer, List<String>> partyRoles = new HashMap<>();
    /** The titles and parties each person is named with, and what a role nominal asks of them. */
    private final Titles book = new Titles();
    /**
     * The speakers named after a quotation in sentences whose main clause names no one ("'...,' said Tom Reid."), by
     * offset: salient only for a he/she who speaks next ("'...,' he added"), not for the narration's.
     */
    private final NavigableMap<Integer, String> quoteSpeakers = new TreeMap<>();
    /** He/she as main-clause subjects, by character offset, with whom they continue (or an unnamed marker). */
    private final NavigableMap<Integer, String> chained = new TreeMap<>();
    /** The same, by sentence index, the persons only (not the unnamed markers). */
    private final Map<Integer, String> chainedOfSentence = new HashMap<>();
    /**
     * Set by {@link #resolveNominal} when it found the salient person but the article gives them the role only in
     * another form ({@link Titles#heldOtherwise}, {@link Titles#onlyFormer}): the role subject is someone else, unnamed; their
     * gender ('m', 'f', '?'), else 0.
     */
    private char notHolder;

    /** The run's party offices held by this article's persons, "party|role" -> persons ({@link #runPartyTitles()}). */
    private final Map<String, Set<String>> runPartyTitles = new HashMap<>();

    /**
     * The party offices the run's other articles make this article's persons hold and the article ties to nobody,
     * as "Conservative Party|leader" -> persons: "the Tory leader" of a piece that calls him only "Mr Howard".
     */
    public Map<String, Set<String>> runPartyTitles() {
        return java.util.Collections.unmodifiableMap(runPartyTitles);
    }

    /**
     * @param runTitles the offices the run's other articles make persons of this article hold, each as title words, by
     *                  canonical name ({@link Offices}): titles the article did not give them
     */
    Discourse(Doc doc, PersonIndex persons, Map<String, List<List<String>>> runTitles) {
        this.doc = doc;
        this.mentions = persons.mentions();
        tokens = new TokenView(doc, mentions);
        clauses = new ClauseSubjects(tokens);
        titleReader = new TitleReader(tokens, book, this::noteParty, genders::putIfAbsent);
        runTitles.forEach((person, offices) -> offices.forEach(words -> {
            book.wordsOf(person).addAll(words);
            Set<String> ranks = new HashSet<>(words);
            ranks.retainAll(Nominal.RANKS); // "deputy prime minister" is not "the prime minister"
            Set<String> parties = TitleReader.parties(words); // "Conservative Leader": the Tory leader
            for (String party : parties) {
                book.addParty(person, party);
                runPartyTitles.computeIfAbsent(party + "|" + words.get(words.size() - 1),
                        k -> new java.util.LinkedHashSet<>()).add(person);
            }
            book.addUse(person, new TitleUse(Set.copyOf(words), Set.copyOf(ranks), parties, Set.of(), false));
        }));
        int n = tokens.size();
        List<Integer> pronounSubjects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PersonMention m = tokens.mentionStarting(i);
            if (m != null) {
                noteGender(m, persons.gender(m.canonical()));
                titleReader.noteTitles(m.canonical(), i);
            }
            if (i == tokens.sentenceStart(i) && (i == 0 || hasVerb(i, tokens.sentenceEnd(i)))) {
                int end = tokens.sentenceEnd(i);
                int subject = clauses.topic(i, end);
                if (subject < 0) {
                    subject = clauses.mainSubject(i, end);
                }
                boolean pronoun = subject == ClauseSubjects.PRONOUN_SUBJECT;
                int role = subject < 0 && !pronoun ? clauses.roleSubject(i, end) : -1;
                if (subject < 0 && !pronoun && role < 0) {
                    subject = clauses.possessor(i);
                }
                if (subject < 0 && !pronoun && role < 0) {
                    subject = clauses.agent(i, end);
                }
                if (subject >= 0) {
                    subjects.put(tokens.token(subject).begin(), tokens.mentionStarting(subject).canonical());
                    subjectOfSentence.put(tokens.token(i).sentence(), tokens.mentionStarting(subject).canonical());
                } else if (role >= 0) {
                    noteRoleSubject(role, false);
                } else if (pronoun) {
                    pronounSubjects.add(clauses.pronounSubject());
                } else {
                    // "He said that ... Mr X may be interviewed": X is no new topic; the chain stays with "he"
                    int inner = clauses.clauseSubject(i, end);
                    int speaker = inner < 0 ? clauses.quotedSpeaker(i, end) : -1;
                    int unnamed = inner < 0 && speaker < 0 ? clauses.quotedRoleSpeaker(i, end) : -1;
                    int introduced = inner < 0 && speaker < 0 && unnamed < 0 ? clauses.introduced(i, end) : -1;
                    if (inner >= 0) {
                        subjects.put(tokens.token(inner).begin(), tokens.mentionStarting(inner).canonical());
                    } else if (speaker >= 0) {
                        quoteSpeakers.put(tokens.token(speaker).begin(), tokens.mentionStarting(speaker).canonical());
                    } else if (unnamed >= 0) {
                        noteRoleSubject(unnamed, true); // "'...,' said the woman. '...,' she said": not someone named before
                    } else if (introduced >= 0) {
                        subjects.put(tokens.token(introduced).begin(), tokens.mentionStarting(introduced).canonical());
                    }
                }
            }
        }
        guessGendersFromPronouns();
        chainPronounSubjects(pronounSubjects);
    }

    /**
     * Whether the sentence from token {@code from} to {@code end} has a verb outside quotation marks: a line without
     * one past the first ("Above, David Cameron and Nick Clegg outside No 10 after the 2010 election.", a
     * photo's caption run into the text) has no subject a later "he" continues.
     */
    private boolean hasVerb(int from, int end) {
        for (int k = from; k < end; k++) {
            if (!tokens.quoted(k) && tokens.isVerb(k)) {
                return true; // any verb: the tagger often takes a past tense after an appositive for a participle
            }
        }
        return false;
    }

    /**
     * "He criticized Reid. He also attacked Holt.": a he/she that is a main clause's subject continues whoever it
     * refers to, so a chain of such sentences resolves every link to the same person, however far the chain runs
     * from the name and whoever is named inside it. A link nobody can be named for (the sentence before named
     * several men) is an unnamed subject: the links after it are not given to a man named in between.
     */
    private void chainPronounSubjects(List<Integer> pronouns) {
        java.util.NavigableMap<Integer, String> none = java.util.Collections.emptyNavigableMap();
        for (int j : pronouns) {
            int at = tokens.token(j).begin();
            char g = genderOf(tokens.lower(j));
            String referent = resolvePronoun(at, Set.of(), none).orElse(UNNAMED + g);
            chained.put(at, referent);
            if (!referent.startsWith(UNNAMED)) {
                chainedOfSentence.put(tokens.token(j).sentence(), referent);
            }
        }
    }

    // ---------------------------------------------------------------- API

    /**
     * The person a third-person pronoun at {@code offset} refers to, skipping the persons in {@code exclude}
     * (canonical names: the other argument of the verb, the persons named in the words the pronoun speaks)
     * and counting the {@code speakers} the caller found (character offset -> canonical name) as salient.
     */
    public Optional<String> resolvePronoun(int offset, Set<String> exclude, NavigableMap<Integer, String> speakers) {
        char want = genderOf(pronounAt(offset));
        if (want == '?') {
            return Optional.empty();
        }
        Optional<String> turned = inTurn(offset, want, exclude);
        if (turned.isPresent()) {
            return turned;
        }
        NavigableMap<Integer, String> salient = new TreeMap<>(subjects);
        int at = tokens.indexAt(offset);
        if (at >= 0 && ClauseSubjects.saying(tokens, at + 1)) {
            salient.putAll(quoteSpeakers); // "'...,' said Tom Reid. '...,' he added."
        }
        salient.putAll(roles);
        salient.putAll(chained);
        salient.putAll(speakers);
        for (Map.Entry<Integer, String> e = salient.lowerEntry(offset); e != null && offset - e.getKey() <= WINDOW;
                e = salient.lowerEntry(e.getKey())) {
            if (e.getValue().startsWith(UNNAMED)) {
                char g = e.getValue().charAt(UNNAMED.length());
                if (g == '?' || g == want) {
                    return Optional.empty(); // the unnamed spokeswoman just before: nobody we can name
                }
                continue;
            }
            if (compatible(e.getValue(), want) && !exclude.contains(e.getValue())) {
                String found = e.getValue();
                return newcomer(offset, e.getKey(), found, want, exclude).or(() -> Optional.of(found));
            }
        }
        return named(offset, want, exclude);
    }

    /**
     * "Last month Holt mocked Reid's proposal, and he in turn accused her of ...": a he/she followed by "in turn" answers
     * the clause before, so it is the person that clause's subject acted on: the latest person named after that subject
     * (in this sentence or the one before), of the pronoun's gender, not the subject and not excluded; else nothing.
     */
    private Optional<String> inTurn(int offset, char want, Set<String> exclude) {
        int at = tokens.indexAt(offset);
        int k = at + 1;
        if (at < 0 || k + 2 >= tokens.size()) {
            return Optional.empty();
        }
        if (",".equals(tokens.lower(k))) {
            k++;
        }
        if (!"in".equals(tokens.lower(k)) || !"turn".equals(tokens.lower(k + 1))) {
            return Optional.empty();
        }
        NavigableMap<Integer, String> actors = new TreeMap<>(subjects);
        actors.putAll(chained);
        actors.putAll(roles);
        Map.Entry<Integer, String> actor = actors.lowerEntry(offset);
        int here = doc.sentenceAt(offset).index();
        if (actor == null || doc.sentenceAt(actor.getKey()).index() < here - 1) {
            return Optional.empty();
        }
        for (int m = mentions.size() - 1; m >= 0; m--) {
            PersonMention p = mentions.get(m);
            if (p.end() > offset || p.begin() <= actor.getKey()) {
                continue;
            }
            String name = p.canonical();
            if (!name.equals(actor.getValue()) && compatible(name, want) && !exclude.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * "He must remember his clash with Ann Holt, the woman who harangued him. 'You do nothing,' she told him.": when
     * the salient person of the pronoun's gender was the topic before the sentence just before, and that sentence,
     * about someone of the other gender, names others who may be of the pronoun's gender, the first of them known to be
     * and not joined to the next by "and" ("Ruhle asked Flynn to describe Putin. He did not": the one asked, named
     * first), and the pronoun's own sentence none before it, and that sentence not the salient person too, the pronoun
     * is that newcomer.
     */
    private Optional<String> newcomer(int offset, int salientAt, String salient, char want, Set<String> exclude) {
        int here = doc.sentenceAt(offset).index();
        int before = tokens.previousNarrated(here);
        if (before < 0 || salientAt >= doc.sentences().get(before).tokens().get(0).begin()
                || !namedIn(here, offset, want, exclude).isEmpty()) {
            return Optional.empty();
        }
        String topic = aboutWhom(before).orElse(null);
        char other = want == 'm' ? 'f' : 'm';
        if (topic == null ? unnamedSubject(before) != other : gender(topic) != other) {
            return Optional.empty();
        }
        Set<String> inBefore = namedIn(before, offset, want, exclude);
        if (inBefore.contains(salient)) {
            return Optional.empty(); // "She asked Sanders about the Obama years. He began ...": still Sanders
        }
        List<String> found = inBefore.stream().filter(name -> !inRelativeAfter(before, name, inBefore)).toList();
        if (found.isEmpty() || gender(found.get(0)) != want
                || found.size() > 1 && coordinated(before, found.get(0), found.get(1))) {
            return Optional.empty(); // "his clash with Mary Jones and Kim Vale": either
        }
        return Optional.of(found.get(0)); // "Ruhle asked Flynn to describe Putin. He did not": the one asked
    }

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "nor");

    /** Whether the first mentions of {@code a} and {@code b} in sentence {@code si} are joined by and, or, nor. */
    private boolean coordinated(int si, String a, String b) {
        int from = -1;
        for (PersonMention m : mentions) {
            if (m.sentence() != si) {
                continue;
            }
            int first = tokens.indexAt(m.begin());
            if (first < 0) {
                continue;
            }
            if (from < 0 && m.canonical().equals(a)) {
                from = tokens.endOfMention(first) + 1;
            } else if (from >= 0 && m.canonical().equals(b)) {
                for (int k = from; k < first; k++) {
                    if (CONJUNCTIONS.contains(tokens.lower(k))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * "... came under fire from Dame Ann Holt, the former chancellor, who is backing Jane Reid.": whether every mention
     * of {@code name} in sentence {@code si} stands in a relative clause (", who", ", whose") opened after the mention of
     * another of {@code named}: background to that person, not a newcomer of its own.
     */
    private boolean inRelativeAfter(int si, String name, Set<String> named) {
        int firstOther = -1;
        for (PersonMention m : mentions) {
            if (m.sentence() == si && named.contains(m.canonical()) && !m.canonical().equals(name)) {
                firstOther = tokens.indexAt(m.begin());
                break;
            }
        }
        if (firstOther < 0) {
            return false;
        }
        boolean any = false;
        for (PersonMention m : mentions) {
            if (m.sentence() != si || !m.canonical().equals(name)) {
                continue;
            }
            int at = tokens.indexAt(m.begin());
            boolean relative = false;
            for (int k = firstOther + 1; k + 1 < at && !relative; k++) {
                relative = ",".equals(tokens.lower(k)) && ("who".equals(tokens.lower(k + 1)) || "whose".equals(tokens.lower(k + 1)));
            }
            if (!relative) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * The person named latest before {@code offset} (within {@value #WINDOW} characters) with all these title or
     * role words ("President Barack Obama", "Tom Reid, the Labour senator,"), not excluded, and not a deputy,
     * vice or shadow one unless asked ("the chancellor" is not "shadow chancellor Ann Holt"): who "the president" or "the Tory leader" in an argument of a cue is.
     */
    public Optional<String> titled(int offset, List<String> role, Set<String> exclude) {
        Set<String> want = new HashSet<>();
        role.forEach(w -> want.add(seat(TitleReader.title(w.toLowerCase(Locale.ROOT)))));
        for (int k = mentions.size() - 1; k >= 0; k--) {
            PersonMention m = mentions.get(k);
            if (m.end() > offset || offset - m.begin() > WINDOW) {
                continue;
            }
            Set<String> has = new HashSet<>();
            book.words(m.canonical()).forEach(w -> has.add(seat(w)));
            if (!exclude.contains(m.canonical()) && has.containsAll(want)
                    && (want.contains("deputy") || !has.contains("deputy")) && (want.contains("vice") || !has.contains("vice"))
                    && (want.contains("shadow") || !has.contains("shadow"))) {
                return Optional.of(m.canonical());
            }
        }
        return Optional.empty();
    }

    /** One word for a seat however it is written: "the congressman" is the one named "Rep. Frank DiMarco". */
    private static String seat(String role) {
        return role.equals("congressman") || role.equals("congresswoman") ? "representative" : role;
    }

    /**
     * Whether the article gives {@code person} the role of a nominal (the words as written) only with a rank below it:
     * "shadow chancellor X" is not "the chancellor" ({@link Titles#heldOnlyBelow}).
     */
    public boolean heldOnlyBelow(String person, List<String> words) {
        Nominal n = Nominal.of(words);
        return n != null && book.heldOnlyBelow(person, n);
    }

    /**
     * Whether a role nominal ("the Liberal minister", "the Tory leader") may describe {@code person} by a title the article
     * gave them: see {@link Titles#partyFits}.
     */
    public boolean partyFits(String person, List<String> words) {
        return book.partyFits(person, Nominal.of(words));
    }

    /**
     * Records that the article makes {@code person} a member of {@code party} (a canonical party name): the party
     * context a role nominal ("the Tory leader") is checked against. The membership rules' findings are passed
     * here before the other predicates run.
     */
    public void noteParty(String person, String party) {
        book.addParty(person, party);
        // "The Tory leader said" taken for X before the membership rules found X in Labour: nobody we can name
        roleNominals.forEach((at, n) -> {
            if (person.equals(roles.get(at)) && !n.parties().isEmpty() && !n.ranks().contains("former")
                    && !book.member(person, n.parties())) {
                roles.put(at, UNNAMED + "?");
            }
        });
        // "the Fine Gael TD paused" with nobody so titled: the one member of the party named before, now it is known
        partyRoles.forEach((at, written) -> {
            String before = roles.get(at);
            if (before == null || before.startsWith(UNNAMED)) {
                Optional<String> member = soleMember(at, Nominal.of(written), Set.of());
                if (member.isPresent() && resolveNominal(at, written, Set.of(), java.util.Collections.emptyNavigableMap())
                        .equals(member)) {
                    roles.put(at, member.get());
                    roleNominals.put(at, Nominal.of(written));
                }
            }
        });
    }

    /**
     * The person a role nominal stands for: "the Conservative leader", "the senator", "the Nevada Democrat",
     * "the former chancellor", "the ex-Mayor", the words as written starting at {@code offset} (a determiner
     * may lead). One resolver for every predicate:
     * <ol>
     * <li>the one person named earlier in the article with all its role words ("Tory leader X", "X, the
     * senator,", "Lord X" for "the peer") and, when it names a party, a member of that party; of several, the
     * one its other words and rank fit ("Texas", "ex-"), else the subject of its sentence or the one before among them, else
     * nobody. Each title is read as written with the name: a bare rank fits only a title holding it without a
     * rank the nominal lacks ("the chancellor" is not "shadow chancellor X"; it is "Tory leader X, the former
     * chancellor," only if X is also named chancellor plainly), and a party nominal not one whose party branch it
     * does not say ("the Labour leader" is not "X, the Scottish Labour leader,");</li>
     * <li>when nobody was named with the role: the salient person (the main-clause subject of its sentence or
     * the one before, else the subject or speaker just before with nobody else named between), provided the
     * article makes them a member of the nominal's party when it names one ("the Lib Dem spokesman" is no one
     * else), their gender fits ("the spokeswoman"), the article does not set them apart from the role ("X
     * told the judge": X is not "the judge"), and they do not hold the role only in another form: every title of
     * theirs with the nominal's head has a shadow, deputy or vice rank it lacks, another party or branch, or is
     * a role "of" an institution when the nominal names a party ("X, Leader of the Commons," for "the Tory
     * leader"); a "former" title bars them only when the article names someone else with the role as it
     * stands. A salient person never titled with the head is taken as before.</li>
     * <li>when neither gives anyone, for a party's seat ("the Fine Gael TD"): the one member of that party named
     * before ({@link #soleMember}).</li>
     * </ol>
     * Persons in {@code exclude} are skipped; {@code speakers} (offset -> canonical name) count as salient.
     */
    public Optional<String> resolveNominal(int offset, List<String> words, Set<String> exclude,
            NavigableMap<Integer, String> speakers) {
        notHolder = 0;
        Nominal n = Nominal.of(words);
        if (n == null) {
            return Optional.empty();
        }
        return holderOrSalient(offset, n, exclude, speakers).or(() -> soleMember(offset, n, exclude));
    }

    /** Steps 1 and 2 of {@link #resolveNominal}. */
    private Optional<String> holderOrSalient(int offset, Nominal n, Set<String> exclude,
            NavigableMap<Integer, String> speakers) {
        if (!n.roles().isEmpty() || !n.parties().isEmpty()) {
            Set<String> fit = new java.util.LinkedHashSet<>();
            for (int k = mentions.size() - 1; k >= 0; k--) {
                PersonMention m = mentions.get(k);
                if (m.begin() < offset && !exclude.contains(m.canonical()) && book.fits(m.canonical(), n)) {
                    fit.add(m.canonical());
                }
            }
            if (fit.size() == 1) {
                return Optional.of(fit.iterator().next());
            }
            if (fit.size() > 1) {
                List<String> narrowed = fit.stream().filter(p -> {
                    Set<String> has = book.words(p);
                    return has.containsAll(n.qualifiers()) && has.containsAll(n.ranks());
                }).toList();
                if (narrowed.size() == 1) {
                    return Optional.of(narrowed.get(0));
                }
                return sentenceSubject(offset, exclude).filter(fit::contains);
            }
        }
        if (!n.salient()) {
            return Optional.empty(); // "the Lib Dem spokesman": only someone the article named so
        }
        int here = doc.sentenceAt(offset).index();
        Optional<String> subject = aboutWhom(here).filter(p -> !exclude.contains(p));
        boolean other = false;
        if (subject.isPresent() && commandedBy(subject.get(), offset)) {
            // "Trump took on Clinton after the Democratic front-runner had said ...": not Trump; the one his clause
            // names besides him, when only one is named, fits as any salient person must
            subject = mainClauseOther(subject.get(), offset, exclude);
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            other = true;
        }
        int since = here;
        int before = tokens.previousNarrated(here);
        if (subject.isEmpty() && before >= 0) {
            subject = aboutWhom(before).filter(p -> !exclude.contains(p));
            since = before;
        }
        if (subject.isEmpty()) {
            NavigableMap<Integer, String> salient = new TreeMap<>(subjects);
            chained.forEach((at, p) -> {
                if (!p.startsWith(UNNAMED)) {
                    salient.put(at, p);
                }
            });
            salient.putAll(speakers);
            Map.Entry<Integer, String> last = salient.lowerEntry(offset);
            while (last != null && exclude.contains(last.getValue())) {
                last = salient.lowerEntry(last.getKey());
            }
            if (last == null || offset - last.getKey() > NEAR
                    || namedBetween(last.getKey(), offset, last.getValue(), exclude)) {
                return Optional.empty();
            }
            subject = Optional.of(last.getValue());
            since = doc.sentenceAt(last.getKey()).index();
        }
        String p = subject.get();
        if (!compatible(p, n.gender()) || setApart(p, n, offset) || book.otherState(p, n)) {
            return Optional.empty(); // "the Texas senator" is not the salient senator from Florida
        }
        if (book.heldOtherwise(p, n) || book.onlyFormer(p, n)) {
            notHolder = gender(p);
            return Optional.empty();
        }
        if (!n.parties().isEmpty() && !book.member(p, n.parties())) {
            // "Blair has failed, Howard said. 'Britain is heading in the wrong direction,' the Conservative leader
            // said": a party nominal goes to a person of unknown party only when nobody else was named since (the
            // one other person of a clause whose subject cannot be the nominal is alone as it is: "Trump took on
            // Clinton after the Democratic front-runner had said"); a former one ("the former Liberal leader") to
            // someone of another party too, as parties merge and change names
            boolean clash = !book.parties(p).isEmpty() && !n.ranks().contains("former");
            if (clash || !other && !soleSalient(p, since, offset, speakers)) {
                return Optional.empty();
            }
        }
        return subject;
    }

    /**
     * Words that open a clause under the main one: a role nominal right after one of them, the subject of that clause,
     * with the main clause's named subject before it, is not that subject ("Trump attacked Clinton after the senator
     * said ...", "Reid said that the minister had lied").
     */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "because", "since", "when", "while",
            "although", "until", "unless", "once", "whereas", "that");

    /**
     * Whether the role nominal at {@code offset} opens a subordinate clause (a subordinator right before it, not in a
     * quotation) of a sentence whose named main-clause subject {@code person} is named before it: a description in a
     * clause that name commands does not stand for it.
     */
    private boolean commandedBy(String person, int offset) {
        int at = tokens.indexAt(offset);
        return namedSubjectBefore(person, offset).isPresent() && at > 0 && !tokens.quoted(at - 1)
                && SUBORDINATORS.contains(tokens.lower(at - 1));
    }

    /** Where {@code person} was last named as a main-clause subject in the sentence at {@code offset}, before it. */
    private Optional<Integer> namedSubjectBefore(String person, int offset) {
        return subjects.subMap(doc.sentenceAt(offset).begin(), offset).entrySet().stream()
                .filter(e -> e.getValue().equals(person)).reduce((a, b) -> b).map(Map.Entry::getKey);
    }

    /**
     * The one person other than {@code subject} named between the subject's name and the nominal at {@code offset}
     * ("Trump took on Clinton on Sunday after ...": Clinton), not excluded; else empty.
     */
    private Optional<String> mainClauseOther(String subject, int offset, Set<String> exclude) {
        int from = namedSubjectBefore(subject, offset).orElse(doc.sentenceAt(offset).begin());
        Set<String> others = new java.util.LinkedHashSet<>();
        for (PersonMention m : mentions) {
            if (m.begin() > from && m.begin() < offset && !m.canonical().equals(subject)
                    && !exclude.contains(m.canonical())) {
                others.add(m.canonical());
            }
        }
        return others.size() == 1 ? Optional.of(others.iterator().next()) : Optional.empty();
    }

    /** The role words of a seat any member of a party may hold: "the Fine Gael TD", "the Labour MP", "the GOP senator". */
    private static final Set<String> SEATS = Set.of("mp", "td", "msp", "mla", "ms", "am", "mep", "senator", "councillor",
            "lawmaker", "legislator", "politician", "member", "congressman", "congresswoman", "representative",
            "backbencher", "assemblyman", "assemblywoman");

    /**
     * "Fianna Fáil TD X was joined by Fine Gael's Y. ... the Fine Gael TD paused": a party's seat ({@link #SEATS}), no
     * rank, nobody named with it in that party: the one person named earlier (within {@value #WINDOW} characters) whom
     * the article makes a member of the party, of a fitting gender; empty when none or several are.
     */
    private Optional<String> soleMember(int offset, Nominal n, Set<String> exclude) {
        if (n.parties().isEmpty() || n.roles().isEmpty() || !SEATS.containsAll(n.roles()) || !n.ranks().isEmpty()) {
            return Optional.empty();
        }
        return membersBefore(offset, n, exclude);
    }

    /** Nouns for the one a person competes with, after a party: "her Reform UK opponent", "his Labour rival". */
    public static final Set<String> ADVERSARIES = Set.of("opponent", "rival", "challenger", "adversary");

    /**
     * "Mrs Lyle took aim at her Reform UK opponent": an adversary noun after a party (the words as written, the
     * possessive left out) is the one person named before {@code offset} (within {@value #WINDOW} characters) whom the
     * article makes a member of that party, other than {@code exclude}; empty when none or several are.
     */
    public Optional<String> partyAdversary(int offset, List<String> written, Set<String> exclude) {
        Nominal n = Nominal.of(written);
        if (n == null || n.parties().isEmpty() || n.roles().isEmpty() || !ADVERSARIES.containsAll(n.roles())
                || !n.ranks().isEmpty()) {
            return Optional.empty();
        }
        return membersBefore(offset, n, exclude);
    }

    /** The one person named before {@code offset} whom the article makes a member of the nominal's party, of its gender. */
    private Optional<String> membersBefore(int offset, Nominal n, Set<String> exclude) {
        Set<String> members = new HashSet<>();
        for (PersonMention m : mentions) {
            if (m.begin() < offset && offset - m.begin() <= WINDOW && !exclude.contains(m.canonical())
                    && book.member(m.canonical(), n.parties()) && compatible(m.canonical(), n.gender())) {
                members.add(m.canonical());
            }
        }
        return members.size() == 1 ? Optional.of(members.iterator().next()) : Optional.empty();
    }

    /** The gender of the he/she subject of sentence {@code sentence} that continues an unnamed person ("the prime minister ... He"), else 0. */
    private char unnamedSubject(int sentence) {
        for (Map.Entry<Integer, String> e : chained.entrySet()) {
            if (e.getValue().startsWith(UNNAMED) && doc.sentenceAt(e.getKey()).index() == sentence) {
                return e.getValue().charAt(UNNAMED.length());
            }
        }
        return 0;
    }

    /** Whom sentence {@code sentence} is about: its named main-clause subject, else the person its he/she continues. */
    private Optional<String> aboutWhom(int sentence) {
        return subjectOf(sentence).or(() -> Optional.ofNullable(chainedOfSentence.get(sentence)));
    }

    /**
     * Whether {@code person} is the only salient person (a main-clause subject or a speaker, not someone spoken
     * of: "Rubio ripped into Obama") from sentence {@code since} up to {@code offset}.
     */
    private boolean soleSalient(String person, int since, int offset, NavigableMap<Integer, String> speakers) {
        int from = doc.sentences().get(since).tokens().get(0).begin();
        NavigableMap<Integer, String> salient = new TreeMap<>(subjects.subMap(from, offset));
        salient.putAll(speakers.subMap(from, offset));
        return salient.values().stream().allMatch(person::equals);
    }

    /** The named main-clause subject of the sentence at {@code offset}, else of the sentence before, not excluded. */
    private Optional<String> sentenceSubject(int offset, Set<String> exclude) {
        Sentence here = doc.sentenceAt(offset);
        Optional<String> subject = subjectOf(here.index()).filter(p -> !exclude.contains(p));
        int before = tokens.previousNarrated(here.index());
        if (subject.isEmpty() && before >= 0) {
            subject = subjectOf(before).filter(p -> !exclude.contains(p));
        }
        return subject;
    }

    /**
     * Whether someone other than {@code person} is named in narration between the two offsets, not counting the
     * persons in {@code exclude} ("Hodgson called Kane up. Kane has scored 26 goals. England's head coach said:
     * 'Kane ...'": Kane, of whom the quote speaks, does not stand between the coach and Hodgson).
     */
    private boolean namedBetween(int from, int to, String person, Set<String> exclude) {
        for (PersonMention m : mentions) {
            if (m.begin() > from && m.begin() < to && !m.canonical().equals(person) && !exclude.contains(m.canonical())
                    && !tokens.quotedAt(m.begin())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Brafman made it clear to the judge ...", "Cable said the chancellor had failed": an earlier sentence
     * names {@code person} beside the nominal's head as someone else (not in apposition: "the prime minister,
     * Tony Blair,"), so {@code person} is not the one the nominal means.
     */
    private boolean setApart(String person, Nominal n, int offset) {
        if (book.words(person).contains(n.head())) {
            return false;
        }
        int here = doc.sentenceAt(offset).index();
        for (int k = 0; k < tokens.size() && tokens.token(k).begin() < offset; k++) {
            if (tokens.token(k).sentence() >= here) {
                break;
            }
            if (tokens.quoted(k) || tokens.mentionStartOf(k) >= 0 || !n.head().equals(TitleReader.title(tokens.lower(k)))
                    || !tokens.isNoun(k)) {
                continue;
            }
            int first = k;
            while (first - 1 >= tokens.sentenceStart(k) && (tokens.isNoun(first - 1) || "JJ".equals(tokens.pos(first - 1)))
                    && tokens.mentionStartOf(first - 1) < 0) {
                first--;
            }
            if (first - 1 < tokens.sentenceStart(k) || !"the".equals(tokens.lower(first - 1))
                    || first - 2 >= tokens.sentenceStart(k) && "as".equals(tokens.lower(first - 2)) // "X spoke as the nominee"
                    || k + 1 < tokens.sentenceEnd(k)
                    && ("POS".equals(tokens.pos(k + 1)) || tokens.mentionStartOf(k + 1) >= 0)) {
                continue; // "the prime minister's spokesman", "the chancellor Gordon Brown"
            }
            for (int j = tokens.sentenceStart(k); j < tokens.sentenceEnd(k); j++) {
                PersonMention m = tokens.mentionStarting(j);
                if (m == null || !m.canonical().equals(person)) {
                    continue;
                }
                int e = tokens.endOfMention(j);
                boolean apposed = e + 2 == first - 1 && ",".equals(tokens.token(e + 1).word())
                        || j - 1 == k + 1 && ",".equals(tokens.token(k + 1).word()) || e + 1 == first - 1;
                if (!apposed) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The named main-clause subjects of the article, by character offset: what a later "he" refers to. */
    public NavigableMap<Integer, String> subjects() {
        return java.util.Collections.unmodifiableNavigableMap(subjects);
    }

    /** The main-clause subject of sentence {@code sentence} when it is a named person. */
    public Optional<String> subjectOf(int sentence) {
        return Optional.ofNullable(subjectOfSentence.get(sentence));
    }

    /** 'm', 'f' or '?': what the name, honorifics and the pronouns of the article say of a person's gender. */
    public char gender(String canonical) {
        return genders.getOrDefault(canonical, '?');
    }

    /** Whether the gender of a person rests on the given name alone ("Lee"): a weaker clue than "Mrs" or "she". */
    public boolean genderOnlyFromGivenName(String canonical) {
        return guessed.contains(canonical);
    }

    // ---------------------------------------------------------------- resolution

    /** Whether a noun for a person ("spokeswoman", "chairman") fits what the article says of {@code person}'s sex. */
    public boolean genderFits(String person, String noun) {
        return compatible(person, TitleReader.genderOf(noun));
    }

    private boolean compatible(String person, char want) {
        char g = gender(person);
        if (want == '?') {
            return true;
        }
        return g == '?' || g == want;
    }

    /**
     * The one person of the pronoun's gender named in narration earlier in its sentence, not excluded; empty
     * when none or several are, or the word at {@code offset} is no personal pronoun.
     */
    public Optional<String> namedInSentence(int offset, Set<String> exclude) {
        char want = genderOf(pronounAt(offset));
        if (want == '?' || tokens.quotedAt(offset)) {
            return Optional.empty();
        }
        Sentence here = doc.sentenceAt(offset);
        Set<String> found = namedIn(here.index(), offset, want, exclude);
        if (found.size() != 1) {
            return Optional.empty();
        }
        String one = found.iterator().next();
        int named = mentions.stream().filter(m -> m.sentence() == here.index() && m.canonical().equals(one))
                .mapToInt(PersonMention::begin).min().orElse(offset);
        for (Token t : here.tokens()) {
            if (t.begin() < named && genderOf(t.word().toLowerCase(Locale.ROOT)) == want) {
                return Optional.empty(); // "He attacked Mr. Reid's record after Ms. Holt accused him": him is he
            } // not "When Mr Reid claimed his plan worked, Ms Holt chided him": "his" is Reid's too
        }
        return Optional.of(one);
    }

    /**
     * The one person of the gender named in narration earlier in the pronoun's sentence, else in the nearest
     * of the three sentences before that names any; empty when that sentence names several: precision first.
     */
    private Optional<String> named(int offset, char want, Set<String> exclude) {
        Sentence here = doc.sentenceAt(offset);
        for (int si = here.index(); si >= Math.max(0, here.index() - 3); si--) {
            Set<String> found = namedIn(si, offset, want, exclude);
            if (!found.isEmpty()) {
                return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The persons of the gender named in narration in sentence {@code si} before {@code offset}, not excluded. */
    private Set<String> namedIn(int si, int offset, char want, Set<String> exclude) {
        Set<String> found = new java.util.LinkedHashSet<>();
        for (PersonMention m : mentions) {
            if (m.sentence() == si && m.end() <= offset && !tokens.quotedAt(m.begin()) && !exclude.contains(m.canonical())
                    && compatible(m.canonical(), want)) {
                found.add(m.canonical());
            }
        }
        return found;
    }

    /**
     * Whether {@code offset} falls inside a quotation that opened before it ("“It was unseemly: Alan tried to torpedo
     * her endorsement. He kept calling her a liar"): there a "he" is whoever the speaker means.
     */
    public boolean insideQuote(int offset) {
        return tokens.insideQuote(offset);
    }

    private static char genderOf(String pronoun) {
        return switch (pronoun) {
            case "he", "him", "his", "himself" -> 'm';
            case "she", "her", "hers", "herself" -> 'f';
            default -> '?';
        };
    }

    private String pronounAt(int offset) {
        int e = offset;
        while (e < doc.text().length() && Character.isLetter(doc.text().charAt(e))) {
            e++;
        }
        return doc.text(offset, e).toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- role subjects

    /**
     * A role subject stands for the person {@link #resolveNominal} finds ("Prime Minister X" for "the prime
     * minister"); when nobody is, an office or a plain person noun stands for an unnamed person whom
     * a later he/she may mean ("The spokeswoman said ... She said"), so that the pronoun does not fall back
     * to someone named before; an epithet ("the Labour veteran") changes nothing. {@code unnamedOnly}: a speaker after a
     * quotation ("'...,' said the woman"), noted only when it names nobody ({@link ClauseSubjects#quotedRoleSpeaker}).
     */
    private void noteRoleSubject(int head, boolean unnamedOnly) {
        int first = head;
        while (first - 1 >= 0 && !ClauseSubjects.DETERMINERS.contains(tokens.lower(first - 1))) {
            first--;
        }
        List<String> written = new ArrayList<>();
        for (int k = first; k <= head; k++) {
            written.add(tokens.token(k).word());
        }
        Nominal nominal = Nominal.of(written);
        if (nominal != null && !nominal.parties().isEmpty()) {
            partyRoles.put(tokens.token(first).begin(), written); // "the Fine Gael TD": again once parties are known
        }
        String who = resolveNominal(tokens.token(first).begin(), written, Set.of(),
                java.util.Collections.emptyNavigableMap()).orElse(null);
        if (who != null && unnamedOnly) {
            return;
        }
        if (who != null) {
            roles.put(tokens.token(first).begin(), who);
            roleNominals.put(tokens.token(first).begin(), nominal);
            return;
        }
        String noun = tokens.lower(head);
        if (RoleWords.SPEAKER.words().contains(noun) && !RoleWords.TITLE.words().contains(noun)) {
            return; // "The Labour veteran insisted": an epithet for someone already named, not a new person
        }
        char g = noun.endsWith("woman") || noun.endsWith("women") ? 'f'
                : noun.endsWith("man") || noun.endsWith("men") ? 'm' : '?';
        if (g == '?' && notHolder != 'm' && notHolder != 'f') {
            return; // "The prime minister said" with nobody so titled: too often a named person after all
        }
        if (g == '?') {
            g = notHolder; // the salient man is not the prime minister: a later "he" is not him, a "she" unaffected
        }
        roles.put(tokens.token(first).begin(), UNNAMED + g);
    }

    // ---------------------------------------------------------------- genders

    /** What the name says of the person's gender, else an honorific written with the name ("Mrs Jones"). */
    private void noteGender(PersonMention m, String g) {
        String first = m.surface().split("[\\s.]", 2)[0].toLowerCase(Locale.ROOT);
        NameLexicon.Gender h = NameLexicon.DEFAULT.honorificGender(first);
        boolean honorific = h != NameLexicon.Gender.UNKNOWN;
        if (honorific) {
            guessed.remove(m.canonical());
            honoured.add(m.canonical());
        } else if (!honoured.contains(m.canonical()) && ("MALE".equals(g) || "FEMALE".equals(g))) {
            guessed.add(m.canonical());
        }
        if ("MALE".equals(g) || h == NameLexicon.Gender.MALE) {
            genders.putIfAbsent(m.canonical(), 'm');
        } else if ("FEMALE".equals(g) || h == NameLexicon.Gender.FEMALE) {
            genders.putIfAbsent(m.canonical(), 'f');
        }
    }

    /**
     * "X ... because she ...": a he/she after a person in the same sentence, with no other person between,
     * votes for X's gender; a clear majority decides when nothing else does.
     */
    private void guessGendersFromPronouns() {
        Map<String, int[]> votes = new HashMap<>();
        String last = null;
        int lastSentence = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.quoted(i)) {
                continue;
            }
            if (tokens.sentenceStart(i) != lastSentence) {
                lastSentence = tokens.sentenceStart(i);
                last = null;
            }
            if (tokens.mentionStarting(i) != null) {
                int after = tokens.endOfMention(i) + 1;
                while (after < tokens.size() && tokens.pos(after).startsWith("RB")) {
                    after++;
                }
                // only a subject ("X might ... because she"), not an object ("attacked by X for ... that he")
                last = after < tokens.size() && tokens.isVerb(after) ? tokens.mentionStarting(i).canonical() : null;
            } else if (last != null && ClauseSubjects.PRONOUNS.contains(tokens.lower(i)) && i > 0
                    && ("CC".equals(tokens.pos(i - 1)) || ",".equals(tokens.token(i - 1).word())
                    || "IN".equals(tokens.pos(i - 1)) && !"that".equals(tokens.lower(i - 1)))) {
                votes.computeIfAbsent(last, k -> new int[2])["she".equals(tokens.lower(i)) ? 1 : 0]++;
                last = null;
            }
        }
        votes.forEach((person, v) -> {
            guessed.remove(person);
            if (v[0] > 2 * v[1]) {
                genders.putIfAbsent(person, 'm');
            } else if (v[1] > 2 * v[0]) {
                genders.putIfAbsent(person, 'f');
            }
        });
    }
}
