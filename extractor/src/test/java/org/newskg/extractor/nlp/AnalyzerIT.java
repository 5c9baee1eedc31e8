package org.newskg.extractor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The pipeline's sentences, through the real CoreNLP models. */
class AnalyzerIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Sen. Ann Holt (D-Fla.) said the plan was a disaster.",
        "Rep. Tom Reid (R-Wis.) blasted Speaker Ann Holt (D-Calif.) over the bill.",
        "Tom Reid, R-Tex., accused Ann Holt of lying.",
        "Sen. Ann Holt (D-N.Y.) said Tuesday that she would vote no.",
        "Sen. Tom Reid (R-S.C.) said Tuesday that he would vote no.",
        "Ann Holt, R-N.H., his nearest rival, accused him of lying.",
        "Rep. Tom Reid (D-N.C.) blasted the bill.",
    })
    void aPartyTagsAbbreviationDoesNotEndTheSentence(String text) {
        Doc doc = Analyzer.load().analyse("t", text + " A second sentence follows.");
        List<Sentence> sentences = doc.sentences();
        assertThat(sentences).hasSize(2);
        assertThat(doc.text(sentences.get(0).begin(), sentences.get(0).end())).isEqualTo(text);
        assertThat(sentences.get(0).tokens()).extracting(Token::word).doesNotContain("said.", "blasted.");
    }
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Clinton and Sanders have 5 percent, and O’Malley has 4 percent.",
        "After Glenn Beck asked him, D’Souza replied that he would bet on Hillary.",
    })
    void aSurnameWithACurlyApostropheIsTaggedAndKeepsItsSpelling(String text) {
        Doc doc = Analyzer.load().analyse("t", text);
        Token name = doc.sentences().get(0).tokens().stream().filter(t -> t.word().contains("’")).findFirst().orElseThrow();
        assertThat(name.ner()).isEqualTo("PERSON");
        assertThat(doc.text(name.begin(), name.end())).isEqualTo(name.word());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "He spent an hour with President Enrique Pe\u00c3\u00b1a Nieto on Wednesday.",
        "Juli\u00c3\u00a1n Castro said he would run.",
        "Arturo Sarukh\u00c3\u0083\u00c2\u00a1n said Mexico must rebut the claims.",
        "He spent an hour with President Enrique Pe\u0041\u0303\u00b1a Nieto on Wednesday.",
    })
    void aNameWithALetterGarbledByAWrongDecodingIsOnePersonAndKeepsItsSpelling(String text) {
        Doc doc = Analyzer.load().analyse("t", text);
        Token name = doc.sentences().get(0).tokens().stream().filter(t -> org.newskg.model.Mojibake.garbled(t.word()))
                .findFirst().orElseThrow();
        assertThat(name.ner()).isEqualTo("PERSON");
        assertThat(doc.text(name.begin(), name.end())).isEqualTo(name.word());
    }

    @Test
    void aCurlyPossessiveApostropheIsReadAsAStraightOneByTheTagger() {
        Doc doc = Analyzer.load().analyse("t", "Labour’s housing spokesman, Tadhg Verling, struck a different note.");
        List<Token> tokens = doc.sentences().get(0).tokens();
        assertThat(tokens).extracting(Token::word).contains("’s");
        assertThat(tokens.stream().filter(t -> t.word().equals("Verling")).findFirst().orElseThrow().ner()).isEqualTo("PERSON");
    }

    @Test
    void aRelativeClauseTheParserHungOnItsPronounIsTheNamesRelativeClause() {
        Dependencies d = parsed("The loudest contribution came, inevitably, from Gavin Threlfall of Reform UK, who lashed "
                + "out at both Ms Achterberg and Mr MacTaggart.");
        Sentence s = d.sentence();
        int who = indexOf(s, "who");
        int lashed = indexOf(s, "lashed");
        assertThat(d.label(lashed)).isEqualTo("acl:relcl");
        assertThat(d.token(d.head(lashed)).word()).isEqualTo("Threlfall");
        assertThat(d.head(who)).isEqualTo(lashed);
        assertThat(d.label(who)).isEqualTo("nsubj");
    }

    @Test
    void aVerbTheParserHungInsideARelativeClauseIsTheSentencesMainVerb() {
        Dependencies d = parsed("Alasdair Reid, who is no relation, accused Kenneth Moir of betraying the voters.");
        Sentence s = d.sentence();
        int accused = mainVerbWithSubject(d, "accused", "Reid");
        assertThat(d.label(indexOf(s, "relation"))).isEqualTo("acl:relcl");
        assertThat(d.head(indexOf(s, "."))).isEqualTo(accused);
    }

    @Test
    void aVerbTheParserHungInsideAnAppositionIsTheSentencesMainVerb() {
        Dependencies d = parsed("Mr Reid, a former trade union organiser who has represented Salford West since 2015, hit "
                + "back that the favourite was running to be the chancellor's accountant.");
        mainVerbWithSubject(d, "hit", "Reid");
        assertThat(d.label(indexOf(d.sentence(), "organiser"))).isEqualTo("appos");
    }

    @Test
    void aVerbTheParserHungInsideARelativeClauseAfterAnAppositionIsTheSentencesMainVerb() {
        Dependencies d = parsed("Treasurer Linh Nguyen, a Labor MP from western Sydney who is no relation to the Liberal "
                + "frontbencher, mocked Mr Fenwick-Lowe during Question Time.");
        mainVerbWithSubject(d, "mocked", "Nguyen");
    }

    @Test
    void aRelativeClausesVerbTakenForTheMainVerbsSubjectIsTheRelativeClause() {
        Dependencies d = parsed("State Senator Nora Quill, a Democrat who considered running herself before deciding against "
                + "it last winter, faulted Vos for running a campaign about one bridge.");
        Sentence s = d.sentence();
        mainVerbWithSubject(d, "faulted", "Quill");
        int considered = indexOf(s, "considered");
        assertThat(d.label(considered)).isEqualTo("acl:relcl");
        assertThat(d.head(indexOf(s, "who"))).isEqualTo(considered);
    }

    @Test
    void aReportedClausesSubjectTakenForTheObjectOfSayIsTheClausesSubject() {
        Dependencies d = parsed("The move was condemned by Andrew Saxby, who said Mr Whitlock had let down the activists.");
        Sentence s = d.sentence();
        int let = indexOf(s, "let");
        assertThat(d.label(let)).isEqualTo("ccomp");
        assertThat(d.token(d.head(let)).word()).isEqualTo("said");
        assertThat(d.head(indexOf(s, "Whitlock"))).isEqualTo(let);
        assertThat(d.label(indexOf(s, "Whitlock"))).isEqualTo("nsubj");
    }

    @Test
    void namesAfterAnOpeningPhraseAreTheSubjectOfTheVerbAfterThem() {
        Dependencies d = parsed("At a debate Tuesday night in Lafayette, Brandtner and Ashby-Kemp accused each other of lying.");
        Sentence s = d.sentence();
        int accused = mainVerbWithSubject(d, "accused", "Brandtner");
        assertThat(d.label(indexOf(s, "Ashby-Kemp"))).isEqualTo("conj");
        assertThat(d.head(indexOf(s, "debate"))).isEqualTo(accused);
    }

    @Test
    void namesAfterAnOpeningParticipleTheParserMadeTheRootAreTheSubjectOfTheVerbAfterThem() {
        Dependencies d = parsed("Entering the debate, Rubio and Christie faced increasing attacks from Bush and Kasich.");
        Sentence s = d.sentence();
        int faced = mainVerbWithSubject(d, "faced", "Rubio");
        assertThat(d.label(indexOf(s, "Christie"))).isEqualTo("conj");
        assertThat(d.head(indexOf(s, "Entering"))).isEqualTo(faced);
        assertThat(d.label(indexOf(s, "Entering"))).isEqualTo("advcl");
    }

    @Test
    void aDashParentheticalBetweenTheNamesAndTheirVerbHangsOnTheFirstName() {
        Dependencies d = parsed("Entering the debate, Rubio and Christie -- seeking breakout performances in the New "
                + "Hampshire primary Feb. 9 -- faced increasing attacks from Bush and Kasich.");
        Sentence s = d.sentence();
        int faced = mainVerbWithSubject(d, "faced", "Rubio");
        assertThat(d.head(indexOf(s, "seeking"))).isEqualTo(indexOf(s, "Rubio"));
        assertThat(d.head(indexOf(s, "attacks"))).isEqualTo(faced);
    }

    @Test
    void anOpeningParticipleTakenForTheSubjectLeavesItToTheNameBeforeTheVerb() {
        Dependencies d = parsed("Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him a stiff.");
        Sentence s = d.sentence();
        int went = mainVerbWithSubject(d, "went", "Trump");
        assertThat(d.head(indexOf(s, "Speaking"))).isEqualTo(went);
        assertThat(d.label(indexOf(s, "Speaking"))).isEqualTo("advcl");
    }

    @Test
    void aReportsSubjectIsLeftAsTheObjectWhenTheReportHasAConjunctVerb() {
        // "is calling" may be the verb of saying's own conjunct: the object is not made the report's subject
        Dependencies d = parsed("Ann Holt claims her 11-year-old son Sam was among three boys threatened by Mrs Jo Cole "
                + "with a 'phone call to God' and is calling for her to resign.");
        Sentence s = d.sentence();
        assertThat(d.label(indexOf(s, "son"))).isNotEqualTo("nsubj");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Ann Holt celebrates before claiming that Labour boss Tom Reid 'lacked respect' before the game. => ``
            Labour MP Ann Holt called the comments 'one of the most shocking things I have heard'.     => ``
            The Tories' plan, which Ann Holt called 'dead', was dropped.                              => POS
            """)
    void aLoneSingleQuoteTheTaggerTookForAPossessiveOpensAQuotationWhenAnotherClosesIt(String text, String tag) {
        Sentence s = Analyzer.load().analyse("t", text).sentences().get(0);
        assertThat(s.tokens().stream().filter(t -> t.word().equals("'")).findFirst().orElseThrow().pos()).isEqualTo(tag);
    }

    @Test
    void aVerbsBaseFormAfterAnArticleIsANoun() {
        Sentence s = Analyzer.load().analyse("t", "Ann Holt took a poke at Tom Reid.").sentences().get(0);
        assertThat(s.tokens().get(indexOf(s, "poke")).pos()).isEqualTo("NN");
    }

    /**
     * "a reaction from X, who called ...": the who-clause is the name's, not the noun's; "filed a lawsuit in 2013
     * alleging ...": the participle is the verb's adverbial, not the date's; "each saying the other had misled voters":
     * the reported verb is the saying's clause, "the other" its subject; "telling reporters on Thursday he viewed ...":
     * a finite clause hung loose on a verb of saying is its report; "suggested Reid went too far": so is one whose subject
     * the parser made the verb's object; "..., with Senator Holt telling reporters ...": an absolute clause of the main
     * verb, the name its subject, not a phrase of the verb before it; "said Reid should be ashamed": the verb of saying
     * the parser made the clausal subject of what it reports heads it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            The row triggered a damning reaction from President Ann Holt, who called Tom Reid unfit. => called => acl:relcl => Holt
            Ann Holt filed a lawsuit in 2013 alleging that Tom Reid had defrauded students.         => alleging => advcl => filed
            Ann Holt and Tom Reid met in Leeds, each saying the other had misled voters.           => misled => ccomp => saying
            Ann Holt and Tom Reid met in Leeds, each saying the other had misled voters.           => other => nsubj => misled
            Holt and Reid clashed, each touting their record and saying the other lacks the judgment to lead. => lacks => ccomp => saying
            The attack sparked a debate, with Senator Tom Holt telling reporters on Thursday he viewed Reid as responsible. => viewed => ccomp => telling
            The attack sparked a fresh debate over how the country responds to violence at home and abroad, with Republican Senator Tom Holt telling reporters on Thursday he viewed Reid as "directly responsible" for the attack. => viewed => ccomp => telling
            Ann Holt suggested Tom Reid went too far.                                           => went => ccomp => suggested
            The attack sparked a fresh debate over how the country responds to Islamist militant violence at home and abroad, with Republican Senator Tom Holt telling reporters on Thursday he viewed Reid as "directly responsible" for the attack. => telling => advcl => sparked
            The attack sparked a fresh debate over how the country responds to Islamist militant violence at home and abroad, with Republican Senator Tom Holt telling reporters on Thursday he viewed Reid as "directly responsible" for the attack. => Holt => nsubj => telling
            Ann Holt suggested Tom Reid went too far.                                           => Reid => nsubj => went
            Ann Holt said Tom Reid should be ashamed of himself.                                => ashamed => ccomp => said
            Ann Holt said Tom Reid should be ashamed of himself.                                => Reid => nsubj => ashamed
            Ann Holt warned Tom Reid would be a disastrous president.                           => president => ccomp => warned
            Ann Holt told BBC Radio Four's Today programme that Tom Reid's stance was putting the country at risk. => putting => ccomp => told
            Ann Holt told Sky News's political editor that Tom Reid had betrayed voters.     => betrayed => ccomp => told
            """)
    void aClauseTheParserHungOnTheWrongWordHangsOnItsOwn(String text, String word, String label, String head) {
        Dependencies d = parsed(text);
        int w = indexOf(d.sentence(), word);
        assertThat(d.label(w)).isEqualTo(label);
        assertThat(d.token(d.head(w)).word()).isEqualTo(head);
    }

    @Test
    void aNameHungOnTheStateInParenthesesAfterItTakesTheStatesPlace() {
        Dependencies d = parsed("Several Republican leaders, including Sens. John McCain (Ariz.), Kelly Ayotte (N.H.), "
                + "Pat Toomey (Pa.) and Chuck Grassley (Iowa) have since denounced the comments.");
        Sentence s = d.sentence();
        for (String name : List.of("Ayotte", "Toomey")) {
            int n = indexOf(s, name);
            assertThat(d.label(n)).isEqualTo("conj");
            assertThat(d.token(d.head(n)).word()).isEqualTo("McCain");
        }
    }

    @Test
    void aQuotationMarkGluedToTheWordBeforeItIsSplitOff() {
        Sentence s = Analyzer.load().analyse("t", "Ann Holt said Tom Reid'should resign at once' and it's over.")
                .sentences().get(0);
        assertThat(s.tokens()).extracting(Token::word).contains("Reid", "should", "it", "'s");
        Sentence club = Analyzer.load().analyse("t", "But Tom Reid says'my vision differs from the club's about it.'")
                .sentences().get(0);
        assertThat(club.tokens()).extracting(Token::word).contains("says", "my");
        Sentence shia = Analyzer.load().analyse("t", "The Shi'ite cleric met her, ma'am.").sentences().get(0);
        assertThat(shia.tokens()).extracting(Token::word).contains("Shi'ite", "ma'am");
    }

    @Test
    void aSurnameTaggedAsAVerbInsideAPersonsNameIsAProperNoun() {
        Sentence s = Analyzer.load().analyse("t", "Joe Irvine was berated by Natalia Kills on Sunday.").sentences().get(0);
        assertThat(s.tokens().get(indexOf(s, "Kills")).pos()).isEqualTo("NNP");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "In a subtle jab at Tom Reid, who has fought to scrap the law, Holt said the law works.",
            "In a jab at Tom Reid, who opposes the law, Holt said, 'the law works and everyone knows it.'"})
    void aRelativeClauseInAnOpeningAdjunctIsTheNamesNotTheMainVerbs(String text) {
        Dependencies d = parsed(text);
        Sentence s = d.sentence();
        int said = mainVerbWithSubject(d, "said", "Holt");
        int clause = d.head(indexOf(s, "who"));
        assertThat(d.label(clause)).isEqualTo("acl:relcl");
        assertThat(d.token(d.head(clause)).word()).isEqualTo("Reid");
        assertThat(d.head(indexOf(s, "jab"))).isEqualTo(said);
    }

    @Test
    void aClauseAfterBeforeIsAnAdverbialOfTheFirstVerbNotItsHead() {
        Dependencies d = parsed("The pair traded barbs for several minutes before the committee's deputy chair, Labor senator "
                + "Owen Pritchard, called a short adjournment.");
        Sentence s = d.sentence();
        int traded = mainVerbWithSubject(d, "traded", "pair");
        int called = indexOf(s, "called");
        assertThat(d.head(called)).isEqualTo(traded);
        assertThat(d.label(called)).isEqualTo("advcl");
        assertThat(d.label(indexOf(s, "before"))).isEqualTo("mark");
    }

    @Test
    void aReportBeforeItsVerbOfSayingIsNotReadAsAnAdverbialClause() {
        Dependencies d = parsed("The minister will resign after the vote, the party's chief whip, Tom Holt, told reporters.");
        assertThat(d.label(indexOf(d.sentence(), "told"))).isNotEqualTo("advcl");
    }

    @Test
    void aNounAfterAsIsNoSubjectOfTheInfinitiveAfterIt() {
        Dependencies d = parsed("Richard Astley-Cope used his first conference speech as Tory leader to launch a blistering "
                + "attack on Graham Whitlow.");
        Sentence s = d.sentence();
        int used = mainVerbWithSubject(d, "used", "Astley-Cope");
        int launch = indexOf(s, "launch");
        assertThat(d.head(launch)).isEqualTo(used);
        assertThat(d.label(launch)).isEqualTo("advcl");
        assertThat(d.children(launch, "nsubj")).isEmpty();
        assertThat(d.head(indexOf(s, "leader"))).isEqualTo(used);
    }

    /**
     * A name after the comma of a passive's agent, of an object or of a second conjunct is that noun's appositive, not
     * the verb's object or the first conjunct's appositive.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            ~But Mr Tredwell was attacked by the Liberal Democrat leader, Owain Lloyd, over his plan.~ => Lloyd => leader
            ~She went on to accuse the chancellor, Simon Threlkeld, of finding money for trains.~     => Threlkeld => chancellor
            ~In the 1952 campaign, Eisenhower and his future secretary of State, John Foster Dulles, criticized President Truman's strategy.~ => Dulles => secretary
            """)
    void aNameAfterTheCommaOfAnAgentObjectOrConjunctIsThatNounsAppositive(String text, String name, String noun) {
        Dependencies d = parsed(text);
        Sentence s = d.sentence();
        int n = indexOf(s, name);
        assertThat(d.head(n)).isEqualTo(indexOf(s, noun));
        assertThat(d.label(n)).isEqualTo("appos");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            ~Liam Fox called Tony Blair "a disappointment of historic proportions".~ => 5 => ``
            ~"It is too late" he said, and left.~                                   => 5 => ''
            """)
    void aStraightDoubleQuoteBeforeAWordOpensAQuotationWhenOneAfterItClosesIt(String text, int index, String tag) {
        Token mark = Analyzer.load().analyse("t", text).sentences().get(0).tokens().get(index);
        assertThat(mark.word()).isEqualTo("\"");
        assertThat(mark.pos()).isEqualTo(tag);
    }

    @Test
    void aParenthesisBetweenTwoDashesIsParsedAsBetweenCommasAndKeepsItsDashes() {
        String text = "Ann Holt \u2014 who has called for big tax hikes on the rich \u2014 attacked Tom Reid on Monday.";
        Doc doc = Analyzer.load().analyse("t", text);
        Dependencies d = Analyzer.load().parse(doc.sentences().get(0));
        Sentence s = d.sentence();
        assertThat(s.tokens()).extracting(Token::word).contains("\u2014").doesNotContain(",");
        assertThat(doc.text(s.begin(), s.end())).isEqualTo(text);
        int attacked = mainVerbWithSubject(d, "attacked", "Holt");
        assertThat(d.token(attacked).pos()).isEqualTo("VBD");
    }

    @Test
    void aReportInARelativeClauseIsNotTheMainClause() {
        Dependencies d = parsed("Tom Reid, who says Jim Patel is attacking him because the polls have tightened, spoke on "
                + "Monday.");
        Sentence s = d.sentence();
        mainVerbWithSubject(d, "spoke", "Reid");
        int attacking = indexOf(s, "attacking");
        assertThat(d.head(attacking)).isEqualTo(indexOf(s, "says"));
        assertThat(d.label(attacking)).isEqualTo("ccomp");
        assertThat(d.head(indexOf(s, "Patel"))).isEqualTo(attacking);
        assertThat(d.label(indexOf(s, "Patel"))).isEqualTo("nsubj");
    }

    @Test
    void aNameApposedToTheFirstConjunctItselfStaysThere() {
        Dependencies d = parsed("Tom Reid, the party's leader, and Ann Holt attacked Jim Patel on Monday.");
        Sentence s = d.sentence();
        assertThat(d.head(indexOf(s, "Holt"))).isNotEqualTo(indexOf(s, "leader"));
    }

    /** A clause opened by "as" whose subject the parser read as a phrase "as ..." of a verb left without one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            ~His comments come as the co-chairman of the party, Liam Fox, on Saturday called him a disappointment.~ => called => co-chairman
            ~The remarks came as the leader of the Labour Party, Tom Reid, attacked her record.~                   => attacked => leader
            """)
    void theNounAfterAsIsTheSubjectOfAVerbWithNoneOfItsOwn(String text, String verb, String noun) {
        Dependencies d = parsed(text);
        Sentence s = d.sentence();
        int v = indexOf(s, verb);
        assertThat(d.head(indexOf(s, noun))).isEqualTo(v);
        assertThat(d.label(indexOf(s, noun))).isEqualTo("nsubj");
        assertThat(d.label(indexOf(s, "as"))).isEqualTo("mark");
    }

    @Test
    void aPhraseAfterAsBesideASubjectStaysAPhrase() {
        Dependencies d = parsed("Tom Reid, as the party's leader, attacked Ann Holt on Monday.");
        Sentence s = d.sentence();
        assertThat(d.label(indexOf(s, "leader"))).isNotEqualTo("nsubj");
        assertThat(d.label(indexOf(s, "Reid"))).isEqualTo("nsubj");
    }

    /** A capitalised surname that is also a modal, before a past or present-tense verb, is the surname. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            ~Theresa May became prime minister. May accused Jeremy Corbyn of betraying voters.~     => May
            ~The columnist George Will wrote on Monday. Will described Donald Trump as a fraud.~    => Will
            ~The columnist George Will wrote on Monday. Will says the party has lost its way.~       => Will
            """)
    void aModalThatIsTheArticlesSurnameBeforeATensedVerbIsTheName(String text, String name) {
        Doc doc = Analyzer.load().analyse("t", text);
        Token t = doc.sentences().get(1).tokens().get(0);
        assertThat(t.word()).isEqualTo(name);
        assertThat(t.pos()).isEqualTo("NNP");
        assertThat(t.ner()).isEqualTo("PERSON");
        assertThat(doc.sentences().get(1).tokens().get(1).pos()).isIn("VBD", "VBZ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Theresa May became prime minister. May Labour win the seat back?",
        "Tom Reid became leader. Will voters forgive him?", "Tom Reid became leader. Will Reid be forgiven?"})
    void aModalBeforeItsVerbOrWithNoSuchSurnameStaysAModal(String text) {
        Doc doc = Analyzer.load().analyse("t", text);
        assertThat(doc.sentences().get(1).tokens().get(0).pos()).isEqualTo("MD");
    }

    @Test
    void aSpanOfTimeBeforeAfterIsNotTheSubjectOfTheClauseAfterIt() {
        Dependencies d = parsed("The announcement came two months after Rep. Maxine Odom, D-Ill., filed a complaint accusing "
                + "Vance of fraud.");
        Sentence s = d.sentence();
        int filed = indexOf(s, "filed");
        int odom = indexOf(s, "Odom");
        assertThat(d.head(odom)).isEqualTo(filed);
        assertThat(d.label(odom)).isEqualTo("nsubj");
        assertThat(d.label(indexOf(s, "after"))).isEqualTo("mark");
        assertThat(d.label(indexOf(s, "months"))).isEqualTo("obl:npmod");
    }

    @Test
    void aPastTenseVerbAfterAndJoinsTheMainVerbNotAModalsComplement() {
        Dependencies d = parsed("He also maintained that House Speaker Paul Ryan should focus on the budget, and mocked him "
                + "for losing in 2012.");
        Sentence s = d.sentence();
        int mocked = indexOf(s, "mocked");
        assertThat(d.head(mocked)).isEqualTo(indexOf(s, "maintained"));
        assertThat(d.label(mocked)).isEqualTo("conj");
    }

    /** Asserts that {@code verb} is the root and {@code subject} its nsubj; the verb's index. */
    private static int mainVerbWithSubject(Dependencies d, String verb, String subject) {
        int v = indexOf(d.sentence(), verb);
        int n = indexOf(d.sentence(), subject);
        assertThat(d.head(v)).isEqualTo(-1);
        assertThat(d.head(n)).isEqualTo(v);
        assertThat(d.label(n)).isEqualTo("nsubj");
        return v;
    }

    /** The parse of the first sentence of {@code text}. */
    private static Dependencies parsed(String text) {
        Analyzer analyzer = Analyzer.load();
        return analyzer.parse(analyzer.analyse("t", text).sentences().get(0));
    }

    private static int indexOf(Sentence s, String word) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TUCSON — Tom Reid rounds on Ann Holt.", "DES MOINES, Iowa (AP) — Tom Reid rounds on Ann Holt.",
        "WASHINGTON (Reuters) - Tom Reid rounds on Ann Holt.", "CASWELL FALLS — Tom Reid rounds on Ann Holt."})
    void aWireStorysDatelineIsASentenceOfItsOwn(String text) {
        Doc doc = Analyzer.load().analyse("t", "Headline\n\n" + text);
        Sentence rest = doc.sentences().get(doc.sentences().size() - 1);
        assertThat(doc.text(rest.begin(), rest.end())).isEqualTo("Tom Reid rounds on Ann Holt.");
    }

    @Test
    void capitalsInASentenceAreNoDateline() {
        Doc doc = Analyzer.load().analyse("t", "Headline\n\nNATO - the alliance - met. Tom Reid spoke.");
        assertThat(doc.sentences()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Labour would halt the tide of privatisation in the NHS (file picture) ‘If you want to scare people, you can.",
        "Tom Reid was seen with Ann Holt (left) 'If you want to scare people, you can.",
        "The walls were painted red (stock image) \"If you want to scare people, you can."})
    void aCaptionEndingInItsPhotoBracketEndsTheSentenceBeforeAQuote(String text) {
        Doc doc = Analyzer.load().analyse("t", text);
        assertThat(doc.sentences()).hasSize(2);
        assertThat(doc.text(doc.sentences().get(1).begin(), doc.sentences().get(1).end())).endsWith("If you want to scare people, you can.");
        assertThat(doc.text()).isEqualTo(text);
    }

    @Test
    void aPhotoBracketBeforeAQuoteInLowerCaseStaysInItsSentence() {
        Doc doc = Analyzer.load().analyse("t", "Friends said Mr Reid (pictured) 'gave his life for his nation' in 2014.");
        assertThat(doc.sentences()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"It’s late, he said.", "‘Ostentatious’ is the word, she said."})
    void otherCurlyApostrophesAreLeftAsWritten(String text) {
        Doc doc = Analyzer.load().analyse("t", text);
        assertThat(doc.sentences().get(0).tokens()).extracting(Token::word).noneMatch(w -> w.contains("'"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.31pm: Tom Reid rounds on Ann Holt.", "21:19 – Tom Reid rounds on Ann Holt.",
        "10.05am Tom Reid rounds on Ann Holt."})
    void aLiveBlogsTimeStampIsASentenceOfItsOwn(String text) {
        Doc doc = Analyzer.load().analyse("t", text);
        assertThat(doc.sentences()).hasSize(2);
        Sentence rest = doc.sentences().get(1);
        assertThat(rest.tokens().get(0).word()).isEqualTo("Tom");
        assertThat(doc.text(rest.begin(), rest.end())).isEqualTo("Tom Reid rounds on Ann Holt.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Labour leader Ana Fa'alogo-Pryce spoke first.", "The senator Ana Ka’ahumanu spoke first."})
    void aPolynesianNameWithAnApostropheStaysOneTokenAsWritten(String text) {
        Doc doc = Analyzer.load().analyse("t", text);
        Token name = doc.sentences().get(0).tokens().stream().filter(t -> t.word().matches(".*['’].*")).findFirst()
                .orElseThrow();
        assertThat(doc.text(name.begin(), name.end())).isEqualTo(name.word());
        assertThat(name.word()).matches("\\p{Lu}\\p{Ll}+['’]\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"It's late, she'd say.", "Ma'am, I'll go now."})
    void contractionsAreTokenisedAsBefore(String text) {
        Doc doc = Analyzer.load().analyse("t", text);
        assertThat(doc.sentences().get(0).tokens()).extracting(Token::word).noneMatch(w -> w.contains("\u02bc"));
    }
}
