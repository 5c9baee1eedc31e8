package org.newskg.extractor.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/** Random text, quotation marks and whitespace never break the quote finder or speaker attribution. */
class QuotePropertiesTest {

    private static final String[] POS = {"NN", "NNP", "NNS", "VBD", "VBZ", "VBG", "VBN", "PRP", "DT", "JJ", "IN",
        "RB", "MD", ",", ".", ":", "``", "''", "POS", "CC", "WP"};
    private static final String[] LEMMAS = {"say", "tell", "add", "call", "he", "she", "the", "who", ",", "spokesman",
        "chancellor", "insist"};

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> quoteHeavy = Arbitraries.strings()
                .withChars("ab Xy'\"‘’“”`\n\r\t .,:;!?-…—(é\u00a0\u2029")
                .ofMaxLength(300);
        Arbitrary<String> words = Arbitraries.of("He said: ", "‘", "’", "“", "”", "\"", "'", "``", "''", "Mr Smith",
                " she ", "said", ", ", ". ", "\n", "\n\n", "Labour’s", "wasn't", "a'b", "MPs' ", "told ", "the chancellor")
                .list().ofMaxSize(60).map(l -> String.join("", l));
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(200);
        return Arbitraries.oneOf(quoteHeavy, words, anything);
    }

    @Property(tries = 1000)
    void quoteFinderReturnsWellFormedOrderedSpans(@ForAll("texts") String text) {
        List<Quote> quotes = QuoteFinder.find(text);

        int last = 0;
        for (Quote q : quotes) {
            assertThat(q.begin()).isBetween(last, text.length());
            assertThat(q.textBegin()).isBetween(q.begin(), q.textEnd());
            assertThat(q.end()).isBetween(q.textEnd(), text.length());
            assertThat(q.text(text)).isNotBlank();
            last = q.end();
        }
    }

    @Property(tries = 1000)
    void speakerAttributionNeverFailsAndEvidenceLiesInTheText(@ForAll("texts") String text, @ForAll long seed) {
        Doc doc = randomlyTagged(text, new Random(seed));
        PersonIndex persons = PersonIndex.of(doc);
        Set<String> names = persons.mentions().stream().map(PersonMention::canonical).collect(Collectors.toSet());

        List<Triple> triples = new QuoteRules().extract(doc, persons);

        for (Triple t : triples) {
            assertThat(t.predicate()).isEqualTo(Relation.SAID);
            assertThat(names).contains(t.subject());
            assertThat(t.start()).isBetween(0, t.end());
            assertThat(t.end()).isLessThanOrEqualTo(text.length());
            assertThat(t.evidence()).isEqualTo(text.substring(t.start(), t.end()));
            assertThat(t.confidence()).isBetween(0.0, 1.0);
        }
    }

    /** Tokens are runs of letters or digits and single other characters, with random tags. */
    static Doc randomlyTagged(String text, Random random) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int index = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            if (Character.isLetterOrDigit(c)) {
                while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
            }
            String word = text.substring(i, j);
            String pos = POS[random.nextInt(POS.length)];
            String lemma = random.nextInt(3) == 0 ? LEMMAS[random.nextInt(LEMMAS.length)] : word;
            String ner = random.nextInt(4) == 0 ? "PERSON" : "O";
            tokens.add(new Token(index++, word, i, j, pos, lemma, ner, sentences.size()));
            if (random.nextInt(6) == 0 || ".".equals(word)) {
                sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(), j, tokens));
                tokens = new ArrayList<>();
            }
            i = j;
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens));
        }
        return new Doc("random", text, sentences);
    }
}
