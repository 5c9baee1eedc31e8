package org.newskg.extractor.membership;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyGazetteer;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.PersonMention;

/**
 * The last membership sieve, {@code member.context-model}: a person no earlier sieve gave a party, and a party the
 * article names, scored by a small logistic regression over general features of the article's context (how near
 * the person is named to the party, how much the article is about that party, what the sentences around say:
 * rivals, lists with known members, role words). The weights are a data file, {@code context-model.tsv}, written
 * by the trainer in the cli module ({@code kg train-membership}) from the tuning part of the development set; the
 * file also holds the decision threshold chosen by cross-validation on that part.
 *
 * <p>A person gets at most one party from it, only when no earlier finding names one for them, and never a party
 * they are set against in a sentence ("his Republican rival", "against Labour").
 */
public final class ContextModel {

    /** One (person, party) pair of an article that the earlier sieves left open, with its features (name -> value). */
    public record Candidate(String person, Party party, Sentence evidence, Map<String, Double> features) {
    }

    static final String RULE = "member.context-model";
    private static final String THRESHOLD = "@threshold";
    /** Words that set a person against a party named near them: "his Republican rival", "ran against Labour". */
    private static final Set<String> CONTRAST = WordLists.words(ContextModel.class, "contrast-words.txt");
    /** Roles of people who write or talk about parties rather than belong to them: "analyst", "professor". */
    private static final Set<String> OUTSIDERS = WordLists.words(ContextModel.class, "outsider-roles.txt");
    private static final Set<String> SAYS = Set.of("said", "says", "told", "added", "argued", "insisted", "warned",
            "explained", "noted", "wrote", "writes", "tweeted", "declared");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "him");

    /** A model that never fires. */
    static final ContextModel NONE = new ContextModel(Map.of(), 2.0);
    /** The model on the class path, or {@link #NONE} when there is no weights file. */
    static final ContextModel DEFAULT = load();

    private final Map<String, Double> weights;
    private final double threshold;

    ContextModel(Map<String, Double> weights, double threshold) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
    }

    private static ContextModel load() {
        if (ContextModel.class.getResource("context-model.tsv") == null) {
            return NONE;
        }
        Map<String, Double> w = new LinkedHashMap<>();
        double t = 2.0;
        for (String line : WordLists.lines(ContextModel.class, "context-model.tsv")) {
            String[] f = line.split("\t");
            if (f[0].equals(THRESHOLD)) {
                t = Double.parseDouble(f[1]);
            } else {
                w.put(f[0], Double.parseDouble(f[1]));
            }
        }
        return new ContextModel(w, t);
    }

    /** The probability that a candidate's person belongs to its party. */
    public static double probability(Map<String, Double> weights, Map<String, Double> features) {
        double z = 0;
        for (Map.Entry<String, Double> e : features.entrySet()) {
            z += weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The model's findings: {@link #decide} with these weights and threshold. */
    void apply(List<Candidate> candidates, List<Found> found) {
        for (Candidate best : decide(candidates, weights, threshold)) {
            double p = probability(weights, best.features());
            double confidence = 0.5 + 0.19 * (p - threshold) / Math.max(1e-9, 1 - threshold);
            found.add(new Found(best.person(), best.party(), best.evidence(), Math.round(confidence * 1000) / 1000.0,
                    RULE, false));
        }
    }

    /**
     * What the model decides: per person, the most probable party when it reaches the threshold, no other party of
     * the person does, and no sentence sets the person against it ("contrast": "his Republican rival X", "X ran
     * against Labour"; "attacked-by-member": "Labour MP A ... She slammed X").
     */
    public static List<Candidate> decide(List<Candidate> candidates, Map<String, Double> weights, double threshold) {
        Map<String, List<Candidate>> byPerson = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byPerson.computeIfAbsent(c.person(), x -> new ArrayList<>()).add(c);
        }
        List<Candidate> out = new ArrayList<>();
        for (List<Candidate> cs : byPerson.values()) {
            Candidate best = null;
            double p = 0;
            double second = 0;
            for (Candidate c : cs) {
                double q = probability(weights, c.features());
                if (q > p) {
                    second = p;
                    p = q;
                    best = c;
                } else if (q > second) {
                    second = q;
                }
            }
            if (best != null && p >= threshold && second < threshold && !best.features().containsKey("contrast")
                    && !best.features().containsKey("attacked-by-member")) {
                out.add(best);
            }
        }
        return out;
    }

    /**
     * Every (person, party) pair of an article the findings so far leave open: a person with no finding at all (of
     * any confidence), and a party the article names (in the reading its country cues favour) near them (see
     * {@link #eligible}), with features.
     */
    static List<Candidate> candidates(Doc doc, PersonIndex persons, List<List<PartyMention>> mentions,
            Map<String, Integer> cues, List<Found> found) {
        Article a = new Article(doc, persons, mentions, cues, found);
        List<Candidate> out = new ArrayList<>();
        for (String person : a.open) {
            for (Party party : a.counts.keySet()) {
                Map<String, Double> f = a.features(person, party);
                if (eligible(f) && a.counts.get(party) >= 2) {
                    out.add(new Candidate(person, party, a.evidence(person, party), f));
                }
            }
        }
        return out;
    }

    /**
     * Whether a pair is worth scoring at all: the person is named in a sentence that names this party and no other, or
     * right after one in the same paragraph (a party named only elsewhere in the article is no evidence the text
     * gives), is not named in a sentence that names only another party, and is no observer ("analyst X"); and the
     * article names the party more than once.
     */
    private static boolean eligible(Map<String, Double> f) {
        return f.containsKey("tie-same") && TIES.stream().anyMatch(f::containsKey) && !f.containsKey("other-only")
                && !f.containsKey("outsider");
    }

    /** What ties a party to a name in one sentence: the party's race, a known member listed with the person, or a party word right beside the name. */
    private static final List<String> TIES = List.of("party-race", "listed-with-member", "party-before-near",
            "party-after-near", "party-possessive");

    /** What the features of one article are computed from. */
    private static final class Article {
        final Doc doc;
        final PersonIndex persons;
        final List<SentenceView> views = new ArrayList<>();
        final List<List<Party>> parties = new ArrayList<>();
        final int[] paragraph;
        final Map<Party, Integer> counts = new LinkedHashMap<>();
        final Map<String, Integer> cues;
        /** Sentences that name each person, by name. */
        final Map<String, Set<Integer>> named = new LinkedHashMap<>();
        /** Sentences where a pronoun refers to each person. */
        final Map<String, Set<Integer>> pronouns = new LinkedHashMap<>();
        /** The party the findings give each settled person. */
        final Map<String, Party> known = new LinkedHashMap<>();
        final List<String> open = new ArrayList<>();
        final Party top;
        final double margin;
        final int total;

        Article(Doc doc, PersonIndex persons, List<List<PartyMention>> mentions, Map<String, Integer> cues,
                List<Found> found) {
            this.doc = doc;
            this.persons = persons;
            this.cues = cues;
            List<Sentence> ss = doc.sentences();
            paragraph = new int[ss.size()];
            for (int i = 0; i < ss.size(); i++) {
                Sentence s = ss.get(i);
                List<PartyMention> ms = mentions.get(i);
                views.add(new SentenceView(s, persons.mentionsIn(s.begin(), s.end()), ms));
                List<Party> here = new ArrayList<>();
                for (PartyMention m : ms) {
                    Party p = PartyGazetteer.DEFAULT.choose(m, cues);
                    here.add(p);
                    counts.merge(p, 1, Integer::sum);
                }
                parties.add(here);
                paragraph[i] = i == 0 ? 0 : paragraph[i - 1]
                        + (doc.text(ss.get(i - 1).end(), s.begin()).indexOf('\n') >= 0 ? 1 : 0);
            }
            for (PersonMention m : persons.mentions()) {
                named.computeIfAbsent(m.canonical(), x -> new LinkedHashSet<>()).add(m.sentence());
            }
            Map<String, Map<Party, Double>> strength = new LinkedHashMap<>();
            for (Found f : found) {
                strength.computeIfAbsent(f.person(), x -> new LinkedHashMap<>()).merge(f.party(), f.confidence(), Math::max);
            }
            strength.forEach((person, ps) -> {
                if (ps.size() == 1) {
                    known.put(person, ps.keySet().iterator().next());
                }
            });
            for (String p : persons.persons()) {
                if (!strength.containsKey(p) && persons.isClearlyPerson(p)) { // not "Kingsmere", a place NER took
                    open.add(p);
                }
            }
            if (!open.isEmpty() && !counts.isEmpty()) {
                for (int i = 0; i < ss.size(); i++) {
                    if (!near(i)) {
                        continue;
                    }
                    SentenceView v = views.get(i);
                    for (int k = 0; k < v.size(); k++) {
                        if (PRONOUNS.contains(v.lower(k)) && v.pos(k).startsWith("PRP") && v.personAt[k] == null) {
                            int sentence = i;
                            persons.resolvePronoun(v.token(k).begin()).ifPresent(
                                    name -> pronouns.computeIfAbsent(name, x -> new LinkedHashSet<>()).add(sentence));
                        }
                    }
                }
            }
            List<Integer> sorted = new ArrayList<>(counts.values());
            sorted.sort(Collections.reverseOrder());
            int first = sorted.isEmpty() ? 0 : sorted.get(0);
            int second = sorted.size() > 1 ? sorted.get(1) : 0;
            Party best = null;
            for (Map.Entry<Party, Integer> e : counts.entrySet()) {
                if (e.getValue() == first && first > second) {
                    best = e.getKey();
                }
            }
            top = best;
            margin = first == 0 ? 0 : (first - second) / (double) first;
            total = counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Whether a party is named in this sentence or a neighbouring one. */
        private boolean near(int i) {
            for (int j = Math.max(0, i - 1); j <= Math.min(parties.size() - 1, i + 1); j++) {
                if (!parties.get(j).isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /** The sentence a finding cites: where the person is named nearest to the party. */
        Sentence evidence(String person, Party party) {
            int best = -1;
            int distance = Integer.MAX_VALUE;
            for (int s : named.getOrDefault(person, Set.of())) {
                for (int j = 0; j < parties.size(); j++) {
                    if (parties.get(j).contains(party) && Math.abs(j - s) < distance) {
                        distance = Math.abs(j - s);
                        best = s;
                    }
                }
            }
            return doc.sentences().get(best < 0 ? named.get(person).iterator().next() : best);
        }

        Map<String, Double> features(String person, Party party) {
            Set<Integer> byName = named.getOrDefault(person, Set.of());
            Set<Integer> all = new LinkedHashSet<>(byName);
            all.addAll(pronouns.getOrDefault(person, Set.of()));
            Map<String, Double> f = new TreeMap<>();
            f.put("bias", 1.0);
            int sameOnly = 0;
            int sameMixed = 0;
            int otherOnly = 0;
            int adjacentOnly = 0;
            int adjacentOther = 0;
            boolean paragraph = false;
            boolean paragraphOther = false;
            boolean pronounOnly = true;
            int distance = Integer.MAX_VALUE;
            for (int s : all) {
                List<Party> here = parties.get(s);
                boolean x = here.contains(party);
                boolean other = here.stream().anyMatch(p -> !p.equals(party));
                if (x && !other) {
                    sameOnly++;
                    put(f, "tie-same", byName.contains(s));
                    pronounOnly &= !byName.contains(s);
                } else if (x) {
                    sameMixed++;
                } else if (other) {
                    otherOnly++;
                }
                if (here.isEmpty()) {
                    for (int j : new int[] {s - 1, s + 1}) {
                        if (j >= 0 && j < parties.size() && !parties.get(j).isEmpty()) {
                            if (parties.get(j).stream().allMatch(party::equals)) {
                                adjacentOnly++;
                                f.put(j < s ? "prev-only" : "next-only", 1.0);
                                put(f, "tie-previous", j == s - 1 && byName.contains(s) && paragraph(j) == paragraph(s));
                            } else {
                                adjacentOther++;
                            }
                        }
                    }
                }
                for (int j = 0; j < parties.size(); j++) {
                    if (paragraph(j) == paragraph(s)) {
                        paragraph |= parties.get(j).contains(party);
                        paragraphOther |= parties.get(j).stream().anyMatch(p -> !p.equals(party));
                    }
                    if (parties.get(j).contains(party)) {
                        distance = Math.min(distance, Math.abs(j - s));
                    }
                }
            }
            if (sameOnly > 0) {
                f.put("same-only", 1.0);
                f.put(sameOnly > 1 ? "same-only-2+" : "same-only-1", 1.0);
                if (pronounOnly) {
                    f.put("same-only-by-pronoun", 1.0);
                }
            }
            put(f, "same-mixed", sameMixed > 0);
            put(f, "other-only", otherOnly > 0);
            put(f, "other-only-more", otherOnly > sameOnly);
            put(f, "adjacent-only", adjacentOnly > 0);
            put(f, "adjacent-other", adjacentOther > 0);
            put(f, "paragraph", paragraph);
            put(f, "paragraph-other", paragraphOther);
            put(f, "paragraph-other-only", paragraphOther && !paragraph);
            f.put(distance == 0 ? "distance-0" : distance == 1 ? "distance-1" : distance <= 3 ? "distance-2-3"
                    : "distance-4+", 1.0);
            int n = counts.size();
            f.put(n == 1 ? "parties-1" : n == 2 ? "parties-2" : "parties-3+", 1.0);
            double share = counts.get(party) / (double) total;
            f.put(share >= 0.8 ? "share-80" : share >= 0.6 ? "share-60" : share >= 0.4 ? "share-40" : "share-0", 1.0);
            boolean isTop = party.equals(top);
            put(f, "top", isTop);
            put(f, "top-margin-50", isTop && margin >= 0.5);
            put(f, "top-count-3", isTop && counts.get(party) >= 3);
            put(f, "not-top", !isTop);
            int count = all.size();
            f.put(count == 1 ? "mentions-1" : count <= 3 ? "mentions-2-3" : "mentions-4+", 1.0);
            put(f, "early", !byName.isEmpty() && byName.iterator().next() <= 2);
            int max = cues.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            put(f, "country-top", max > 0 && cues.getOrDefault(party.country(), 0) == max);
            put(f, "country-uncued", cues.getOrDefault(party.country(), 0) == 0);
            long members = known.values().stream().filter(party::equals).count();
            long others = known.values().stream().filter(p -> !p.equals(party)).count();
            f.put(members == 0 ? "members-0" : members <= 2 ? "members-1-2" : "members-3+", 1.0);
            put(f, "members-fewer", members < others);
            for (int s : byName) {
                sentence(f, views.get(s), person, party, parties.get(s));
            }
            return f;
        }

        private int paragraph(int s) {
            return paragraph[s];
        }

        /** What one sentence that names the person says around the name. */
        private void sentence(Map<String, Double> f, SentenceView v, String person, Party party, List<Party> here) {
            for (int i = 0; i < v.size(); i++) {
                PersonMention m = v.person(i);
                if (m == null || !m.canonical().equals(person)) {
                    continue;
                }
                int end = v.endOf(i);
                boolean role = false;
                boolean outsider = false;
                for (int k = Math.max(0, i - 3); k < i; k++) {
                    role |= SentenceView.isRole(v.word(k));
                    outsider |= OUTSIDERS.contains(v.lower(k));
                }
                if (",".equals(v.word(end))) {
                    for (int k = end + 1; k < Math.min(v.size(), end + 5); k++) {
                        outsider |= OUTSIDERS.contains(v.lower(k));
                        role |= SentenceView.isRole(v.word(k));
                    }
                }
                put(f, "role", role);
                put(f, "outsider", outsider);
                put(f, "in-quote", ReferenceSieves.inQuote(v, i));
                boolean speaks = SAYS.contains(v.lower(end)) || SAYS.contains(v.lower(i - 1));
                put(f, "speaks", speaks);
                if (v.isPossessive(end)) {
                    f.put("possessor", 1.0);
                }
                put(f, "attacked-by-member", attackedBy(v, i, party));
                for (int j = 0; j < v.size(); j++) {
                    PersonMention q = v.person(j);
                    if (q == null || q.canonical().equals(person) || !known.containsKey(q.canonical())) {
                        continue;
                    }
                    boolean same = known.get(q.canonical()).equals(party);
                    boolean listed = listed(v, Math.min(i, j), Math.max(i, j));
                    put(f, same ? "sentence-member" : "sentence-member-other", true);
                    put(f, same ? "listed-with-member" : "listed-with-other", listed);
                }
                for (int j = 0; j < v.parties.size(); j++) {
                    PartyMention pm = v.parties.get(j);
                    if (!here.get(j).equals(party)) {
                        continue;
                    }
                    // just before the party ("X ran against the Labour candidate"), a rival the party word describes
                    // who is not the person named right after it ("Trump, her Republican rival"), or between the name
                    // and the party with no one else between ("X beat the Labour candidate"), unless the party names
                    // the race both are in ("Y's rival for the Democratic nomination")
                    int from = pm.last() < i ? pm.last() + 1 : end;
                    int to = pm.last() < i ? i : pm.first();
                    boolean before = CONTRAST.contains(v.lower(pm.first() - 1))
                            || "the".equals(v.lower(pm.first() - 1)) && CONTRAST.contains(v.lower(pm.first() - 2));
                    boolean rivalOf = CONTRAST.contains(v.lower(pm.last() + 1)) && i != pm.last() + 2 && i != pm.last() + 3;
                    boolean between = false;
                    boolean word = false;
                    for (int k = from; k < to; k++) {
                        between |= v.personAt[k] != null;
                        word |= CONTRAST.contains(v.lower(k)) && (k - from <= 2 || to - k <= 3);
                    }
                    boolean race = RaceSieves.raceAfter(v, pm) >= 0;
                    put(f, "contrast", before || rivalOf || word && !between && !race);
                    put(f, "party-race", race);
                    if (pm.last() < i) {
                        int gap = i - pm.last() - 1;
                        put(f, "party-before-near", gap <= 4 && !crosses(v, pm.last() + 1, i));
                        put(f, "party-possessive", v.isPossessive(pm.last() + 1) && gap <= 5);
                    } else {
                        put(f, "party-after-near", pm.first() - end <= 4 && !crosses(v, end, pm.first()));
                    }
                    put(f, "party-in-quote", ReferenceSieves.inQuote(v, pm.first()));
                    put(f, "party-member-noun", pm.is(PartyGazetteer.Use.MEMBER));
                }
            }
        }

        /**
         * Whether a known member of the party attacks or opposes the person named at {@code i}: "But she slammed Mr
         * Smith" after "Labour MP Grace Okafor ...": a contrast word just before the name, and before it a name or a
         * pronoun of someone the findings give that party.
         */
        private boolean attackedBy(SentenceView v, int i, Party party) {
            for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                if (!CONTRAST.contains(v.lower(k))) {
                    continue;
                }
                for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                    String who = v.personAt[j] != null ? v.personAt[j].canonical()
                            : PRONOUNS.contains(v.lower(j)) && "PRP".equals(v.pos(j))
                            ? persons.resolvePronoun(v.token(j).begin()).orElse(null) : null;
                    if (who != null) {
                        return party.equals(known.get(who));
                    }
                }
            }
            return false;
        }

        /** Whether a verb or a clause boundary lies between two positions. */
        private static boolean crosses(SentenceView v, int from, int to) {
            for (int k = from; k < to; k++) {
                String pos = v.pos(k);
                if (pos.startsWith("VB") || pos.equals("IN") && !"of".equals(v.lower(k)) || ";".equals(v.word(k))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether two person mentions stand in one list: only names, commas, "and", and role words between. */
        private static boolean listed(SentenceView v, int a, int b) {
            int k = v.endOf(a);
            while (k < b) {
                if (v.personAt[k] != null || ",".equals(v.word(k)) || "and".equals(v.lower(k))
                        || SentenceView.isRole(v.word(k)) || v.pos(k).startsWith("NNP") || v.pos(k).equals("DT")) {
                    k++;
                } else {
                    return false;
                }
            }
            return b - v.endOf(a) <= 8;
        }
    }

    private static void put(Map<String, Double> f, String name, boolean on) {
        if (on) {
            f.put(name, 1.0);
        }
    }
}
