package org.newskg.extractor.persons;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads the titles a person is named with, before the name ("Tory leader X", "shadow chancellor X", "Sen. X") and
 * in apposition after it ("X, the Scottish Labour leader,", "X, Leader of the Commons,"), from the article's
 * {@link TokenView} into its book of titles ({@link Titles}): each title's words, rank, party and party branch, and the
 * US state a person is named with ("Sen. X (R-Texas)", "Gov. X of Ohio", "Texas Sen. X"; states.tsv).
 * The parties a title names and the sex a title noun says ("the Birmingham woman") go back to the
 * {@link Discourse} that reads the article, through the two callbacks it gives.
 */
final class TitleReader {

    private static final org.newskg.extractor.parties.PartyGazetteer PARTIES =
            org.newskg.extractor.parties.PartyGazetteer.DEFAULT;
    /** Nouns that say a person's sex (gendered-nouns.tsv): 'f' or 'm'. */
    private static final Map<String, Character> GENDERED = gendered();
    /** Each US state's name and abbreviations ("Fla.", "FL", "Fla"), lower case, to the state's name in lower case. */
    private static final Map<String, String> STATES = states();
    private static final Set<String> STATE_NAMES = Set.copyOf(STATES.values());
    private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("[RDI]\\s*[-–]\\s*(.+)");

    private final TokenView tokens;
    private final Titles book;
    /** Told each party a title names: (person, canonical party). */
    private final BiConsumer<String, String> partyFound;
    /** Told the sex a title noun says, when the person is not someone else's relative: (person, 'm' or 'f'). */
    private final BiConsumer<String, Character> genderFound;

    TitleReader(TokenView tokens, Titles book, BiConsumer<String, String> partyFound,
            BiConsumer<String, Character> genderFound) {
        this.tokens = tokens;
        this.book = book;
        this.partyFound = partyFound;
        this.genderFound = genderFound;
    }

    /** The titles before the mention starting at token {@code start} and in apposition after it, for {@code person}. */
    void noteTitles(String person, int start) {
        Set<String> words = book.wordsOf(person);
        int from = start;
        int sentence = tokens.sentenceStart(start);
        for (int k = start - 1; k >= sentence && k >= start - 3 && (tokens.isNoun(k) || "JJ".equals(tokens.pos(k))); k--) {
            from = k;
        }
        if (from - 2 >= sentence && "of".equals(tokens.lower(from - 1)) && tokens.isNoun(from - 2)
                && RoleWords.SPEAKER.words().contains(title(tokens.lower(from - 2)))) {
            from -= 2; // "Minister of State Ultan Brereton", "Secretary of State X": the role before "of" is the title's
        }
        Set<String> before = new HashSet<>();
        for (int k = from; k < start; k++) {
            addTitle(before, tokens.lower(k));
            String state = Character.isUpperCase(tokens.token(k).word().charAt(0)) ? stateOf(tokens.token(k).word()) : null;
            if (state == null && k + 1 < start) {
                state = stateOf(tokens.token(k).word() + " " + tokens.token(k + 1).word()); // "New Jersey Gov. X"
            }
            if (state != null) {
                book.addState(person, state); // "Texas Sen. X"
            }
        }
        String honorific = tokens.mentionStarting(start).surface().split("[\\s.]", 2)[0];
        addTitle(before, honorific.toLowerCase(Locale.ROOT));
        if (start > 0 && NameLexicon.DEFAULT.isHonorific(tokens.token(start - 1).word())) {
            addTitle(before, tokens.lower(start - 1).replace(".", ""));
        }
        noteTitle(person, words, before, from, start, false);
        int e = tokens.endOfMention(start);
        int opener = appositiveOpener(from, e);
        if (opener >= 0) {
            noteTitle(person, words, titleWords(opener, from - 1), opener, from - 1, false);
        }
        noteState(person, words, e + 1);
        if (e + 1 < tokens.size() && ",".equals(tokens.token(e + 1).word())) {
            int k = e + 2;
            // "X, a friend of the Tory leader,": the words after "of the" are someone else's role
            for (; k < tokens.size() && k < e + 8 && !tokens.isPunct(k) && !tokens.isVerb(k)
                    && !("IN".equals(tokens.pos(k)) && k + 1 < tokens.size()
                    && ("DT".equals(tokens.pos(k + 1)) || "PRP$".equals(tokens.pos(k + 1)))); k++) {
            }
            Set<String> after = titleWords(e + 2, k);
            // "X, Leader of the Commons,": a role of an institution, not of a party
            boolean of = k < tokens.size() && "of".equals(tokens.lower(k)) && k > e + 2;
            int end = k;
            if (of) {
                // "X, leader of the Conservative Party,": the party after "of" is the title's
                for (end = k + 1; end < tokens.size() && end < k + 7 && !tokens.isPunct(end) && !tokens.isVerb(end);
                        end++) {
                }
            }
            noteTitle(person, words, after, e + 2, end, of);
        }
    }

    /** The title words of tokens {@code from} to {@code to} (exclusive), implied roles included. */
    private Set<String> titleWords(int from, int to) {
        Set<String> words = new HashSet<>();
        for (int k = from; k < to; k++) {
            addTitle(words, tokens.lower(k));
        }
        return words;
    }

    /** Words that may join the nouns of a title before a name: "the Minister for Housing, X", "deputy leader of the council, X". */
    private static final Set<String> TITLE_LINKS = Set.of("for", "of", "on", "in", "at", "'s", "’s");

    /**
     * "At the centre of the storm is the Minister for Housing, Dervla Kinsella.", "the committee's chairwoman, Cllr X,":
     * the first token of a title that opens an appositive right before the name (tokens {@code from - 1} is its comma,
     * the name closed by a comma, a full stop or a dash, so not "After meeting the minister, Ann Holt said"), after
     * "the" or at the sentence's start; -1 when there is none or it has no role word.
     */
    private int appositiveOpener(int from, int end) {
        if (from < 2 || !",".equals(tokens.token(from - 1).word()) || end + 1 >= tokens.size()
                || !Set.of(",", ".", "-", "\u2013", "\u2014", ")").contains(tokens.token(end + 1).word())) {
            return -1;
        }
        int lo = Math.max(tokens.sentenceStart(from), from - 9);
        int k = from - 2;
        boolean role = false;
        while (k >= lo && (tokens.isNoun(k) || "JJ".equals(tokens.pos(k)) || TITLE_LINKS.contains(tokens.lower(k))
                || "DT".equals(tokens.pos(k)) && k > lo && TITLE_LINKS.contains(tokens.lower(k - 1)))) {
            role |= RoleWords.SPEAKER.words().contains(title(tokens.lower(k)));
            k--;
        }
        boolean opened = k < lo || "the".equals(tokens.lower(k));
        return opened && role && k + 1 < from - 1 ? k + 1 : -1;
    }

    /**
     * One title the article gives {@code person} (the words of tokens {@code from} to {@code to}, before the name
     * or in apposition after it): its words join the person's titles; its rank ("shadow", "former"), party and
     * party branch ("Scottish" of "Scottish Labour leader X", "X, the Scottish Labour leader,") are kept with it.
     */
    private void noteTitle(String person, Set<String> all, Set<String> words, int from, int to, boolean of) {
        if (words.isEmpty()) {
            return;
        }
        all.addAll(words);
        boolean owned = false; // "X, whose husband ...", "X, her son,": someone else's sex
        for (int k = from; k < to; k++) {
            owned |= "whose".equals(tokens.lower(k)) || "PRP$".equals(tokens.pos(k)) || "POS".equals(tokens.pos(k));
        }
        for (String w : owned ? Set.<String>of() : words) {
            Character g = GENDERED.get(w);
            if (g != null) {
                genderFound.accept(person, g); // "Ann Holt, the Birmingham woman who ...": after her name and honorific
            }
        }
        Set<String> ranks = new HashSet<>();
        for (String w : words) {
            if (Nominal.RANKS.contains(w) || Nominal.FORMER.contains(w)) {
                ranks.add(Nominal.FORMER.contains(w) ? "former" : w);
            }
        }
        Set<String> found = new HashSet<>();
        Set<String> branch = new HashSet<>();
        notePartyWords(person, from, to, found);
        for (int k = from; k + 1 < to; k++) {
            String w = tokens.token(k).word();
            String lw = tokens.lower(k);
            if (Character.isUpperCase(w.charAt(0)) && PARTIES.lookup(w).isEmpty() && !Nominal.RANKS.contains(lw)
                    && !Nominal.FORMER.contains(lw) && !Nominal.SKIP.contains(lw) && !RoleWords.TITLE.words().contains(lw)
                    && !RoleWords.SPEAKER.words().contains(lw)
                    && !PARTIES.lookup(tokens.token(k + 1).word()).isEmpty()) {
                book.addBranch(person, lw); // "Scottish Labour leader X"
                branch.add(lw);
            }
        }
        book.addUse(person, new TitleUse(Set.copyOf(words), Set.copyOf(ranks),
                Set.copyOf(found), Set.copyOf(branch), of));
    }

    /**
     * The state a person is named with after the name, "(R-Texas)", ", D-Fla.,", "of New Hampshire": its words join
     * the person's titles ("the Texas senator" fits "Sen. X (R-Texas)") and are kept as their state.
     */
    private void noteState(String person, Set<String> words, int k) {
        String state = null;
        if (k + 1 < tokens.size() && ("(".equals(tokens.token(k).word()) || "-LRB-".equals(tokens.token(k).word())
                || ",".equals(tokens.token(k).word()))) {
            StringBuilder b = new StringBuilder();
            for (int j = k + 1; j < tokens.size() && j <= k + 5 && !")".equals(tokens.token(j).word())
                    && !"-RRB-".equals(tokens.token(j).word()) && !",".equals(tokens.token(j).word()); j++) {
                b.append(tokens.token(j).word());
            }
            java.util.regex.Matcher m = PARTY_STATE.matcher(b);
            if (m.matches()) {
                state = stateOf(m.group(1));
            }
        } else if (k + 1 < tokens.size() && "of".equals(tokens.lower(k))) {
            String two = k + 2 < tokens.size() ? tokens.token(k + 1).word() + " " + tokens.token(k + 2).word() : "";
            state = STATES.containsKey(two.toLowerCase(Locale.ROOT)) && Character.isUpperCase(two.charAt(0)) ? stateOf(two)
                    : Character.isUpperCase(tokens.token(k + 1).word().charAt(0)) ? stateOf(tokens.token(k + 1).word()) : null;
        }
        if (state != null) {
            for (String w : state.split(" ")) {
                words.add(w);
            }
            book.addState(person, state);
        }
    }

    /** The state's name (lower case) a written name or abbreviation stands for, or null: "Fla." and "FL" are "florida". */
    static String stateOf(String written) {
        String postal = STATES.get(written.strip());
        if (postal != null) {
            return postal; // "R-TX"
        }
        String w = written.strip().toLowerCase(Locale.ROOT);
        String s = STATES.get(w);
        return s != null ? s : STATES.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w + ".");
    }

    /**
     * The US states these lower-case words name, each whole and none inside a longer one: {"new", "jersey"} names
     * "new jersey", {"west", "virginia"} only "west virginia".
     */
    static Set<String> statesIn(Set<String> words) {
        Set<String> named = new HashSet<>();
        for (String state : STATE_NAMES) {
            if (words.containsAll(List.of(state.split(" ")))) {
                named.add(state);
            }
        }
        named.removeIf(s -> named.stream().anyMatch(t -> !t.equals(s) && (" " + t + " ").contains(" " + s + " ")));
        return named;
    }

    private static Map<String, String> states() {
        Map<String, String> out = new HashMap<>();
        org.newskg.extractor.WordLists.lines(TitleReader.class, "states.tsv").forEach(l -> {
            String[] f = l.split("\t");
            String name = f[0].strip().toLowerCase(Locale.ROOT);
            out.put(name, name);
            if (f.length > 1) {
                for (String a : f[1].split(",")) {
                    String ab = a.strip();
                    // two-letter postal codes only in capitals: "IN", "OR", "ME" are also words
                    out.put(ab.length() == 2 && !ab.contains(".") ? ab : ab.toLowerCase(Locale.ROOT), name);
                }
            }
        });
        return Map.copyOf(out);
    }

    /** A title word, and what it stands for: "ex-mayor" is a former mayor, "Lord X" a peer. */
    private static void addTitle(Set<String> words, String word) {
        String w = title(word);
        if (w.startsWith("ex-") && w.length() > 3) {
            words.add("former");
            w = w.substring(3);
        }
        words.add(w);
        words.addAll(RoleWords.implied(w));
    }

    /** "Tory leader X", "X, the Labour MP,": the party words of a title, as the person's party (added to {@code found}). */
    private void notePartyWords(String person, int from, int to, Set<String> partiesOut) {
        for (int k = from; k < to; k++) {
            for (int n = 2; n >= 1; n--) {
                if (k + n > to) {
                    continue;
                }
                StringBuilder alias = new StringBuilder(tokens.token(k).word().replaceFirst("^(?i)ex-", ""));
                for (int j = k + 1; j < k + n; j++) {
                    alias.append(' ').append(tokens.token(j).word());
                }
                List<org.newskg.extractor.parties.Party> found = PARTIES.lookup(alias.toString());
                if (!found.isEmpty()) {
                    found.forEach(p -> partyFound.accept(person, p.canonical()));
                    found.forEach(p -> partiesOut.add(p.canonical()));
                    k += n - 1;
                    break;
                }
            }
        }
    }

    /** The parties (canonical names) among a title's words: "Republican" of "Republican Nominee". */
    static Set<String> parties(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            String capital = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
            List<org.newskg.extractor.parties.Party> found = PARTIES.lookup(capital);
            if (found.isEmpty()) {
                found = PARTIES.lookup(w.toUpperCase(Locale.ROOT)); // "SNP"
            }
            found.forEach(p -> out.add(p.canonical()));
        }
        return Set.copyOf(out);
    }

    /** A title word as an abbreviation writes it, in full: "sen." is "senator", "gov." "governor", "cllr" "councillor". */
    static String title(String word) {
        return switch (word) {
            case "sen.", "sen" -> "senator";
            case "rep.", "rep" -> "representative";
            case "gov.", "gov" -> "governor";
            case "pres." -> "president";
            case "cllr", "cllr." -> "councillor";
            default -> word;
        };
    }

    /**
     * The sex a noun for a person says: "the actress", "the spokeswoman", "the mother-of-two" (the noun before
     * "-of-"); '?' when it says none.
     */
    static char genderOf(String noun) {
        String n = noun.contains("-of-") ? noun.substring(0, noun.indexOf("-of-")) : noun;
        Character g = GENDERED.get(n);
        if (g != null) {
            return g;
        }
        return n.endsWith("woman") ? 'f' : n.endsWith("man") ? 'm' : '?';
    }

    private static Map<String, Character> gendered() {
        Map<String, Character> out = new HashMap<>();
        org.newskg.extractor.WordLists.lines(TitleReader.class, "gendered-nouns.tsv").forEach(l -> {
            String[] f = l.split("\t");
            out.put(f[0].strip().toLowerCase(Locale.ROOT), "F".equalsIgnoreCase(f[1].strip()) ? 'f' : 'm');
        });
        return Map.copyOf(out);
    }
}
