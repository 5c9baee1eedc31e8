package org.newskg.extractor.criticism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
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
            Ann Holt said Tom Reid is playing games and said that Priya Patel is weak. => Ann Holt > Priya Patel
            Ann Holt said Tom Reid is responsible for the chaos and accused him of lying. => Ann Holt > Tom Reid
            Tom Reid announced a cap on fees. Ann Holt condemned the move by Priya Patel. => Ann Holt > Priya Patel
            Jim Cole praised Tom Reid, but he said the time is coming when Reid will have to tone down his attacks on Ann Holt. => Tom Reid > Ann Holt
            Boycott: Ann Holt (pictured with her husband) spoke out against Tom Reid. => Ann Holt > Tom Reid
            Ann Holt mocked Tom Reid's hair in the chamber.                            => Ann Holt > Tom Reid
            Ann Holt, Tom Reid and Priya Patel spoke at the forum. Mr Reid later mocked his two rivals as dinosaurs. => Tom Reid > Ann Holt; Tom Reid > Priya Patel
            The three candidates, Ann Holt, Tom Reid and Priya Patel, met in Leeds. Mr Reid came under attack from both of his rivals. => Ann Holt > Tom Reid; Priya Patel > Tom Reid
            Ann Holt and Tom Reid spoke at the forum. Mr Reid later mocked his three rivals as dinosaurs. => ~~
            Tom Reid said the consultation had been a sham. That drew an attack from Ann Holt, who said it was hypocrisy. => Ann Holt > Tom Reid
            Tom Reid accused Priya Patel of lying. But this prompted a sharp rebuke from Ann Holt. => Ann Holt > Tom Reid; Tom Reid > Priya Patel
            Tom Reid unveiled his budget on Monday. That drew praise from Ann Holt.   => ~~
            Tom Reid said the budget was a disgrace. The remark drew a rebuke from Ann Holt, the chancellor. => Ann Holt > Tom Reid
            Sam Cole spoke first. When Tom Reid claimed his plan had worked, Ann Holt chided him from the next lectern. => Ann Holt > Tom Reid
            Tom Reid said he would defect to the Greens. The defection drew a sharp rebuke from Ann Holt. => Ann Holt > Tom Reid
            Tom Reid announced a plan to scrap the tax. The plan drew praise from Ann Holt. => ~~
            Tom Reid met Priya Patel on Monday. The meeting drew criticism from Ann Holt. => ~~
            Tom Reid attacked Priya Patel over the budget. The remark drew a rebuke from Ann Holt. => Tom Reid > Priya Patel
            One of his most prominent backers, the Liberal frontbencher Ann Holt, criticised Tom Reid for failing to act. => Ann Holt > Tom Reid
            Conservative leader Tom Reid and Labour leader Jim Cole spoke in Brighton. Ann Holt said Labour would win. She then accused the Tory leader of behaving like an attack dog. => Ann Holt > Tom Reid
            Ann Holt spoke first. She praised the plan. Tom Reid accused Priya Patel of lying, and she rounded on him immediately. => Priya Patel > Tom Reid; Tom Reid > Priya Patel
            Tom Reid accused Ann Holt of attacking Priya Patel.                      => Ann Holt > Priya Patel; Tom Reid > Ann Holt
            Tom Reid accused Ann Holt of trying to go after Priya Patel.              => Ann Holt > Priya Patel; Tom Reid > Ann Holt
            Tom Reid made a habit of mocking Priya Patel.                            => Tom Reid > Priya Patel
            """)
    void extractsCriticismWithItsDirection(String text, String expected) {
        assertThat(pairs(text, Relation.CRITICISED)).isEqualTo(expected);
    }

    /** Every sieve, by name: sentences that fire it (a pair it must find, with that rule). Invented names. */
    @ParameterizedTest(name = "{2}: {0}")
    @CsvFileSource(resources = "/org/newskg/extractor/criticism/sieve-examples.csv", delimiterString = "=>",
            quoteCharacter = '~')
    void eachSieveFiresWithItsName(String text, String pair, String rule) {
        assertThat(triples(text)).filteredOn(t -> t.predicate() == Relation.CRITICISED)
                .filteredOn(t -> (t.subject() + " > " + t.object()).equals(pair))
                .singleElement().satisfies(t -> assertThat(t.rule()).isEqualTo("criticism." + rule));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Ann Holt and Tom Reid traded insults.                          => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            Ann Holt traded barbs with Tom Reid.                           => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            Ann Holt and Tom Reid attacked each other on television.       => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            The two front-runners, Ann Holt and Tom Reid, attacked each other's records in Harrogate. => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            Ann Holt and Tom Reid, both chasing the same vote, also exchanged barbs. => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            Tom Reid came under fire from two rivals, Ann Holt and Priya Patel. => Ann Holt > Tom Reid; Priya Patel > Tom Reid
            Ann Holt accused Tom Reid and Priya Patel of colluding.         => Ann Holt > Priya Patel; Ann Holt > Tom Reid
            Tom Reid and Sam Voss suggested that Ann Holt would be too ready to use force. => Sam Voss > Ann Holt; Tom Reid > Ann Holt
            First, Tom Reid attacked Ann Holt. Then he turned to Priya Patel. => Tom Reid > Ann Holt; Tom Reid > Priya Patel
            Tom Reid's attack on Ann Holt's record drew criticism from Priya Patel. => Priya Patel > Tom Reid; Tom Reid > Ann Holt
            Ann Holt and Tom Reid, who in previous debates had gone after each other, both attacked Priya Patel. => Ann Holt > Priya Patel; Ann Holt > Tom Reid; Tom Reid > Ann Holt; Tom Reid > Priya Patel
            Ann Holt and Tom Reid clashed on Tuesday, each accusing the other of misleading voters. => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            Ann Holt savaged Tom Reid over the bridge. Reid hit back hard. Nobody was surprised. Priya Patel mocked the pair as hopeless. => Ann Holt > Tom Reid; Priya Patel > Ann Holt; Priya Patel > Tom Reid; Tom Reid > Ann Holt
            Ann Holt met Tom Reid in Leeds. Priya Patel then attacked both men for their silence. => Priya Patel > Ann Holt; Priya Patel > Tom Reid
            Cllr Ann Holt and Cllr Tom Reid, whose parties have clashed over the budget, then criticised each other over who deserved credit. => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            Ann Holt and Sam Cole have been vocal in their criticism of Tom Reid.  => Ann Holt > Tom Reid; Sam Cole > Tom Reid
            Ann Holt and Tom Reid each said the other was unfit to be mayor.       => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            Ann Holt and Tom Reid met in Leeds, each saying the other had misled voters. => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            Ann Holt and Tom Reid clashed on Tuesday, each touting her record and saying the other lacks the judgment to lead. => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            Party leaders, including Ann Holt and Sam Cole, have been vocal in their criticism of Tom Reid. => Ann Holt > Tom Reid; Sam Cole > Tom Reid
            The feud between Ann Holt and Tom Reid has dominated the campaign.     => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            Ann Holt's row with Tom Reid deepened on Tuesday.                      => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            Tom Reid had a blazing row with Ann Holt after the vote.               => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            Sam Cole reignited his feud with Tom Reid this week.                   => Sam Cole > Tom Reid; Tom Reid > Sam Cole
            A war of words between Ann Holt and Tom Reid erupted after the debate. => Ann Holt > Tom Reid; Tom Reid > Ann Holt
            """)
    void findsEveryPairAndBothDirectionsOfAReciprocalStatement(String text, String expected) {
        assertThat(pairs(text, Relation.CRITICISED)).isEqualTo(expected);
    }

    /**
     * "the comments" with no owner named stand for the words of the one the sentence just before reports saying
     * something; not for a speaker who was talking about someone else ("Cole said: 'Reid is attention seeking.'": the
     * comments are a reaction's, the remarks Reid's), nor for someone who did not speak; further back, only when one
     * person alone has been named as owning them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Mr Sam Cole said: "Tom Reid is attention seeking." Ann Holt said the comments were wrong.      => Ann Holt > Sam Cole
            Tom Reid said immigrants should be sent home. Ann Holt praised him. Jo Cole called the comments disgraceful. => Jo Cole > Ann Holt
            Tom Reid's comments were about tax. Kim Vale's comments were about schools. Reid spoke. He said more. Vale spoke too. Ann Holt called the comments disgraceful. => Ann Holt > Tom Reid
            """)
    void unownedCommentsAreNotAReactionsNorAnAuthorsWhoDidNotSpeak(String text, String notThis) {
        assertThat(pairs(text, Relation.CRITICISED)).doesNotContain(notThis);
    }

    @Test
    void theAttackJustAfterViolenceIsNoAnswerToACritic() {
        String before = "Senator Tom Reid told reporters he viewed Ann Holt as directly responsible for the attack. ";
        assertThat(pairs(before + "A gunman killed five people with an assault weapon on Sunday. Holt, who has denounced "
                + "the attack as an act of terrorism, spoke on Friday.", Relation.CRITICISED)).isEqualTo("Tom Reid > Ann Holt");
        assertThat(pairs("Senator Tom Reid told reporters he viewed Ann Holt as directly responsible for the crisis. Holt "
                + "dismissed the attack as nonsense.", Relation.CRITICISED)).isEqualTo("Ann Holt > Tom Reid; Tom Reid > Ann Holt");
    }

    @Test
    void resolvesPronounCriticsAndTargets() {
        assertThat(pairs("Liam Fox said the comments were odd. But Charles Clarke accused him of playing politics.",
                Relation.CRITICISED)).isEqualTo("Charles Clarke > Liam Fox");
        assertThat(pairs("Hillary Clinton debated Bernie Sanders in Iowa. He has attacked Clinton repeatedly.",
                Relation.CRITICISED)).isEqualTo("Bernie Sanders > Hillary Clinton");
        // the role before the target's name is the target, not someone the pronoun critic could be told apart from
        assertThat(pairs("Eleri Pugh, the MP for Harwood, spoke first. The loudest cheer was for the MP, Joanna Pettifer. "
                + "\"They keep telling me this is about safety,\" Ms Pettifer said. She went on to accuse the chancellor, "
                + "Simon Threlkeld, of finding money for trains.", Relation.CRITICISED)).isEqualTo("Joanna Pettifer > Simon Threlkeld");
    }

    /**
     * "He called him a liar" after a sentence that names both: the critic pronoun is resolved first (the subject of the
     * sentence before), the target pronoun is the other person named there; never the other way round, and nothing
     * when the sentence before leaves it open.
     */
    @Test
    void twoPronounsOfOneGenderContinueTheSentenceBeforeInItsDirection() {
        assertThat(pairs("Tom Reid met Mark Hale on Tuesday. He accused him of lying.", Relation.CRITICISED))
                .isEqualTo("Tom Reid > Mark Hale");
        assertThat(pairs("Ann Holt met Priya Patel in Leeds. She accused her of lying.", Relation.CRITICISED))
                .isEqualTo("Ann Holt > Priya Patel");
        assertThat(pairs("Tom Reid met Mark Hale and Jim Cole on Tuesday. He called him a liar.", Relation.CRITICISED)).isEmpty();
        assertThat(pairs("Tom Reid and Mark Hale met on Tuesday. He accused him of lying.", Relation.CRITICISED)).isEmpty();
        assertThat(pairs("Tom Reid met Mark Hale on Tuesday. Mark Hale said nothing. He accused him of lying.",
                Relation.CRITICISED)).isEmpty();
    }

    /**
     * Critics and targets the resolver needed help with: an object pronoun right after a sentence that criticised one
     * person of its gender is that person (parallelism, not the sentence before's subject); "his wife, Heidi" beside a
     * full "Heidi Cole" is Heidi Cole; "X's ex-girlfriend Y ... her former partner" is X; a role noun that a relative
     * clause hangs on ("The presidential hopeful, who castigates ..."); an object "her" nobody else can be is the one
     * woman the article named. Named persons of the sentence stop the first; a woman left unnamed or a second one the last.
     */
    @Test
    void resolvesParallelPronounsPartnersAndRoleNouns() {
        assertThat(pairs("Governor Jim Parr has demeaned Tom Reid's toughness. And Ann Holt has cast him as weak on immigration.",
                Relation.CRITICISED)).isEqualTo("Ann Holt > Tom Reid; Jim Parr > Tom Reid");
        assertThat(pairs("Governor Jim Parr has demeaned Tom Reid's toughness. And Ann Holt, Mark Hale's ally, has cast him as weak.",
                Relation.CRITICISED)).doesNotContain("Ann Holt > Tom Reid");
        assertThat(pairs("Governor Jim Parr has demeaned Tom Reid and Mark Hale. And Ann Holt has cast him as weak.",
                Relation.CRITICISED)).doesNotContain("Ann Holt > Tom Reid").doesNotContain("Ann Holt > Mark Hale");
        assertThat(pairs("Heidi Cole is a lawyer. Ted Cole said Tom Reid had personally attacked his wife, Heidi.",
                Relation.CRITICISED)).isEqualTo("Tom Reid > Heidi Cole");
        assertThat(pairs("Tom Reid's ex-girlfriend Ann Holt has taken a swipe at her former partner.", Relation.CRITICISED))
                .isEqualTo("Ann Holt > Tom Reid");
        assertThat(pairs("Tom Reid's ex-girlfriend Ann Holt met Priya Patel. She took a swipe at her former partner.",
                Relation.CRITICISED)).doesNotContain("Priya Patel");
        assertThat(pairs("Presidential candidate Tom Reid spoke in Leeds. The presidential hopeful, who constantly castigates "
                + "Mark Hale, is using a new website.", Relation.CRITICISED)).isEqualTo("Tom Reid > Mark Hale");
        assertThat(pairs("Ann Holt filed a complaint against Tom Reid. He denied the charges and counter-accused her of battery.",
                Relation.CRITICISED)).isEqualTo("Tom Reid > Ann Holt");
        assertThat(pairs("Tom Reid has counter-accused Ann Holt of lying.", Relation.CRITICISED)).isEqualTo("Tom Reid > Ann Holt");
        assertThat(pairs("Minister Priya Patel spoke. Senator Ann Holt holds the deciding vote. Patel said nothing. She blamed "
                + "Tom Reid and Priya Patel in equal measure.", Relation.CRITICISED)).isEqualTo("Ann Holt > Priya Patel; Ann Holt > Tom Reid");
        assertThat(pairs("Labour's Ann Baird is no relation to SNP MSP Tom Baird. Ann Baird attacked her namesake directly.",
                Relation.CRITICISED)).isEqualTo("Ann Baird > Tom Baird");
        assertThat(pairs("Ann Baird, Tom Baird and Priya Baird spoke. Ann Baird attacked her namesake directly.",
                Relation.CRITICISED)).isEmpty();
        assertThat(pairs("Isla Baird blamed council leader Alasdair Baird. Tory MSP Moira Reid branded Ms Baird's evidence a "
                + "farce. Sorcha Patel was less restrained. She turned on both Bairds, accusing the pair of games.",
                Relation.CRITICISED)).contains("Sorcha Patel > Alasdair Baird; Sorcha Patel > Isla Baird")
                .doesNotContain("Sorcha Patel > Moira Reid"); // "the pair" are the Bairds just named, not the last two names
        assertThat(pairs("Bill Baird spoke. Ann Holt attacked the Bairds.", Relation.CRITICISED)).isEmpty(); // one Baird: no family
        String couple = "Tory leader Tom Reid blasted Cllr Ann Oakenshaw for handing the brief to her husband, Cllr Derek "
                + "Oakenshaw.\n\nDerek Oakenshaw also came under fire from Mr Reid, who called him lazy.\n\nLabour's Priya Patel "
                + "piled in, accusing the couple of running the council like a family business.\n\nBut she drew the line at "
                + "Mr Reid's demand.\n\nDerek Oakenshaw hit back last night. In a statement, he said: 'Tom Reid should be "
                + "ashamed of himself.'";
        assertThat(pairs(couple, Relation.CRITICISED)).contains("Priya Patel > Ann Oakenshaw; Priya Patel > Derek Oakenshaw")
                .contains("Derek Oakenshaw > Tom Reid").doesNotContain("Derek Oakenshaw > Priya Patel");
        String before = "Tom Reid said voters did not want Ann Holt as leader.\n\n“They are so brave,” Reid said.\n\n"
                + "“I know what they are thinking,” he continued.\n\n“It is not for them.”\n\n";
        String attack = "Before a crowd of voters, Reid continued to attack the rival's integrity, blaming her for the deficit.";
        assertThat(pairs(before + attack, Relation.CRITICISED)).isEqualTo("Tom Reid > Ann Holt");
        assertThat(pairs(before.replace("“They are so brave,” Reid said.", "A woman in the crowd shouted at him.") + attack,
                Relation.CRITICISED)).isEmpty();
        assertThat(pairs(before.replace("Ann Holt as leader", "Ann Holt or Holt's ally Priya Patel") + attack,
                Relation.CRITICISED)).isEmpty();
    }

    /**
     * A target "him" or "her" in a clause that hangs on a verb with one person of that gender among its objects is that
     * person ("apologise to Jim Cole for accusing him"), not the most salient man; "X said he" shows X's sex when neither
     * honorific nor given name does, so a later "she" is not X.
     */
    @Test
    void resolvesPronounsByTheVerbAboveAndBySaidHe() {
        assertThat(pairs("Mark Hale called on Tom Reid to apologise to Jim Cole for accusing him of lying.", Relation.CRITICISED))
                .isEqualTo("Mark Hale > Tom Reid; Tom Reid > Jim Cole"); // the call for an apology is Hale's criticism
        assertThat(pairs("Mark Hale spoke. Ann Holt wrote to Tom Reid, accusing him of lying.", Relation.CRITICISED))
                .isEqualTo("Ann Holt > Tom Reid");
        String coroner = "Eleanor Marsh, 23, died in April. Coroner Chinyere Okafor also said he needed to know the remit"
                + " of the inquiry. She had accused Alexander Economou of lying.";
        assertThat(pairs(coroner, Relation.CRITICISED)).isEqualTo("Eleanor Marsh > Alexander Economou");
        assertThat(pairs(coroner.replace("said he", "said she"), Relation.CRITICISED)).isNotEqualTo("Eleanor Marsh > Alexander Economou");
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

    /** A bare retort answers the only one who criticised its subject a few paragraphs back; one with a clause does not. */
    @Test
    void aBareRetortAnswersTheOnlyCriticOfItsSubjectFurtherBack() {
        String before = "Ann Holt tore into Tom Reid over the dossier. The Justice Secretary accused his colleague of lying."
                + " Ms Holt did not stop there. She also laid into Sam Patel. The row will horrify No10. ";
        assertThat(pairs(before + "But Mr Reid hit straight back.", Relation.CRITICISED))
                .contains("Tom Reid > Ann Holt");
        assertThat(pairs(before + "Mr Reid fired back, mocking Priya Shah as a caretaker.", Relation.CRITICISED))
                .contains("Tom Reid > Priya Shah").doesNotContain("Tom Reid > Ann Holt");
    }

    /** A retort by a role nobody was given is its latest target's; a subject that names no role is nobody. */
    @Test
    void aRoleThatHitsBackIsWhomTheCriticItNamesJustAttacked() {
        assertThat(pairs("Ann Holt ripped into Declan Furlong. The Fianna Fáil leader hit back, accusing Ms Holt of lying.",
                Relation.CRITICISED)).isEqualTo("Ann Holt > Declan Furlong; Declan Furlong > Ann Holt");
        assertThat(pairs("Ann Holt ripped into Declan Furlong. The company hit back, accusing Ms Holt of lying.",
                Relation.CRITICISED)).isEqualTo("Ann Holt > Declan Furlong");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tom Reid spoke in Leeds. Ann Holt said his attacks on Priya Patel were wrong.",
        "Ann Holt spoke in Leeds. Tom Reid said her criticism of Priya Patel was unfair.",
        "Tom Reid spoke in Leeds. Ann Holt gave a speech in which he attacked Priya Patel.",
        "Tom Reid spoke in Leeds. Ann Holt caused a stir in May, when he criticised Priya Patel.",
        "Tom Reid spoke in Leeds. Ann Holt flew to Derby, where he mocked Priya Patel."
    })
    void aPronounInAReportedOrRelativeClauseIsNotASpeakerOfTheOtherSex(String text) {
        assertThat(pairs(text, Relation.CRITICISED)).doesNotContain("Ann Holt > Priya Patel", "Tom Reid > Priya Patel");
    }

    @Test
    void aTitleNounIsNotThePersonBeforeWhomTheArticleGivesAnotherTitle() {
        assertThat(pairs("Ken Livingstone spoke. The Prime Minister Tony Blair is among those who have called for an apology."
                + " The mayor accused Oliver Finegold of doorstepping him.", Relation.CRITICISED)).isEmpty();
        assertThat(pairs("Gov. Chris Christie spoke in Trenton. The governor attacked Oliver Finegold.", Relation.CRITICISED))
                .isEqualTo("Chris Christie > Oliver Finegold");
        // the role's own modifier ("prime") must be in the title: not the welfare minister the sentence before named
        assertThat(pairs("Tony Blair spoke. Former welfare minister Frank Field said the prime minister should sack Gordon"
                + " Brown. Tory leader Michael Howard accused the prime minister of squabbling.", Relation.CRITICISED))
                .isEmpty();
        assertThat(pairs("Prime Minister Tony Blair spoke. Tory leader Michael Howard accused the prime minister of squabbling.",
                Relation.CRITICISED)).isEqualTo("Michael Howard > Tony Blair");
    }

    @Test
    void aClauseHasOneSubjectTheNearestOfTwoTheParserGave() {
        // mis-encoded accents ("JosÃ©") make the parser hang "the celebrity chef" on "blasted" beside Clinton; the
        // chef, taken for the actor named before, is no second critic
        assertThat(pairs("Hillary Clinton spoke in Florida. Her campaign released an advertisement voiced by actor Michael "
                + "Patel.\n\nTraveling with JosÃ© AndrÃ©s, the celebrity chef who backed out of plans to build a restaurant "
                + "at Donald Trump's hotel, Clinton blasted Trump for hypocrisy.", Relation.CRITICISED))
                .isEqualTo("Hillary Clinton > Donald Trump");
    }

    @Test
    void aRoleNominalIsNotThePersonAPronounSubjectOfItsClauseIs() {
        // the prime minister is nobody the article names: not Reid, whom "he" is, nor Baker for "he" then
        assertThat(pairs("Peter Baker asked about schools. Tom Reid, the Conservative leader, rose next. He accused the "
                + "prime minister of hiding the truth.", Relation.CRITICISED)).isEmpty();
        assertThat(pairs("Prime Minister Tony Blair spoke. Michael Howard rose next. He accused the prime minister of "
                + "squabbling.", Relation.CRITICISED)).isEqualTo("Michael Howard > Tony Blair");
    }

    @Test
    void theOneMockedForACriticismIsItsCriticNotTheMocker() {
        assertThat(pairs("Tom Reid has mocked Ann Holt repeatedly for publicly criticizing the mayor, Priya Patel, during the campaign.",
                Relation.CRITICISED)).isEqualTo("Ann Holt > Priya Patel; Tom Reid > Ann Holt");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ann Holt said she had no intention of criticising Ms Priya Patel.",
        // players clash and spar too; a deed one holds off from, or a letter one receives, is not one's criticism
        "Ann Holt also clashed with opposing skipper Tom Reid and the referee had to separate them.",
        "Ann Holt and Tom Reid did not clash over the budget.",
        "Ann Holt sparred for the first time with partners Tom Reid and Sam Voss.",
        "Tom Reid spent the day campaigning, as opposed to attacking Ann Holt.",
        "Tom Reid has held off on criticizing Ann Holt.",
        "Tom Reid received a letter criticizing Ann Holt.",
        "Tom Reid met voters with criticism of Ann Holt ringing in his ears.",
        "Tom Reid referred to Ann Holt as a friend.",
        "Tom Reid referred to the report as a disgrace, and Ann Holt agreed.",
        "Tom Reid has no plans of attacking Ann Holt.",
        // too much of a state, a time or a virtue is no fault; nor is a fault denied, hedged or the speaker's own
        // an adjunct after the object of "call" is no insult unless its word is one
        "Tom Reid called Ann Holt's remarks on Sunday \"remarkable.\"",
        "Tom Reid called Ann Holt on Monday.",
        "Tom Reid said Ann Holt was too ill to travel.",
        "Tom Reid said Ann Holt was in danger of losing her seat.",
        "Tom Reid attacked the health service under Ann Holt.",
        "Tom Reid said Ann Holt was too good to lose.",
        "Tom Reid said Ann Holt was not too close to Wall Street.",
        "Tom Reid said Ann Holt might be too close to Wall Street.",
        "Tom Reid met Sam Voss and said he was too busy to look at Ann Holt's plan.",
        // groups, parties, governments, organisations and places are not persons
        "Ed Miliband hit out at the Conservatives for their campaign.",
        "Roger Knapman attacked the plans for pensioners.",
        "Lord Mandelson attacked Labour's proposed mansion tax.",
        "Ann Holt attacked the government over the delays.",
        "Holt slammed Brussels.",
        "Apple has slammed Reid over the tax ruling.",
        "Microsoft accused Holt of lying.",
        "Critics accused Ann Holt of lying.",
        "Tom Reid was accused of fraud by prosecutors.",
        "Ann Holt faces criticism from within her party.",
        "Ann Holt's campaign attacked Tom Reid.",
        "A TV spot paid for by Charles Koch is attacking Ted Strickland for tax increases.",
        "Paul Manafort met Hillary Clinton. He accused the media and the Clinton campaign of lying.",
        // praise, negation, hedges, intentions and requests
        "Tom Walsh praised Mary Jones for her work.",
        "Ann Holt was praised by Tom Reid.",
        "At his stops, Bernie Sanders did not directly criticize Hillary Clinton.",
        "Ann Holt never attacked Tom Reid.",
        "Ken Livingstone claimed Shami Chakrabarti might be condemning Jeremy Corbyn.",
        "Ann Holt refused to criticise Tom Reid.",
        "Ann Holt promised an attack on Tom Reid.",
        "Ann Holt stopped short of criticising Tom Reid.",
        "Ann Holt is expected to attack Tom Reid in her speech.",
        "Ann Holt asked Tom Reid to condemn Priya Patel.",
        "Ann Holt asked Tom Reid whether he would condemn Priya Patel.",
        "Tom Reid was jailed for attacking Priya Patel.",
        "Ann Holt urged Tom Reid to condemn Priya Patel.",
        "Ann Holt dismissed Tom Reid from the cabinet.",
        "Ann Holt spoke on Monday, saying Tom Reid was in Leeds.",
        "Tom Reid spoke in Leeds. Ann Holt said that he attacked Priya Patel.",
        "Tom Reid met Mark Hale on Tuesday. He did not accuse him of lying.",
        "Tom Reid met Mark Hale on Tuesday. He might accuse him of lying.",
        "Tom Reid met Mark Hale on Tuesday. Ann Holt said he accused him of lying.",
        "Tom Reid met Mark Hale and Jim Cole on Tuesday. He called him a liar.",
        "Tom Reid spoke on Tuesday. He accused him of lying.",
        "Ann Holt denied that she had criticised Tom Reid.",
        // someone else's attack, things that are not what a person said or did, violence
        "Ann Holt condemned the attack on Tom Reid.",
        "Ann Holt defended Tom Reid against the attack by Priya Patel.",
        "Tom Walsh criticised Mary Jones's car for being too loud.",
        "Mary Jones was attacked and stabbed by Tom Walsh in a field.",
        "Prosecutors alleged Tom Walsh attacked Mary Jones at her home in Leeds.",
        "Mary Jones was attacked by Tom Walsh after he approached the car, police said.",
        "Tom Walsh attacked Mary Jones after finding out she had lied, Worcester Crown Court heard.",
        "Campaign manager Tom Walsh physically attacked reporter Mary Jones.",
        "Tom Reid has dealt with criticism of his leadership since Ann Holt left.",
        "Tom Reid faced criticism of his plan after Ann Holt left.",
        "Ann Holt was beaten and attacked by Tom Reid outside the pub.",
        "Tom Walsh criticised himself and Tom Walsh.",
        "The man who attacked Tom Reid was arrested.",
        "Ann Holt's campaign mocked Tom Reid.",
        "Ann Holt questioned Tom Reid about the budget.",
        "Ann Holt questioned Tom Reid's figures and his sources on the budget.",
        "Ann Holt doubted that Tom Reid would win.",
        "Tom Reid was questioned by Ann Holt for an hour.",
        "Ann Holt spoke after Tom Reid knocked out Priya Patel in the first round.",
        "Tom Reid won in Leeds, knocking both Ann Holt and Priya Patel out of the race.",
        "Ann Holt refrained from attacking Tom Reid on Monday.",
        "Ann Holt hammered out a deal with Tom Reid.",
        "Ann Holt defended Tom Reid's nuclear pact with Iran.",
        "Ann Holt questioned the logic of the new rules with Tom Reid.",
        "Ann Holt ripped off Tom Reid.",
        "Ann Holt ripped up Tom Reid's letter.",
        "Ann Holt had fun at Tom Reid's party.",
        "Ann Holt spoke out against the war, Tom Reid said.",
        "Ann Holt attended the debate that Tom Reid had lost.",
        "Ann Holt attacked the tax, dubbing Tom Reid \"Sir Spendalot\".",
        // nothing traded, no criticism before a continuation, a retort with nobody to answer
        "Ann Holt and Tom Reid traded places in the poll.",
        "Ann Holt and Tom Reid exchanged pleasantries.",
        "Hillary Clayton will take on Donald Grump in November.",
        "Ann Holt spoke in Leeds. Then she turned to Tom Reid.",
        "The plan is aimed at Ann Holt and Tom Reid.",
        "Those who attacked Tom Reid were wrong.",
        // naming verbs without an insult, or with someone else's deed
        "Ann Holt called Tom Reid a friend.",
        "Ann Holt called on Tom Reid to attend.",
        "Tom Reid called the attack on Ann Holt a disgrace.",
        "Ann Holt did not call Tom Reid a liar.",
        "Tom Reid met Mark Hale on Tuesday. He called him a week later.",
        // what others did to a person, the people and bodies around them, a lead in a race
        "Ann Holt condemned Tom Reid's arrest.",
        "Ann Holt criticised Tom Reid's supporters.",
        "Ann Holt is trying to cut into Tom Reid's sizable lead.",
        "Ann Holt turned her back on Tom Reid's reform bill.",
        // intended, avoided
        "Ann Holt has avoided directly criticizing Tom Reid.",
        // what a person says of herself, or does not assert of another; a headline name inside a description
        "Ann Holt said she was wrong to back Tom Reid.",
        "Tom Reid said Ann Holt was not a liar.",
        "Ann Holt said Tom Reid could be dangerous.",
        "Ann Holt said the attack on Tom Reid was wrong.",
        "Ann Holt said Tom Reid was right.",
        "Tom Reid says the latest polls showing him behind Ann Holt are wrong.",
        "Tom Reid says the latest polls showing him behind Ann Holt and Sam Patel are wrong.",
        "Tom Reid spoke in Leeds. \"Ann Holt is very weak on crime,\" he said.",
        "Daughter of Tom Reid Blasts Ann Holt Over Remarks.",
        // a critic of something else, or not one; a naming verb's ordinary object
        "Ann Holt, a critic of the war, met Tom Reid.",
        "Ann Holt is not a critic of Tom Reid.",
        "Ann Holt met critics of Tom Reid in Leeds.",
        "Ann Holt called the reckless driver on Tuesday, Tom Reid said.",
        "Ann Holt Slams Tom Reid Campaign Over Ads.",
        // a wrongdoing reported of oneself, denied, hedged, of a party, not wrongdoing, a race lost
        "Ann Holt said she had misled Tom Reid.",
        "Ann Holt said Tom Reid had not misled anyone.",
        "Ann Holt said Tom Reid may have misled voters.",
        "Ann Holt said the Conservatives had betrayed Tom Reid's voters.",
        "Ann Holt said Tom Reid broke the news to his staff.",
        "Ann Holt said Tom Reid failed to win a majority.",
        "Ann Holt denied that Tom Reid had lied.",
        "Ann Holt said it was wrong to claim that Tom Reid had lied.",
        // a pronoun that may be the speaker (same gender, a listener of the other gender); a quality
        // asserted or a denial hedged; a blame denied; an insult of something else; a wrong manner done to the subject
        "Mr Tom Reid met Ann Holt. Mr Tom Reid said he was a liar.",
        "Mr Tom Reid told Ann Holt he was not fit to serve.",
        "Tom Reid said Ann Holt was fit to serve.",
        "Tom Reid said Ann Holt might not be fit to serve.",
        "Tom Reid said it was not Ann Holt's fault.",
        "Tom Reid said it was inappropriate to criticise Ann Holt.",
        "Tom Reid said Ann Holt was treated unfairly.",
        "Tom Reid said, in a hurry; Ann Holt has failed.",
        // an act with no named author before, or its author named beside it; negated, hedged; a party's act
        "The government announced a cap on tuition fees. Ann Holt condemned the move.",
        "Tom Reid announced a cap on tuition fees. Ann Holt did not condemn the move.",
        "Tom Reid announced a cap on tuition fees. Ann Holt might condemn the move.",
        "Tom Reid announced a cap on tuition fees. Ann Holt condemned the Conservative plan.",
        "Tom Reid announced a cap on tuition fees. Critics condemned the move.",
        "Tom Reid announced a cap on tuition fees. The move was not condemned by Ann Holt.",
        // a response or reaction is criticism only when it is angry
        "Tom Reid's remarks drew a response from Ann Holt.",
        "Tom Reid's plan drew a warm reaction from Ann Holt.",
        // an adverb after the object that is no insult; a possessive of the other sex than the one named before it
        "Ann Holt called Tom Reid late on Monday night.",
        "Ann Holt called Tom Reid early, angry about the vote.",
        "Tom Reid spoke in Leeds because of her criticism of Priya Patel.",
        // a conjunct with no comma before it stays in the report; a reported clause in the passive
        "Tom Reid said that Jim Cole had met voters and he accused Sam Green of lying.",
        "Tom Reid complained that Jim Cole had been attacked.",
        // "them" with no coordination of named persons before it
        "Tom Reid met Ann Holt on Monday, accusing them of lying.",
        "Ann Holt and Priya Patel spoke to voters in Leeds, accusing them of apathy.",
        // a role nominal only for the one person the article named with the role, and not one the sentence names
        "Conservative leader Tom Reid and Conservative leader Jim Cole spoke in Brighton. Ann Holt said Labour would win. "
                + "She then accused the Tory leader of behaving like an attack dog.",
        "Conservative leader Tom Reid spoke in Brighton. Ann Holt praised Tom Reid but accused the Tory leader of lying.",
        // a pronoun critic inside a quotation is whoever the speaker means
        "Tom Reid met Ann Holt in Leeds. Jim Cole said: \u201cIt was unseemly. He kept calling her a liar.\u201d",
        // the one who receives a letter is not its author; failing a test or a race is no wrongdoing; a house is no person
        "Ann Holt received a letter which accused Tom Reid of plotting.",
        "Ann Holt says Tom Reid failed a drug test.",
        "Ann Holt said Tom Reid failed to win the seat.",
        "Ann Holt painted the house as a gift to Tom Reid.",
        // a light verb's gerund denied; praise traded; a crowd's attack; a content clause reports the criticism; gunfire
        "Ann Holt denied lobbing insults at Tom Reid.",
        "Ann Holt and Tom Reid, who in May had praised each other, met.",
        "Ann Holt spoke in Leeds, with Tom Reid's supporters attacking her.",
        "Gerard Houllier was angry at reports that he has been critical of Rafael Benitez.",
        "The gunman trained his fire on Tom Reid.",
        // a victim is not accused; a threat to do something is no threat to someone; a particle without its object
        "Tom Reid spoke. Ann Holt was not a Reid critic.",
        "Tom Reid spoke to Labour critic Ann Holt and New York critic Priya Patel.",
        "Ann Holt said Tom Reid was stabbed in the street.",
        "Ann Holt said Tom Reid threatened to resign.",
        "Ann Holt turned on the lights for Tom Reid.",
        // outrage at what befell someone, or felt by someone the sentence does not name
        "Ann Holt was horrified by Tom Reid's death.",
        // remarks that are not scornful, or not made
        "Tom Reid made positive comments about Ann Holt.",
        "Tom Reid did not make derogatory comments about Ann Holt.",
        "Tom Reid complained about negative comments about Ann Holt.",
        // a departure not demanded, denied, or no departure at all
        "Ann Holt did not call for Tom Reid to resign.",
        "Ann Holt stopped short of calling for Tom Reid to resign.",
        "Ann Holt urged Tom Reid not to quit.",
        "Ann Holt urged Tom Reid to step up.",
        "Ann Holt urged Tom Reid to stand firm.",
        "Ann Holt called Tom Reid after he resigned.",
        "Ann Holt said Tom Reid should not resign.",
        "Ann Holt said Tom Reid had resigned.",
        "Ann Holt called Tom Reid's resignation a loss.",
        "Ann Holt welcomed Tom Reid's resignation.",
        "Tom Reid said he should resign.",
        "In response to criticism from the press, Ann Holt thanked Tom Reid.",
        "Ann Holt was appalled by the attack on Tom Reid.",
        "Ann Holt was not appalled by Tom Reid's remarks.",
        "Tom Reid spoke. Ann Holt said he was disgusted by Priya Patel's remarks.",
        "Ann Holt met the man, attacking the plan as a waste.",
        "Ann Holt gave a speech, praising Tom Reid.",
        // "his rival" with no criticism before it to say who that is
        "Tom Reid accused his rival of lying.",
        // "the pair" with no two persons before it; "each" with no two persons to share out
        "Ann Holt mocked the pair as hopeless.",
        "Tom Reid spoke. Ann Holt then accused each rival of lying.",
        // a reported "she" is the speaker only when the speaker could be a "she"
        "Tom Reid said she was proud of the plan and accused Ann Holt of hypocrisy.",
        // "in the attack on": an event told of before (here a physical one), not a swipe made in words
        "Tom Reid, who has a long history of protests, said he acted alone in the attack on Ann Holt.",
        // the plural noun of a phrasal cue stays a noun after a determiner
        "Tom Reid finished the rounds on Ann Holt's ward.",
        // what is denied is not done
        "Ann Holt later denied she was attacking Tom Reid personally.",
        "Ann Holt denied attacking Tom Reid.",
        // "dismissed X as" a post is a sacking
        "Tom Reid dismissed Ann Holt as chief executive.",
        "Tom Reid dismissed Ann Holt as its candidate for the seat.",
        // "her Reform UK opponent" when two Reform UK members are named: nobody to choose
        "Reform UK's Tom Reid and Reform UK's Priya Patel are standing. Ann Holt took aim at her Reform UK opponent.",
        // a swipe at persons who are someone's is not a swipe at that someone
        "Priya Patel runs the department. Ann Holt took a swipe at her younger brother, a backbencher.",
        "Tom Reid is the minister. Ann Holt took a swipe at the minister's cabinet colleagues.",
        // "That was an attack on X" after a sentence of violence is the assault, not words
        "Tom Reid punched Ann Holt outside the pub. That was a cowardly attack on Ann Holt.",
        // "both of them" with nothing critical said of them
        "Ann Holt and Priya Patel spoke on Monday. Tom Reid said both of them had worked hard.",
        // singled out for something else than criticism
        "Ann Holt singled out Tom Reid for praise.",
        "Ann Holt singled out Tom Reid for promotion.",
        // kind words, or sharp words for a thing
        "Ann Holt had kind words for Tom Reid.",
        "Ann Holt saved her sharpest words for the budget, which Tom Reid drafted.",
        // a possessed criticism not (yet) made
        "Ann Holt's planned attack on Tom Reid was called off.",
        "Ann Holt's alleged attack on Tom Reid was never proved.",
        // a barrage of something else than criticism
        "Tom Reid faced a barrage of questions from Ann Holt.",
        // "the chancellor" is not the shadow chancellor the sentence before names
        "Shadow chancellor Tom Reid spoke. Mr Reid spoke again. Ann Holt attacked the chancellor.",
        "Shadow chancellor Tom Reid spoke. Mr Reid spoke again. The chancellor also came under fire from Ann Holt.",
        // the two named before the two rivals are three
        "Tom Reid and Sam Patel struck first. Ann Holt waved it away. The two rivals then traded jibes.",
        // what a denial takes back
        "Senate Majority Leader Ann Holt met Tom Reid. Holt's spokesman, Eric Haldane, denied a report that the majority leader had called Reid a liar.",
        "Ann Holt met Tom Reid. Holt's spokesman denied a report that she had called Reid a liar.",
        // a mended name is no violence, a description after a colon is no person, praise for a group's attack no one's
        "Ann Holt praised the team for attacking Tom Reid.",
        "Ann Holt mocked a familiar idea: tax cuts for Tom Reid.",
        // a denied or harmless quotation to a listener, a lack that is a plan, a shame denied, a critic denied
        "Ann Holt told Tom Reid: \"You have not lied to anyone.\"",
        "Ann Holt told Tom Reid: \"Don't worry about it.\"",
        "Ann Holt said Tom Reid had no plans to resign.",
        "Ann Holt said Tom Reid should not be ashamed of his record.",
        "Elizabeth Warren is not one of Donald Trump's critics.",
        // a reply that is not sharp, a poke that is no one's, an apology refused, a complaint with no doer, a kind word
        "Tom Reid said he would stay, drawing a reply from Ann Holt.",
        "Ann Holt poked at her salad while Tom Reid spoke.",
        "Ann Holt said she would not apologise to Tom Reid.",
        "Ann Holt complained that Tom Reid was not invited.",
        "\"You are very kind,\" Ann Holt told Tom Reid.",
        // a comparison that is no insult, a murder that is no "going after"
        "Ann Holt compared Tom Reid to a coach at a basketball game.",
        "Dale Cregan went on the run in 2012 after murdering David Short in a bar fight.",
        // a claim rejected is no criticism answered
        "Tom Reid rejected Ann Holt's claims.",
        // a belief denied, a song made up
        "Ann Holt said she did not think Tom Reid had lied.",
        "Ann Holt said Tom Reid made up a song.",
        "Ann Holt said no-one in the committee felt Tom Reid was a racist.",
        // a gift, talks, blame deflected, a list, a project, a shot of momentum; comments nobody named owns; a show stolen
        "Ann Holt gave Tom Reid a boost.",
        "Ann Holt held talks with Tom Reid.",
        "Tom Reid deflected blame from Ann Holt.",
        "Ann Holt placed Tom Reid on the list.",
        "Ann Holt teamed up on the project with Tom Reid.",
        "Tom Reid spoke. Ann Holt won the primary there, giving him a big shot of momentum against Sam Cole.",
        "The comments came on Monday. Ann Holt condemned the comments by the board.",
        "Tom Reid spoke on Monday. Ann Holt said the comments were wrong.",
        "Ann Holt said Tom Reid stole the show.",
        // a prediction that is advice or hedged, a lack of what is no quality, a question of no quality, an opportunity
        "Ann Holt said Tom Reid would be a fool to resign.",
        "Ann Holt said it would be a mistake for Tom Reid to resign.",
        "Ann Holt said Tom Reid could be dangerous.",
        "Ann Holt said Tom Reid would not be a disaster.",
        "Ann Holt said Tom Reid lacked the votes to win.",
        "Ann Holt questioned whether Tom Reid would run.",
        "Ann Holt seized on the chance to meet Tom Reid.",
        "Ann Holt and Tom Reid met in Leeds, each saying the other had good ideas.",
        // a friend, a running mate, a post after "as", a belief; a line that is a border; a prediction of going too far
        "Ann Holt sees Tom Reid as a friend.",
        "Ann Holt said Tom Reid was one of the finest men in Britain.",
        "The attack on Ann Holt by gunmen was condemned.",
        "The ad highlights the alleged assault of Ann Holt by Tom Reid, his campaign manager.",
        "The attack on Ann Holt by Tom Reid left her in hospital.",
        "The attack on the embassy by Tom Reid's supporters was condemned.",
        "While she says she will not vote for Tom Reid, Ann Holt considers him a racist.",
        "Ann Holt regards Tom Reid as a traitor.",
        "Ann Holt considered Tom Reid a possible running mate.",
        "Tom Reid's dismissal of Ann Holt as chief executive angered her supporters.",
        "Tom Reid's description of Ann Holt as a friend surprised nobody.",
        "Ann Holt said Tom Reid had crossed the border.",
        "Ann Holt said Tom Reid would go too far.",
        "The gunman targeted Tom Reid.",
        "Ann Holt hit Tom Reid on Tuesday.",
        "Ann Holt grilled Tom Reid on television.",
        "Ann Holt hit Tom Reid for six in the final over.",
        "The storm hit Tom Reid's farm on Monday for the second time.",
        "Ann Holt did not hit Tom Reid over the scandal.",
        "Ann Holt said Tom Reid had removed the last obstacle to a deal.",
        "Ann Holt backed a campaign to attack Tom Reid.",
        "Ann Holt urged Priya Patel to condemn Tom Reid.",
        "Ann Holt withdrew her support for Tom Reid, saying she lacks the time to campaign.",
        "Ann Holt said nobody agreed that Tom Reid was a liar.",
        "Ann Holt said the result was a disappointment for Tom Reid.",
        "Jim Patel spoke. Ann Holt says Tom Reid attacked him on Monday.",
        "Ann Holt denied that Tom Reid attacked her.",
        // a cause that is no harm; a harm a storm caused; a man who says so of himself, or praises the other
        "Ann Holt said Tom Reid had caused a stir in Leeds.",
        "Ann Holt said the storm had caused chaos before Tom Reid arrived.",
        "Ann Holt thinks Tom Reid will cause long-term damage to the party.",
        "Tom Reid apologised to Sam Cole, saying he was wrong to attack him.",
        "Tom Reid praised Sam Cole, saying he was a fine man.",
        // a quarrel denied, rumoured or among three; a meeting; a row of games; a clash, said of players too
        "Tom Reid denied reports of a row with Ann Holt.",
        "The reported feud between Ann Holt and Tom Reid has prompted a donor to speak out.",
        "The row between Tom Reid, Sam Cole and Ann Holt was filmed.",
        "The meeting between Ann Holt and Tom Reid was friendly.",
        "Ann Holt won three games in a row with Tom Reid watching.",
        "The clash between Ann Holt and Tom Reid ended in a draw.",
        // a plan that only might fail; a man who does not work on Sundays; trust given; a risk to one's own life
        "Ann Holt said Tom Reid's plan might not work.",
        "Ann Holt said Tom Reid does not work on Sundays.",
        "Ann Holt said Tom Reid can be trusted with the budget.",
        // what makes one look weak is no insult of someone else's when it is the speaker's plight or not said at all
        "Ann Holt said Tom Reid's support makes her look weak.",
        "Ann Holt said Tom Reid's record does not make him unfit for office.",
        "Ann Holt said the rules make Tom Reid look weak.",
        "Tom Reid was under pressure from Ann Holt.",
        "Ann Holt said Tom Reid was putting his own life at risk.",
        "Ann Holt said Tom Reid's plan would work.",
        "Ann Holt welcomed an apology from Tom Reid.",
        "Ann Holt said she would apologise to Tom Reid.",
        // an opening gerund that is the subject, not an adjunct
        "Attacking Tom Reid is a mistake, Ann Holt said.",
        // a gun as a weapon, not a policy
        "A man with a gun attacked Tom Reid on Monday.",
        "Ann Holt attacked Tom Reid with a gun.",
        // a campaign is no one's writing; a threat only possible; a question posed; a threat denied
        "A campaign by Ann Holt attacks Tom Reid.",
        "Ann Holt said Tom Reid could pose a threat to gun rights.",
        "Ann Holt said Tom Reid posed a question to the panel.",
        "Ann Holt said Tom Reid does not pose a threat.",
    })
    void givesNoCriticismUnlessOneNamedPersonAttacksAnother(String text) {
        assertThat(pairs(text, Relation.CRITICISED)).isEmpty();
    }

    @Test
    void theOneWhoCallsForSomeoneToQuitIsTheCriticOfWhatFollows() {
        assertThat(pairs("Prince Karim Aziz spoke. In December, Tom Reid called for Ann Holt to drop out of the race, "
                + "calling her a disgrace.", Relation.CRITICISED)).isEqualTo("Tom Reid > Ann Holt");
    }

    @Test
    void anHonorificOfTheOtherSexIsNotTheOnlyNamesake() {
        assertThat(pairs("Hillary Clayton spoke. Tom Reid attacked Mr. Clayton's personal life after Mrs. Clayton "
                + "accused him of sexism.", Relation.CRITICISED)).isEqualTo("Hillary Clayton > Tom Reid; Tom Reid > Clayton");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tom Reid accused Ann Holt of lying. Sam Patel dismissed the charge as nonsense.",
        "Tom Reid accused Ann Holt of lying. Holt condemned the attack on Sam Patel.",
    })
    void aChargeIsAnsweredOnlyByTheOneItWasMadeAgainstAndOnlyWhenItNamesNoTarget(String text) {
        assertThat(pairs(text, Relation.CRITICISED)).isEqualTo("Tom Reid > Ann Holt");
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
            assertThat(t.rule()).isEqualTo("criticism.verb-active");
            assertThat(t.confidence()).isBetween(0.5, 1.0);
        });
    }
}
