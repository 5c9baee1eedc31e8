package org.newskg.extractor.parties;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.model.ResourceFiles;

/**
 * The party gazetteer (resource parties.tsv): aliases, adjective and member forms of the parties news
 * mentions, matched case-sensitively on whole tokens ("Labour MP" is a party, "labour market" is not),
 * and country cues (countries.tsv) that choose between parties sharing an alias.
 */
public final class PartyGazetteer {

    /** How an alias is used in text. */
    public enum Use {
        /** As the party's name: "quit Labour", "of the SNP". */
        NAME,
        /** Before a role or name: "Labour MP", "Tory leader", "Republican candidate". */
        MODIFIER,
        /** As a noun for a member: "a Republican", "the Tories". */
        MEMBER
    }

    /** A party alias and the word after it where the alias is a common noun ("labor secretary", "labour day"). */
    private static final Set<String> COMMON_NOUNS = org.newskg.extractor.WordLists.words(PartyGazetteer.class,
            "common-nouns.txt");
    public static final PartyGazetteer DEFAULT = load();

    /** Prefixes a party word keeps its party under: "ex-UKIP MEP", "then-Democratic House speaker". */
    private static final List<String> PREFIXES = List.of("ex-", "then-");

    /** alias as tokens joined by single spaces -> candidates and uses. */
    private final Map<String, Entry> aliases;
    /** Aliases that are a party only where the article's country cues favour its country (a "~" in parties.tsv). */
    private final Map<String, Entry> gated;
    private final int longest;
    private final Map<String, Set<String>> countryCues;

    private record Entry(List<Party> parties, Set<Use> uses, boolean plural) {
    }

    private PartyGazetteer(Map<String, Entry> aliases, Map<String, Entry> gated, Map<String, Set<String>> countryCues) {
        this.aliases = Map.copyOf(aliases);
        this.gated = Map.copyOf(gated);
        this.countryCues = Map.copyOf(countryCues);
        this.longest = Stream.concat(aliases.keySet().stream(), gated.keySet().stream())
                .mapToInt(a -> a.split(" ").length).max().orElse(1);
    }

    private static PartyGazetteer load() {
        Map<String, List<Party>> parties = new LinkedHashMap<>();
        Map<String, List<Party>> gatedParties = new LinkedHashMap<>();
        Map<String, Set<Use>> uses = new HashMap<>();
        Map<String, Set<Use>> gatedUses = new HashMap<>();
        Set<String> plurals = new java.util.HashSet<>();
        for (String line : lines("parties.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                throw new IllegalStateException("parties.tsv: 5 columns expected in: " + line);
            }
            Party party = new Party(f[0].strip(), f[1].strip());
            add(parties, uses, party, f[0], Use.NAME);
            for (int col = 2; col <= 4; col++) {
                Use use = Use.values()[col - 2];
                for (String alias : f[col].split("\\|")) {
                    if (alias.strip().startsWith("~")) {
                        add(gatedParties, gatedUses, party, alias.strip().substring(1), use);
                    } else if (!alias.isBlank()) {
                        add(parties, uses, party, alias, use);
                        if (use == Use.MEMBER && alias.strip().endsWith("s")) {
                            plurals.add(tokens(alias));
                        }
                    }
                }
            }
        }
        Map<String, Entry> aliases = new HashMap<>();
        for (Map.Entry<String, List<Party>> e : parties.entrySet()) {
            aliases.put(e.getKey(), new Entry(List.copyOf(e.getValue()), uses.get(e.getKey()),
                    plurals.contains(e.getKey())));
        }
        Map<String, Entry> gated = new HashMap<>();
        for (Map.Entry<String, List<Party>> e : gatedParties.entrySet()) {
            if (aliases.containsKey(e.getKey())) {
                throw new IllegalStateException("parties.tsv: " + e.getKey() + " is both gated (~) and not");
            }
            gated.put(e.getKey(), new Entry(List.copyOf(e.getValue()), gatedUses.get(e.getKey()), false));
        }
        Map<String, Set<String>> cues = new HashMap<>();
        for (String line : lines("countries.tsv")) {
            String[] f = line.split("\t");
            cues.put(f[0].strip(), Set.of(f[1].strip().split("\\|")));
        }
        return new PartyGazetteer(aliases, gated, cues);
    }

    private static void add(Map<String, List<Party>> parties, Map<String, Set<Use>> uses, Party party, String alias,
            Use use) {
        String key = tokens(alias);
        List<Party> list = parties.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(party)) {
            list.add(party);
        }
        uses.computeIfAbsent(key, k -> EnumSet.noneOf(Use.class)).add(use);
    }

    /**
     * An alias as the tokenizer splits it: words, with a possessive 's, or a plural's apostrophe ("Workers' Party"), as
     * a word of its own.
     */
    static String tokens(String alias) {
        return alias.strip().replaceAll("(['’]s)\\b", " $1").replaceAll("(?<=\\w)(['’])(?=\\s|$)", " $1")
                .replaceAll("\\s+", " ");
    }

    private static List<String> lines(String resource) {
        return ResourceFiles.lines(PartyGazetteer.class, resource);
    }

    /** Whether {@code text} is exactly one of the aliases ("Lib Dem", "Labour"): not a person then. */
    public boolean isPartyName(String text) {
        return aliases.containsKey(tokens(text));
    }

    /** The parties an alias can mean, most common reading first; empty when it is no alias. */
    public List<Party> lookup(String alias) {
        Entry e = aliases.get(tokens(alias));
        return e == null ? List.of() : e.parties();
    }

    /** The party mentions of a sentence, longest alias first, not overlapping, in text order (no gated alias). */
    public List<PartyMention> find(Sentence sentence) {
        return find(sentence, Map.of());
    }

    /**
     * The party mentions of a sentence, as {@link #find(Sentence)}, with the gated aliases of the one country the
     * article's cues ({@link #countryCues}) favour: "National MP", "ACT leader" in an article about New Zealand.
     */
    public List<PartyMention> find(Sentence sentence, Map<String, Integer> cues) {
        List<Token> ts = sentence.tokens();
        List<PartyMention> out = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            PartyMention found = null;
            for (int n = Math.min(longest, ts.size() - i); n >= 1 && found == null; n--) {
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < i + n; k++) {
                    if (k > i) {
                        sb.append(' ');
                    }
                    sb.append(ts.get(k).word());
                }
                String key = sb.toString();
                for (String prefix : PREFIXES) {
                    if (n == 1 && key.length() > prefix.length() && lower(key).startsWith(prefix)) {
                        key = key.substring(prefix.length()); // "ex-UKIP MEP", "Ex-Labour minister", "then-Republican Gov."
                    }
                }
                Entry e = aliases.get(key);
                if (e == null && gated.containsKey(key) && favoured(gated.get(key), cues)
                        && !namePart(ts, i, gated.get(key))) {
                    e = gated.get(key);
                }
                if (e != null) {
                    found = withPartyWord(ts, new PartyMention(i, i + n - 1, key, e.uses(), e.parties(), e.plural()));
                }
            }
            if (found != null && found.last() + 1 < ts.size()
                    && COMMON_NOUNS.contains(lower(found.surface() + " " + ts.get(found.last() + 1).word()))) {
                continue; // "Labor Secretary Thomas Perez": the word for work before an office, not a party
            }
            if (found != null) {
                out.add(found);
                i = found.last();
            }
        }
        return out;
    }

    /** The words that, right after a gated alias, make it part of a law's name: "the Reform Bill", "the Alba Act". */
    private static final Set<String> LAWS = Set.of("Act", "Bill");

    /**
     * "Countryside Alliance chairman", "the Drivers' Alliance", "The Constitutional Reform Bill": a gated alias after a
     * capitalised name or adjective (or its possessive) is the end of some other name, and one before "Act" or "Bill"
     * part of a law's; but not after a cue word of its own party's country that is a possessive or an adjective
     * ("Japan's LDP", "the Italian PD senator"), where it is that country's party.
     */
    private boolean namePart(List<Token> ts, int i, Entry e) {
        int b = i > 1 && ts.get(i - 1).pos().equals("POS") ? i - 1 : i; // "Drivers' Alliance", "Taxpayers' Alliance"
        if (b > 0 && (b < i || ts.get(b - 1).pos().startsWith("JJ")) && e.parties().stream()
                .anyMatch(p -> countryCues.getOrDefault(p.country(), Set.of()).contains(ts.get(b - 1).word()))) {
            return i + 1 < ts.size() && LAWS.contains(ts.get(i + 1).word());
        }
        return b > 0 && (ts.get(b - 1).pos().startsWith("NNP") || ts.get(b - 1).pos().startsWith("JJ") && b > 1)
                && Character.isUpperCase(ts.get(b - 1).word().charAt(0))
                || i + 1 < ts.size() && LAWS.contains(ts.get(i + 1).word());
    }

    /**
     * "Veritas Party", "Republican Party" where only "Veritas" or the phrase is listed: a name or modifier
     * alias followed by the word "Party" is the party's full name.
     */
    private static PartyMention withPartyWord(List<Token> ts, PartyMention m) {
        int next = m.last() + 1;
        if (next >= ts.size() || !ts.get(next).word().equals("Party") || m.plural()
                || !(m.is(Use.NAME) || m.is(Use.MODIFIER))) {
            return m;
        }
        return new PartyMention(m.first(), next, m.surface() + " Party", EnumSet.of(Use.NAME), m.candidates(),
                false);
    }

    /**
     * Whether the article's cues name the gated alias's country at least half as often as the country they name most
     * ("MP" counts for Britain in a New Zealand article too).
     */
    private static boolean favoured(Entry e, Map<String, Integer> cues) {
        int most = cues.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return e.parties().stream().anyMatch(p -> cues.getOrDefault(p.country(), 0) > 0
                && 2 * cues.getOrDefault(p.country(), 0) >= most);
    }

    /**
     * A capitalised word spelt with a macron, as te reo Māori names are ("Kōwhai Bay", "Tessa Māhaki-Lowe"): a cue for
     * New Zealand, counted once where the cue list already has the word ("Māori").
     */
    private static final java.util.regex.Pattern MAORI_SPELLING =
            java.util.regex.Pattern.compile("\\p{Lu}\\S*[āēīōūĀĒĪŌŪ]\\S*");

    /** How often each country's cue words occur in the article. */
    public Map<String, Integer> countryCues(Doc doc) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (MAORI_SPELLING.matcher(t.word()).matches()
                        && !countryCues.getOrDefault("NZ", Set.of()).contains(t.word())) {
                    counts.merge("NZ", 1, Integer::sum);
                }
                for (Map.Entry<String, Set<String>> e : countryCues.entrySet()) {
                    if (e.getValue().contains(t.word())) {
                        counts.merge(e.getKey(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** The reading of a mention that the article's country cues favour; ties go to the most common reading. */
    public Party choose(PartyMention mention, Map<String, Integer> cues) {
        return choose(mention.candidates(), cues);
    }

    /** The reading among {@code candidates} (most common first, not empty) that the article's country cues favour. */
    public Party choose(List<Party> candidates, Map<String, Integer> cues) {
        Party best = candidates.get(0);
        int bestScore = cues.getOrDefault(best.country(), 0);
        for (Party p : candidates) {
            int score = cues.getOrDefault(p.country(), 0);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** The distinct canonical names of every party in the gazetteer. */
    public Set<String> canonicalNames() {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : aliases.values()) {
            e.parties().forEach(p -> out.add(p.canonical()));
        }
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
