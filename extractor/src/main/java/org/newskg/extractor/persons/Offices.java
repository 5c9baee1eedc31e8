package org.newskg.extractor.persons;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extractor.WordLists;

/**
 * Who holds an office of which there is one at a time ("the prime minister", "the chancellor", "the president"), as
 * the articles of a run say it: "Prime Minister Tony Blair", "the chancellor, Gordon Brown,", "Mr Brown, the
 * chancellor,". A BBC piece may call a man only "Mr Blair" and "the prime minister" and never tie the two; the run's
 * other articles do. Learned from the text of every article of a run before any is extracted (a pattern over the
 * text, not the parse), and used by {@link Discourse} as a title the article itself did not give: only for an office
 * the article ties to nobody, only for the one person of the article the run makes its holder, never for one the
 * article calls a former holder. The offices: offices.txt. Thread-safe.
 */
public final class Offices implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Nothing known: what an article alone says. */
    public static final Offices NONE = new Offices();

    /** The offices as written, lower case ("chancellor of the exchequer"), to the office each is ("chancellor"). */
    private static final Map<String, String> WRITTEN = new LinkedHashMap<>();
    /** The offices. */
    private static final Set<String> OFFICES = new java.util.LinkedHashSet<>();

    static {
        for (String line : WordLists.lines(Offices.class, "offices.txt")) {
            String[] f = line.toLowerCase(Locale.ROOT).split("\t");
            WRITTEN.put(f[0].strip(), f.length > 1 ? f[1].strip() : f[0].strip());
            OFFICES.add(f.length > 1 ? f[1].strip() : f[0].strip());
        }
    }

    /**
     * A name after an optional honorific, as a pattern reads it: one to three capitalised words, initials after the first
     * ("George W. Bush").
     */
    private static final String NAME = "(?:(?:Mr|Mrs|Ms|Dr|Sir)\\.?\\s+)?(?<name>[A-Z][\\p{L}'’-]+(?:\\s+(?:[A-Z][\\p{L}'’-]+|[A-Z]\\.)){0,2})";
    /** After an office: "Prime Minister Tony Blair", "the chancellor, Gordon Brown,". */
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+" + NAME);
    private static final Pattern NAME_APPOSED = Pattern.compile(",\\s+" + NAME + "\\s*,");
    /** Before an office (the text up to it): "Mr Brown, the chancellor,", "Gordon Brown, the former chancellor,". */
    private static final Pattern NAME_BEFORE = Pattern.compile(NAME + ",\\s+(?:the|Britain's|America's)\\s+"
            + "(?:(?<before>[\\p{L}-]+)\\s+)?(?<ex>(?i:ex-))?$");
    /** The word before an office and an "ex-" joined to it (the text up to it); a year is a word. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?:(?<![\\p{L}\\d-])(?<before>[\\p{L}\\d-]+)\\s+)?(?<ex>(?i:ex-))?$");
    /** How far before an office a name and its apposition are looked for. */
    private static final int REACH = 80;
    /** Words before an office that make its holder a former one: "former President X", "X, the onetime chancellor,". */
    private static final Set<String> EX = Set.of("former", "onetime", "one-time", "erstwhile");
    /**
     * Words before a title that make it no current holder's (a former holder's, {@link #EX}, among them), or another
     * office ("Deputy Prime Minister X").
     */
    private static final Set<String> NOT_HOLDER = java.util.stream.Stream.concat(EX.stream(), java.util.stream.Stream.of("ex",
            "then", "late", "shadow", "deputy", "vice", "acting", "interim", "future", "outgoing", "would-be", "next",
            "last", "previous", "past", "assistant", "junior")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Capitalised words that end a name as a pattern reads it but are none of it: "President Obama Tuesday". */
    private static final Set<String> NOT_NAME = WordLists.with(WordLists.WEEKDAYS, "january", "february", "march",
            "april", "june", "july", "august", "september", "october", "november", "december", "and", "the", "but", "on",
            "in", "said", "says");
    /** Words that may open a sentence before a title: any other capitalised word qualifies the office ("NEA President X"). */
    private static final Set<String> OPENERS = Set.of("the", "and", "but", "as", "when", "while", "meanwhile", "also",
            "yesterday", "today", "so", "after", "before", "with", "by", "for", "from", "in", "on", "at", "to", "said",
            "says", "now", "even", "only", "if", "because", "although", "though", "since", "where", "outside", "until");
    /** Each office as written, found in a text: not inside a longer word. */
    private static final Map<String, Pattern> FIND = new LinkedHashMap<>();

    static {
        for (String office : WRITTEN.keySet()) {
            FIND.put(office, Pattern.compile("(?<![\\p{L}])(?i:" + office.replace(" ", "\\s+") + ")(?![\\p{L}-])"));
        }
    }

    /** office -> the names the run's articles give its holders, as written. */
    private final Map<String, Set<String>> holders = new ConcurrentHashMap<>();
    /** office -> the names the run's articles call its former holders ("former President X", "X, the ex-chancellor,"). */
    private final Map<String, Set<String>> exHolders = new ConcurrentHashMap<>();

    /** Knows nothing yet. */
    public Offices() {
    }

    /** What these texts say: the articles of a run, read before any is extracted. */
    public static Offices learned(Iterable<String> texts) {
        Offices run = new Offices();
        texts.forEach(run::learn);
        return run;
    }

    /** Learns the holders an article's text names. */
    public void learn(String text) {
        guard();
        Ties ties = read(text);
        ties.current.forEach((office, names) -> holders.computeIfAbsent(office, o -> ConcurrentHashMap.newKeySet())
                .addAll(names));
        ties.ex.forEach((office, names) -> exHolders.computeIfAbsent(office, o -> ConcurrentHashMap.newKeySet())
                .addAll(names));
    }

    private void guard() {
        if (this == NONE) {
            throw new IllegalStateException("Offices.NONE knows nothing and learns nothing");
        }
    }

    /** Learns what another instance learned (the texts it read: a part of the run). */
    public void learn(Offices other) {
        guard();
        other.holders.forEach((office, names) -> holders.computeIfAbsent(office, o -> ConcurrentHashMap.newKeySet())
                .addAll(names));
        other.exHolders.forEach((office, names) -> exHolders.computeIfAbsent(office, o -> ConcurrentHashMap.newKeySet())
                .addAll(names));
    }

    /**
     * The ties of one text, by office: current holders, those it calls anything but ("former", "shadow", "deputy":
     * {@link #NOT_HOLDER}), and of these the ones it calls former holders ({@link #EX}).
     */
    private record Ties(Map<String, Set<String>> current, Map<String, Set<String>> former, Map<String, Set<String>> ex) {
    }

    private static Ties read(String text) {
        Map<String, Set<String>> current = new HashMap<>();
        Map<String, Set<String>> former = new HashMap<>();
        Map<String, Set<String>> ex = new HashMap<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Pattern> e : FIND.entrySet()) {
            if (!lower.contains(e.getKey().split(" ")[0])) {
                continue; // the cheap test first: most articles name few offices
            }
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                String upTo = text.substring(Math.max(0, m.start() - REACH), m.start());
                if (upTo.endsWith("-") && !upTo.toLowerCase(Locale.ROOT).endsWith("ex-")) {
                    continue; // "vice-president": another office
                }
                Matcher before = NAME_BEFORE.matcher(upTo);
                Matcher after = NAME_AFTER.matcher(text).region(m.end(), text.length());
                Matcher apposed = NAME_APPOSED.matcher(text).region(m.end(), text.length());
                Matcher name;
                if ((text.startsWith(",", m.end()) || text.startsWith(".", m.end())) && before.find()) {
                    name = before; // "Mr Brown, the chancellor,"
                } else {
                    before = WORD_BEFORE.matcher(upTo);
                    before.find();
                    name = after.lookingAt() ? after : apposed.lookingAt() ? apposed : null;
                }
                if (name == null) {
                    continue;
                }
                String holder = name(name.group("name"));
                String written = before.group("before") == null ? "" : before.group("before");
                String word = written.toLowerCase(Locale.ROOT);
                if (holder.isEmpty() || !written.isEmpty() && Character.isUpperCase(written.charAt(0))
                        && !OPENERS.contains(word) && !NOT_HOLDER.contains(word)) {
                    continue; // "NEA President X", "Russian President X": another body's, another country's
                }
                boolean notHolder = NOT_HOLDER.contains(word) || before.group("ex") != null
                        || word.matches("(?:19|20)\\d\\d"); // "2012 Republican nominee Mitt Romney"
                (notHolder ? former : current).computeIfAbsent(WRITTEN.get(e.getKey()), x -> new HashSet<>()).add(holder);
                if (EX.contains(word) || before.group("ex") != null) {
                    ex.computeIfAbsent(WRITTEN.get(e.getKey()), x -> new HashSet<>()).add(holder);
                }
            }
        }
        return new Ties(current, former, ex);
    }

    /** The name as a pattern read it, without a possessive and the capitalised words after it that are none of it. */
    private static String name(String written) {
        List<String> words = new ArrayList<>(List.of(written.split("\\s+")));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (NOT_NAME.contains(w.toLowerCase(Locale.ROOT))) {
                words = words.subList(0, i);
                break;
            }
            if (w.endsWith("'s") || w.endsWith("’s")) {
                words.set(i, w.substring(0, w.length() - 2));
                words = words.subList(0, i + 1);
                break;
            }
        }
        return String.join(" ", words);
    }

    /**
     * The offices the run makes persons of this article hold, each as its title words, by canonical name (a prime
     * minister is also their party's leader): for each office the
     * article's own text ties to nobody, the one person of the article the run names its holder ({@link #same}), unless
     * the article calls someone of that surname a former holder (of several, the one who is not the one holder of
     * another office the article names: {@link #notHoldingAnother}); and for each office the article ties no former
     * holder to, the one person of the article the run calls a former holder and the article does not call its holder
     * ("the former president" of a piece that names George W. Bush only so, beside his brother).
     */
    Map<String, List<List<String>>> heldIn(String text, Collection<String> canonicals) {
        if (holders.isEmpty() && exHolders.isEmpty()) {
            return Map.of();
        }
        Ties own = read(text);
        Map<String, List<List<String>>> out = new HashMap<>();
        Map<String, List<String>> held = new LinkedHashMap<>();
        for (String office : OFFICES) {
            Set<String> former = own.former.getOrDefault(office, Set.of()); // "former President Clinton": no Clinton
            if (!own.current.containsKey(office)) {
                held.put(office, holders(canonicals, holders.getOrDefault(office, Set.of()),
                        c -> former.stream().noneMatch(f -> surname(c).equalsIgnoreCase(surname(f)))));
            }
        }
        for (String office : OFFICES) {
            List<String> holder = held.getOrDefault(office, List.of());
            List<String> one = holder.size() > 1 ? notHoldingAnother(office, holder, held, text) : holder;
            if (one.size() == 1) {
                out.computeIfAbsent(one.get(0), k -> new ArrayList<>()).add(words(office, false));
            }
            Set<String> current = own.current.getOrDefault(office, Set.of());
            if (!own.ex.containsKey(office)) {
                give(out, office, true, canonicals, exHolders.getOrDefault(office, Set.of()),
                        c -> current.stream().noneMatch(n -> same(c, n)));
            }
        }
        return out;
    }

    /** The office's title words to the one of {@code canonicals} the run's {@code names} name and {@code free} lets be. */
    private static void give(Map<String, List<List<String>>> out, String office, boolean former,
            Collection<String> canonicals, Set<String> names, java.util.function.Predicate<String> free) {
        List<String> holder = holders(canonicals, names, free);
        if (holder.size() == 1) {
            out.computeIfAbsent(holder.get(0), k -> new ArrayList<>()).add(words(office, former));
        }
    }

    /** Those of {@code canonicals} the run's {@code names} name and {@code free} lets be. */
    private static List<String> holders(Collection<String> canonicals, Set<String> names,
            java.util.function.Predicate<String> free) {
        return canonicals.stream().filter(free).filter(c -> names.stream().anyMatch(n -> same(c, n))).distinct()
                .toList();
    }

    /** Offices nobody holds two of at once: the prime minister is not the chancellor, the president not his deputy. */
    private static final Set<String> ONE_EACH = Set.of("prime minister", "deputy prime minister", "chancellor",
            "president", "vice president", "home secretary", "foreign secretary", "first minister", "taoiseach");

    /**
     * Of the article's persons the run names holders of {@code office}, those who are not the one holder of another
     * such office ({@link #ONE_EACH}) the article names too: "the prime minister" of a 2005 piece naming Blair and
     * Brown, both prime ministers in a run of many years, is Blair when the piece also says "the chancellor" and the
     * run makes Brown its one holder there.
     */
    private static List<String> notHoldingAnother(String office, List<String> holder, Map<String, List<String>> held,
            String text) {
        if (!ONE_EACH.contains(office) || !FIND.get(office).matcher(text).find()) {
            return holder;
        }
        return holder.stream().filter(c -> held.entrySet().stream().noneMatch(e -> !e.getKey().equals(office)
                && ONE_EACH.contains(e.getKey()) && e.getValue().equals(List.of(c))
                && FIND.get(e.getKey()).matcher(text).find())).toList();
    }

    /** An office's title words: "prime", "minister"; "former", "president" for a former holder. */
    private static List<String> words(String office, boolean former) {
        List<String> words = new ArrayList<>();
        if (former) {
            words.add("former");
        }
        for (String w : office.split(" ")) {
            words.add(TitleReader.title(w));
        }
        return List.copyOf(words);
    }

    /**
     * Of these canonical names, those the run's articles name a holder or former holder of {@code office} (as written
     * with a name: "president", "chancellor"; other ranks are no office here): "President Bush" of an article naming
     * Jeb Bush and George W. Bush in full, neither with a rank.
     */
    List<String> everHeldBy(Collection<String> canonicals, String office) {
        Set<String> names = new HashSet<>(holders.getOrDefault(office, Set.of()));
        names.addAll(exHolders.getOrDefault(office, Set.of()));
        return canonicals.stream().filter(c -> names.stream().anyMatch(n -> same(c, n))).toList();
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /**
     * Whether a canonical name is the name as written: the same words, the same first and last word ("George W. Bush",
     * "George Bush"), or, for a person the article names by surname alone, that surname ("Blair", "Tony Blair"). A
     * surname written alone ("President Obama") names nobody here: "Boris Johnson" is not "President Johnson".
     */
    private static boolean same(String canonical, String written) {
        if (canonical.equalsIgnoreCase(written)) {
            return true;
        }
        String[] c = canonical.split(" ");
        String[] w = written.split(" ");
        return w.length >= 2 && c[c.length - 1].equalsIgnoreCase(w[w.length - 1])
                && (c.length == 1 || c[0].equalsIgnoreCase(w[0]));
    }
}
