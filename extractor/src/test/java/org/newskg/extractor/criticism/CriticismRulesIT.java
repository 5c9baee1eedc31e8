package org.newskg.extractor.criticism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.extractor.nlp.Analyzer;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/** CRITICISED and PRAISED rules on sentences we wrote, through the real CoreNLP pipeline and parser (loaded once). */
class CriticismRulesIT {

    private static Analyzer analyzer;
    private static CriticismRules rules;

    @BeforeAll
    static void loadPipeline() {
        analyzer = Analyzer.load();
        rules = new CriticismRules(analyzer::parse);
    }

    private static List<Triple> triples(String text) {
        Doc doc = analyzer.analyse("test", text);
        return rules.extract(doc, PersonIndex.of(doc));
    }

    private static String pairs(String text, Relation relation) {
        return triples(text).stream().filter(t -> t.predicate() == relation)
                .map(t -> t.subject() + " > " + t.object()).sorted().collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Labour MP Stella Creasy slammed Ken Livingstone over his refusal to apologise. => Stella Creasy > Ken Livingstone
            Charles Kennedy criticised Gordon Brown for failing to mention the environment. => Charles Kennedy > Gordon Brown
            Liam Fox accused Tony Blair and other ministers of telling lies.          => Liam Fox > Tony Blair
            Donald Trump accused Ted Cruz, the senator from Texas, of being weak.    => Donald Trump > Ted Cruz
            Chris Christie savaged Marco Rubio in the debate.                        => Chris Christie > Marco Rubio
            Donald Trump slammed Jeb Bush and Ted Cruz on Monday.                     => Donald Trump > Jeb Bush; Donald Trump > Ted Cruz
            Jeb Bush fired at Donald Trump, Ted Cruz and Marco Rubio.                => Jeb Bush > Donald Trump; Jeb Bush > Marco Rubio; Jeb Bush > Ted Cruz
            Nick Clegg hit out at David Cameron over the cuts.                       => Nick Clegg > David Cameron
            Donald Trump was attacked by Democratic front-runner Hillary Clinton for his remarks. => Hillary Clinton > Donald Trump
            Boris Johnson was branded a liar by Ed Miliband.                         => Ed Miliband > Boris Johnson
            Ted Cruz took the stage with a shot at Donald Trump.                     => Ted Cruz > Donald Trump
            Gordon Brown's attack on Michael Howard was fierce.                      => Gordon Brown > Michael Howard
            Vince Cable was highly critical of George Osborne.                       => Vince Cable > George Osborne
            Nick Clegg slammed David Cameron's remarks on Europe.                    => Nick Clegg > David Cameron
            Ted Cruz took aim at Donald Trump in Iowa.                               => Ted Cruz > Donald Trump
            Tom Walsh hit back at Peter Grant's claim that the plan would help.      => Tom Walsh > Peter Grant
            """)
    void extractsCriticismWithItsDirection(String text, String expected) {
        assertThat(pairs(text, Relation.CRITICISED)).isEqualTo(expected);
    }

    @Test
    void resolvesPronounCriticsAndTargets() {
        assertThat(pairs("Liam Fox said the comments were odd. But Charles Clarke accused him of playing politics.",
                Relation.CRITICISED)).isEqualTo("Charles Clarke > Liam Fox");
        assertThat(pairs("Hillary Clinton debated Bernie Sanders in Iowa. He has attacked Clinton repeatedly.",
                Relation.CRITICISED)).isEqualTo("Bernie Sanders > Hillary Clinton");
    }

    @Test
    void aPronounCriticHitsBackAtAClaimOfTheTarget() {
        String text = "Tom Walsh spoke in Leeds after Peter Grant had left. And he hit back at Mr Grant's claim"
                + " that the plan would help.";
        assertThat(pairs(text, Relation.CRITICISED)).isEqualTo("Tom Walsh > Peter Grant");
        // kept by the evaluation, which ignores triples under 0.5
        assertThat(triples(text)).singleElement().satisfies(t -> assertThat(t.confidence()).isGreaterThanOrEqualTo(0.5));
    }

    @Test
    void aRetortTargetsWhoeverJustCriticisedTheSpeaker() {
        assertThat(pairs("Chris Christie savaged Marco Rubio in the debate, and Rubio smacked back.",
                Relation.CRITICISED)).isEqualTo("Chris Christie > Marco Rubio; Marco Rubio > Chris Christie");
        assertThat(pairs("Marco Rubio spoke in Iowa. Later Rubio hit back.", Relation.CRITICISED)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ed Miliband hit out at the Conservatives for their campaign.",
        "Roger Knapman attacked the plans for pensioners.",
        "Lord Mandelson attacked Labour's proposed mansion tax.",
        "Tom Walsh praised Mary Jones for her work.",
        "At his stops, Bernie Sanders did not directly criticize Hillary Clinton.",
        "Ken Livingstone claimed Shami Chakrabarti might be condemning Jeremy Corbyn.",
        "Mary Jones was attacked and stabbed by Tom Walsh in a field.",
        "A TV spot paid for by Charles Koch is attacking Ted Strickland for tax increases.",
        "Tom Walsh criticised himself and Tom Walsh.",
        "Tom Walsh criticised Mary Jones's car for being too loud.",
        "Paul Manafort met Hillary Clinton. He accused the media and the Clinton campaign of lying.",
    })
    void givesNoCriticismUnlessOneNamedPersonAttacksAnother(String text) {
        assertThat(pairs(text, Relation.CRITICISED)).isEmpty();
    }

    @Test
    void praiseIsNotCriticism() {
        String text = "Tom Walsh praised Mary Jones for her work.";
        assertThat(pairs(text, Relation.PRAISED)).isEqualTo("Tom Walsh > Mary Jones");
        assertThat(pairs(text, Relation.CRITICISED)).isEmpty();
    }

    @Test
    void triplesCarryTheirSentenceAndRule() {
        String text = "It was a long day. Chris Christie savaged Marco Rubio in the debate.";
        List<Triple> ts = triples(text);
        assertThat(ts).singleElement().satisfies(t -> {
            assertThat(t.evidence()).isEqualTo("Chris Christie savaged Marco Rubio in the debate.");
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.evidence());
            assertThat(t.rule()).isEqualTo("criticism.verb");
            assertThat(t.confidence()).isBetween(0.5, 1.0);
        });
    }
}
