package org.newskg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newskg.loader.ArticleContribution;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * Deterministic synthetic triples shaped like extracted news: about 50 triples per article, mostly quotes
 * (each its own node), a few thousand persons (a handful per article, some far more frequent than others,
 * spelled several ways), a dozen parties. For benchmarks only; the names are made up from syllables.
 */
public final class SyntheticTriples {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ven", "dor", "sel", "ta", "bri", "mon", "ar",
        "el", "quin", "por", "zu", "fen", "gar", "hal", "is", "jor"};
    private static final String[] WORDS = {"the", "government", "will", "never", "accept", "this", "plan", "for",
        "our", "schools", "people", "deserve", "better", "than", "a", "broken", "promise", "and", "we", "must", "act",
        "now", "on", "housing", "taxes", "are", "too", "high", "it", "is", "time", "change", "voters", "know"};
    private static final String[] PARTY_NAMES = {"Labour", "Conservative", "Liberal Democrat", "Green", "Reform",
        "Plaid Cymru", "Scottish National", "Democratic Unionist", "Alliance", "Social Democratic", "Workers",
        "Independence"};

    private SyntheticTriples() {
    }

    /**
     * {@code count} triples, each article's rows together, the same for the same {@code seed}.
     *
     * @param persons how many distinct persons to draw from (a few thousand is like a large news corpus)
     */
    public static List<ArticleContribution> articles(int count, int persons, long seed) {
        Random random = new Random(seed);
        List<String> people = new ArrayList<>(persons);
        for (int i = 0; i < persons; i++) {
            people.add(name(i));
        }
        List<ArticleContribution> out = new ArrayList<>();
        int made = 0;
        int article = 0;
        while (made < count) {
            String id = String.format(Locale.ROOT, "syn-%06d", article++);
            int size = Math.min(count - made, 30 + random.nextInt(41));
            List<String> cast = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                double r = random.nextDouble();
                cast.add(spelling(people.get((int) (persons * r * r)), random));
            }
            List<Triple> triples = new ArrayList<>(size);
            for (int t = 0; t < size; t++) {
                String subject = cast.get(random.nextInt(cast.size()));
                int kind = random.nextInt(100);
                Relation relation = kind < 62 ? Relation.SAID : kind < 77 ? Relation.MEMBER_OF
                        : kind < 91 ? Relation.CRITICISED : kind < 97 ? Relation.PRAISED : Relation.LEFT;
                String object = switch (relation) {
                    case SAID -> quote(random, id, t);
                    case MEMBER_OF, LEFT -> party(random);
                    default -> cast.get(random.nextInt(cast.size()));
                };
                if (object.equals(subject)) {
                    object = spelling(people.get(random.nextInt(persons)), random);
                }
                int start = t * 160;
                triples.add(new Triple(id, subject, relation.subjectType(), relation, object, relation.objectType(),
                        0.5 + random.nextInt(50) / 100.0, "Evidence sentence " + t + " of " + id + ": " + subject
                                + " and " + object.substring(0, Math.min(40, object.length())) + ".",
                        start, start + 150, "synthetic"));
            }
            out.add(ArticleContribution.ofTriples(id, triples, false));
            made += size;
        }
        return out;
    }

    private static String name(int i) {
        StringBuilder first = new StringBuilder();
        StringBuilder last = new StringBuilder();
        int n = i;
        first.append(SYLLABLES[n % SYLLABLES.length]).append(SYLLABLES[(n / 7) % SYLLABLES.length]);
        n /= SYLLABLES.length;
        last.append(SYLLABLES[n % SYLLABLES.length]).append(SYLLABLES[(n / 3 + i) % SYLLABLES.length])
                .append(SYLLABLES[(n / SYLLABLES.length) % SYLLABLES.length]);
        return capital(first) + " " + capital(last);
    }

    private static String capital(CharSequence s) {
        String t = s.toString();
        return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    private static String spelling(String name, Random random) {
        int v = random.nextInt(20);
        return v == 0 ? name.toUpperCase(Locale.ROOT) : v == 1 ? "Mr " + name : name;
    }

    private static String party(Random random) {
        double r = random.nextDouble();
        String name = PARTY_NAMES[(int) (PARTY_NAMES.length * r * r)];
        return random.nextInt(3) == 0 ? "the " + name + " Party" : name;
    }

    private static String quote(Random random, String article, int t) {
        StringBuilder sb = new StringBuilder();
        int words = 8 + random.nextInt(25);
        for (int w = 0; w < words; w++) {
            sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return capital(sb) + " (" + article + "/" + t + ").";
    }
}
