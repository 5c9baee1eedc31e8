package org.newskg.extractor.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extractor.nlp.Analyzer;
import org.newskg.extractor.nlp.Doc;

/** Person mentions and their canonical names, through the real CoreNLP pipeline (loaded once). */
class PersonIndexIT {

    private static Analyzer analyzer;

    @BeforeAll
    static void loadPipeline() {
        analyzer = Analyzer.load();
    }

    private static PersonIndex index(String text) {
        Doc doc = analyzer.analyse("test", text);
        return PersonIndex.of(doc);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Ken Livingstone quit on Monday. Mr Livingstone said he was sorry.    | Mr Livingstone          | Ken Livingstone
            Ken Livingstone quit on Monday. Livingstone's decision was sad.      | Livingstone's           | Ken Livingstone
            Ken Livingstone quit on Monday. Livingstone's decision was sad.      | Ken Livingstone's       | Ken Livingstone
            Labour MP Wes Streeting said the exit was welcome.                   | Labour MP Wes Streeting | Wes Streeting
            Sen. Bernie Sanders spoke in Vermont. Sanders said he would win.      | Sen. Sanders            | Bernie Sanders
            Nigel Farage spoke. Mr Kilroy-Silk told him: Do not tell lies Nigel.  | Nigel                   | Nigel Farage
            Robert Kilroy-Silk left the group. Mr Kilroy-Silk said it was a joke. | Mr Kilroy-Silk          | Robert Kilroy-Silk
            Senate leader Harry M. Reid spoke. Reid said no.                      | Reid                    | Harry M. Reid
            KEN LIVINGSTONE QUITS. Mr Livingstone said he was sorry.              | Livingstone             | Ken Livingstone
            Heartless: Neighbour Keith Corran convinced his friend to sell. Corran said no. | Corran           | Keith Corran
            Prosecutor Ann Holt QC opened the case. Ms Holt said he lied.        | Ms Holt                 | Ann Holt
            ~Juan "Chico" Reyes of Oakland carried a photo. Reyes wept.~          | Reyes                   | Juan Reyes
            Mervyn King spoke at the bank. Mr King said rates would rise.         | Mr King                 | Mervyn King
            Rep. Peter King of New York spoke. King said the vote was close.      | King                    | Peter King
            King Abdullah spoke in Riyadh. Abdullah said the talks went well.    | King Abdullah           | King Abdullah
            Chelsea lost again on Sunday. Chelsea Jose Mourinho spoke exclusively to the paper. Mourinho was sad. | Mourinho | Jose Mourinho
            Troops left Jordan on Monday. Jordan Henderson scored. Henderson smiled. | Henderson             | Jordan Henderson
            Gran Shirley Cobb, 71, said the bins were overflowing. Mrs Cobb was angry. | Gran Shirley Cobb  | Shirley Cobb
            The bill was sponsored by Assemblywoman Ann Holt, D-Reno, on Monday. Holt said no. | Assemblywoman Ann Holt | Ann Holt
            The row began after Labour MSP Seonag Baillie spoke. Ms Baillie told the chamber no. | Seonag Baillie | Seonag Baillie
            The Sinn Féin leader, Gráinne Mac Giolla Chríost, spoke. Mr Clohessy hit back at Ms Mac Giolla Chríost. | Ms Mac Giolla Chríost | Gráinne Mac Giolla Chríost
            Mabel Ashcroft-Lyle of the Greens said she had no problem with screens in principle. | Mabel Ashcroft-Lyle | Mabel Ashcroft-Lyle
            Tolan had heard enough. Caoimhe Tolan of the SDLP has led calls for an agency. | Tolan     | Caoimhe Tolan
            The moderator reminds the candidates — Port Delancey Centre MLA Jasmine Okafor-Leduc and former MP Hugo Brassard — to be civil. | Jasmine Okafor-Leduc | Jasmine Okafor-Leduc
            Labour’s housing spokesman, Tadhg Verling, struck a different note.   | Tadhg Verling | Tadhg Verling
            Labour's housing spokesman, Tadhg Verling, struck a different note.   | Tadhg Verling | Tadhg Verling
            Labour leader Ed Miliband spoke while Lib Dem Nick Clegg accused Mr Farage of lying. Mr Clegg said so. | Mr Clegg | Nick Clegg
            Labour leader Ed Miliband spoke while Lib Dem Nick Clegg Clegg accused Mr Farage of lying. Mr Clegg said so. | Mr Clegg | Nick Clegg
            Conservative finance critic Jaspreet Gill-Morrison led the charge. Mr. Gill-Morrison said the deficit was huge. | Mr. Gill-Morrison | Jaspreet Gill-Morrison
            Sinn Féin councillor Pádraig Tuohy and Fine Gael councillor Eamon Tuohy clashed. Sinn Féin councillor Pádraig Tuohy spoke first. 'Close it and you shut the village,' Cllr Tuohy said. | Cllr Tuohy | Pádraig Tuohy
            """)
    void resolvesEveryMentionToTheFullestNameInTheArticle(String text, String surface, String expected) {
        assertThat(index(text).canonical(surface)).contains(expected);
    }

    @Test
    void aJudgeNamedOnlyByTitleAndSurnameKeepsTheTitleInTheName() {
        PersonIndex judge = index("Mr Justice Harlow jailed the builder on Friday. Harlow said the crimes were grave.");
        assertThat(judge.persons()).containsExactly("Justice Harlow");
        assertThat(judge.canonical("Harlow")).contains("Justice Harlow");
        PersonIndex named = index("Justice Anna Ferrier wrote the opinion. Justice Ferrier said the law was clear.");
        assertThat(named.persons()).containsExactly("Anna Ferrier"); // a full name needs no title
        assertThat(index("Judge Tom Harlow spoke. Lord Brisk replied.").persons()).contains("Lord Brisk")
                .doesNotContain("Justice Brisk"); // a peer is no judge
    }

    @Test
    void aPopeOrRoyalNamedByOneWordKeepsTheTitleInTheName() {
        PersonIndex pope = index("Pope Gregorio visited the city on Sunday. Gregorio said the poor came first.");
        assertThat(pope.persons()).containsExactly("Pope Gregorio");
        assertThat(pope.canonical("Gregorio")).contains("Pope Gregorio");
        assertThat(index("Queen Rania met the envoy. Rania said the talks were useful.").persons())
                .containsExactly("Queen Rania");
        assertThat(index("Prince Charles met Tom Charles. Charles said no.").persons()).doesNotContain("Prince Charles");
    }

    @Test
    void aPeerNamedByTitleAndOneWordKeepsTheTitleInTheName() {
        PersonIndex peer = index("Labour peer Baroness Quorn said the plan was wrong. Quorn added that she would vote.");
        assertThat(peer.persons()).containsExactly("Baroness Quorn");
        assertThat(peer.canonical("Quorn")).contains("Baroness Quorn");
        assertThat(index("Tory peer Lord Brisk spoke. Lord Brisk said no.").persons()).containsExactly("Lord Brisk");
        assertThat(index("Arthur Brisk joined the Lords. Lord Brisk said no.").persons())
                .containsExactly("Arthur Brisk"); // a full name needs no title
    }

    @Test
    void aWordTheArticleWritesAfterAnOrganisationNounIsNoPerson() {
        assertThat(index("The row began after mobile phone giant Vantor launched a rival brand. \"Our brand matters to us,\""
                + " Vantor said in a statement.").persons()).doesNotContain("Vantor");
        assertThat(index("Madrid newspaper Grito ran with the headline. Grito said the coach would go.").persons())
                .doesNotContain("Grito");
        assertThat(index("Ann Holt joined engineering group Quarry in May. Mr Quarry said the deal was good.").persons())
                .contains("Quarry"); // an honorific makes it a person
        assertThat(index("Tom Quarry founded engineering group Quarry. Quarry said the deal was good.").persons())
                .containsExactly("Tom Quarry");
    }

    @Test
    void aWordBeforeASurnameThatTheArticleUsesAsAWordIsAnEpithetNotASecondPerson() {
        String text = "The Gorgon escapes and eats the town. It brought to mind Tom Reid. Party leaders unleashed "
                + "Gorgon Reid, who now eats them alive. Reid swiped at Ann Holt on Tuesday.";
        PersonIndex index = index(text);
        assertThat(index.persons()).containsExactlyInAnyOrder("Tom Reid", "Ann Holt");
        assertThat(index.mentionAt(text.indexOf("Reid swiped")).map(PersonMention::canonical)).contains("Tom Reid");
        // a given name the lexicon lacks is still a given name when the article uses it as one
        assertThat(index("Lyle Fisher and Kirstie Fisher met in Perth. Kirstie said she was happy. Fisher smiled.")
                .persons()).contains("Lyle Fisher", "Kirstie Fisher");
    }

    @Test
    void aSurnameTheTaggerTookForACommonNounIsStillThePerson() {
        String text = "Paul Singer is a billionaire. Zoe Teach criticized Singer on Monday. In May, a Singer song won.";
        PersonIndex index = index(text);
        assertThat(index.mentionAt(text.indexOf("Singer on")).map(PersonMention::canonical)).contains("Paul Singer");
        assertThat(index.mentionAt(text.indexOf("May,"))).isEmpty();
    }

    @Test
    void mentionsCarryTheFullestNameAndDropHonorifics() {
        PersonIndex ix = index("Ken Livingstone quit Labour. Mr Livingstone said he was sorry. "
                + "Jeremy Corbyn said it was sad. Mr Corbyn added that Jeremy would go on.");
        assertThat(ix.persons()).containsExactly("Ken Livingstone", "Jeremy Corbyn");
        assertThat(ix.mentions()).extracting(PersonMention::canonical)
                .containsExactly("Ken Livingstone", "Ken Livingstone", "Jeremy Corbyn", "Jeremy Corbyn", "Jeremy Corbyn");
        assertThat(ix.mentions().get(1).surface()).isEqualTo("Mr Livingstone");
    }

    @Test
    void aBareSurnameSharedByTwoPersonsIsTheOneJustNamed() {
        String text = "Hillary Clinton spoke in Iowa on Monday. Her rival attacked the plan. "
                + "Later Bill Clinton joined the rally. Clinton said the crowd was large.";
        PersonIndex ix = index(text);
        assertThat(ix.mentionAt(text.lastIndexOf("Clinton said")).map(PersonMention::canonical))
                .contains("Bill Clinton");
    }

    @Test
    void aBareSurnameAfterTwoNamesakesNamedAsOftenIsTheTopicOfTheLatestSentence() {
        String text = "The campaign said that Pat Walsh, whose son, Sean Walsh, died in the attack, will attend. "
                + "Walsh was a speaker at the convention.";
        PersonIndex ix = index(text);
        assertThat(ix.mentionAt(text.indexOf("Walsh was")).map(PersonMention::canonical)).contains("Pat Walsh");
    }

    @Test
    void aNameWithAndWithoutItsAccentsIsOnePerson() {
        String text = "Francois Hollande spoke in Paris. Later François Hollande said the vote mattered.";
        PersonIndex ix = index(text);
        assertThat(ix.persons()).containsExactly("François Hollande");
    }

    @Test
    void aSurnameAfterAnHonorificStillGoesToTheMostMentionedNamesake() {
        String text = "Donald Walsh flew to Ohio. Donald Walsh landed at noon. It had a den like Ivanka Walsh's den. "
                + "Mr. Walsh said the plane was new.";
        PersonIndex ix = index(text);
        assertThat(ix.mentionAt(text.indexOf("Mr. Walsh")).map(PersonMention::canonical)).contains("Donald Walsh");
    }

    @Test
    void aGivenNameOfEitherSexDoesNotKeepAnHonorificFromItsOnlyNamesake() {
        String text = "Nominations closed on Monday. The candidates are: Oluwaseun Adeyemi-Hart (Labour) and Ann Pyke. "
                + "Ms Adeyemi-Hart hit back.";
        PersonIndex ix = index(text);
        assertThat(ix.mentionAt(text.indexOf("Ms Adeyemi-Hart")).map(PersonMention::canonical)).contains("Oluwaseun Adeyemi-Hart");
    }

    @Test
    void aSurnameAfterAnHonorificGoesToTheNamesakeOfItsGender() {
        String text = "Bill Reid spoke in Iowa. Bill Reid spoke again in Ohio. Bill Reid left at noon. "
                + "Later Ann Reid joined the rally. Mrs Reid said the crowd was large. Mr Reid said it was not.";
        PersonIndex ix = index(text);
        assertThat(ix.mentionAt(text.indexOf("Mrs Reid")).map(PersonMention::canonical)).contains("Ann Reid");
        assertThat(ix.mentionAt(text.indexOf("Mr Reid")).map(PersonMention::canonical)).contains("Bill Reid");
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Sandra Hillburn, of Fort Lee, was treated at Duke. 'I was very positive it would help,' Hillburn said. | Hillburn said | Sandra Hillburn
            Maggie Strong met the player. 'He was here an hour and a half,' Strong said. The strong wind blew. | Strong said   | Maggie Strong
            Maggie Strong met the player. 'He was here an hour and a half,' Strong said. The strong wind blew. | strong wind   | ~~
            Fiona Lennox-Hart criticised him. Mahmood hit back at Lennox-Hart, saying it was wrong. | Lennox-Hart, saying | Fiona Lennox-Hart
            Labour’s Grace Okafor needs to avoid one. Okafor said the plan was a disgrace. | Grace Okafor needs | Grace Okafor
            Terrence Vail spoke first. Vail, the attorney general, accused her of lying.  | Vail, the          | Terrence Vail
            Terrence Vail spoke first. He flew to Vail on Monday. Vail was snowy.          | Vail was           | ~~
            Labour’s Grace Okafor needs to avoid one. Okafor said the plan was a disgrace. | Okafor said        | Grace Okafor
            Gov. Ann Holt and her Republican challenger, Cole Brandvold, traded attacks. Brandvold, a trucker, blasted Holt. | Brandvold, a | Cole Brandvold
            Wales's Labour first minister, Eluned Prys-Hughes, was accused of burying the figures. Ms Prys-Hughes said they were late. | Ms Prys-Hughes | Eluned Prys-Hughes
            Jeffrey Sachs spoke. The bank, Goldman Sachs, fell. Sachs said it would recover. | Goldman Sachs | ~~
            Clemency Brashaw is standing for Labour. 'I stayed too long,' Brashaw said. | Brashaw said | Clemency Brashaw
            Wednesday Brashaw was away. 'I stayed too long,' Brashaw said.              | Brashaw said | Brashaw
            The clemency plea failed. Clemency Brashaw spoke. 'I stayed too long,' Brashaw said. | Brashaw said | Brashaw
            Donald Trump spoke. Team Trump was quiet. 'I won,' Trump said.             | Team Trump   | ~~
            """)
    void aSurnameTheTaggerTookForAPlaceOrAnAdjectiveIsThePersonWhenItSays(String text, String at, String expected) {
        PersonIndex ix = index(text);
        assertThat(ix.mentionAt(text.indexOf(at)).map(PersonMention::canonical).orElse("")).isEqualTo(expected);
    }

    @Test
    void anAcademicTitleBeforeASurnameIsNotAGivenName() {
        PersonIndex ix = index("Vikram Amar teaches law in California. Dean Amar said the ruling was frank.");
        assertThat(ix.persons()).containsExactly("Vikram Amar");
    }

    @Test
    void aHyphenatedSurnameIsTheSameWrittenWithASpace() {
        PersonIndex ix = index("Tom Kilroy Silk spoke in Leeds. Later Mr Kilroy-Silk left the party.");
        assertThat(ix.canonical("Mr Kilroy-Silk")).contains("Tom Kilroy Silk");
        assertThat(ix.persons()).containsExactly("Tom Kilroy Silk");
    }

    @Test
    void aNameInACourtCaseTitleIsNoPerson() {
        PersonIndex ix = index("Abigail Walsh sued the university. In Fisher v. University of Texas, the justices ruled.");
        assertThat(ix.persons()).containsExactly("Abigail Walsh");
    }

    @Test
    void aCourtCaseOpeningASentenceIsNoPerson() {
        PersonIndex ix = index("Abigail Walsh sued the university. In Fisher, the justices held that the plan was lawful.");
        assertThat(ix.persons()).containsExactly("Abigail Walsh");
    }

    @Test
    void outletsTaggedAsPersonsAreNotPersons() {
        PersonIndex ix = index("Conservative MP Michael Fabricant told MailOnline: the party is lost. "
                + "Speaking on TalkRadio, he said more.");
        assertThat(ix.persons()).containsExactly("Michael Fabricant");
    }

    @Test
    void banksTaggedAsPersonsAreNotPersons() {
        PersonIndex ix = index("Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday. "
                + "Wells Fargo was fined $185 million.");
        assertThat(ix.persons()).containsExactly("Elizabeth Warren", "John Stumpf");
    }

    @Test
    void aGivenNameAfterAKinshipWordTakesTheRelativesSurname() {
        PersonIndex ix = index("Ed Miliband beat his elder brother David to the leadership. "
                + "David later left Parliament.");
        assertThat(ix.persons()).containsExactly("Ed Miliband", "David Miliband");
        assertThat(ix.canonical("David")).contains("David Miliband");
    }

    @Test
    void aSurnameAloneGoesToTheMostMentionedPersonWithIt() {
        PersonIndex ix = index("Ed Miliband spoke. Ed Miliband said no. His brother David Miliband was silent. "
                + "Mr Miliband then left.");
        assertThat(ix.canonical("Mr Miliband")).contains("Ed Miliband");
        assertThat(ix.mentions().get(ix.mentions().size() - 1).canonical()).isEqualTo("Ed Miliband");
    }

    @Test
    void aSurnameAfterMrIsNeverSomeonesGivenName() {
        PersonIndex ix = index("Howard Flight was sacked. Mr Howard said rules were rules.");
        assertThat(ix.persons()).containsExactly("Howard Flight", "Howard");
    }

    @Test
    void pageantTitlesAreNotPartOfTheName() {
        PersonIndex ix = index("Donald Trump attacked Miss Universe Alicia Machado on Twitter.");
        assertThat(ix.persons()).contains("Alicia Machado").doesNotContain("Universe Alicia Machado");
    }

    @Test
    void singleNamesAreClearlyPersonsOnlyAfterATitle() {
        PersonIndex ix = index("President Obama met Donald Trump. Obama said Hitler was evil.");
        assertThat(ix.isClearlyPerson("Obama")).isTrue();
        assertThat(ix.isClearlyPerson("Donald Trump")).isTrue();
        assertThat(ix.isClearlyPerson("Hitler")).isFalse();
    }

    @Test
    void unknownNamesResolveToNothing() {
        PersonIndex ix = index("Ken Livingstone quit Labour.");
        assertThat(ix.canonical("Mr Smith")).isEmpty();
        assertThat(ix.canonical("Sen.")).isEmpty();
    }

    @Test
    void pronounsResolveToTheGenderCompatiblePersonJustNamed() {
        String text = "Hillary Clinton spoke in Iowa with Bernie Sanders. He has attacked Clinton repeatedly.";
        PersonIndex ix = index(text);
        int he = text.indexOf("He has");
        assertThat(ix.resolvePronoun(he)).contains("Bernie Sanders");
        assertThat(ix.resolvePronoun(he, Set.of("Bernie Sanders"))).isEmpty();
        String text2 = "Mary Jones met Tom Walsh. She said the plan would fail.";
        assertThat(index(text2).resolvePronoun(text2.indexOf("She"))).contains("Mary Jones");
    }

    @Test
    void aPartyNameTakenIntoAPersonsNameIsDropped() {
        String text = "Tory Peter Vale said no.";
        PersonIndex ix = index(text);
        assertThat(ix.persons()).containsExactly("Peter Vale");
        assertThat(ix.mentions().get(0).begin()).isEqualTo(text.indexOf("Peter"));
    }

    @Test
    void aPartyNameNerCutItsFirstWordFromIsNoPerson() {
        PersonIndex ix = index("Te Pāti Māori MP Wiremu Paraone condemned the comments. He said they were racist.");
        assertThat(ix.persons()).containsExactly("Wiremu Paraone");
    }

    @Test
    void aSurnameMissingOnlyItsMcIsThePersonWithTheFullSurname() {
        String text = "Union boss Len McArdle warned the party on Monday. In a speech, Mr Ardle said the law was wrong.";
        PersonIndex ix = index(text);
        assertThat(ix.mentionAt(text.indexOf("Ardle said")).map(PersonMention::canonical)).contains("Len McArdle");
    }

    @Test
    void aTwoWordSurnameJoinsTheFullNameEndingWithIt() {
        PersonIndex ix = index("Union president Lily Eskelsen Marrero spoke on Monday. Eskelsen Marrero said the vote was close.");
        assertThat(ix.persons()).containsExactly("Lily Eskelsen Marrero");
    }

    @Test
    void descriptionsResolveOnlyToASingleJustNamedPerson() {
        String one = "Former minister Lord Mandelson dismissed the plan. The Labour peer said it would fail.";
        assertThat(index(one).resolveDescription(one.indexOf("The Labour peer"))).contains("Lord Mandelson");
        String two = "Peter Grant met Tom Walsh. The Labour peer said it would fail.";
        assertThat(index(two).resolveDescription(two.indexOf("The Labour peer"))).isEmpty();
    }
    /** The text, a mention (its last occurrence, the offset of its last word), the person it is or "-" for none. */
    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Tom Reid and his wife Ghazala Reid spoke. Mr. Reid said it was late.             | Mr. Reid      | Tom Reid
            Tom Reid and his wife Ghazala Reid spoke. Mrs. Reid said it was late.            | Mrs. Reid     | Ghazala Reid
            Tom Reid spoke. His wife, Ghazala Reid, stood by. Mr. Reid said it was late.      | Mr. Reid      | Tom Reid
            Mrs Ghazala Reid spoke on Monday. Mr. Reid said it was late.                      | Mr. Reid      | Reid
            Ghazala Reid spoke on Monday. Reid said it was late.                              | Reid          | Ghazala Reid
            Marine Le Pen, the National Front leader, won. Le Pen said France would leave.    | Marine Le Pen | Marine Le Pen
            Marine Le Pen, the National Front leader, won. Le Pen said France would leave.    | Le Pen        | Marine Le Pen
            Dutch politician Geert Wilders met Marine Le Pen in Paris.                        | Marine Le Pen | Marine Le Pen
            Le Monde reported that Tom Reid had left.                                         | Le Monde      | -
            Former Gov. Martin O’Malley left. Clinton and Sanders have 5 percent, and O’Malley has 4 percent. | O’Malley | Martin O’Malley
            Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.”              | Rosie O’Donnell | Rosie O’Donnell
            In the film, D’Souza argues that Obama’s early influences shaped his views.       | D’Souza       | D’Souza
            Ryan Ellis, a tax expert, spoke on Monday. Said Ellis: "I doubt it."              | Ellis         | Ryan Ellis
            'ISIS Truther' Tom Reid Is Like A Lawyer's Dumbest Client Ever, Trevor Noah Says. | Trevor Noah   | Trevor Noah
            Edward W. Said wrote the book. Said argued that it was wrong.                    | Edward W. Said | Edward W. Said
            Sophie in 't Veld, a Dutch MEP, spoke. In 't Veld sees parallels.               | Sophie in 't Veld | Sophie in 't Veld
            Sophie in 't Veld, a Dutch MEP, spoke. In 't Veld sees parallels.               | In 't Veld    | Sophie in 't Veld
            Sophie in Leeds met Tom Reid.                                                    | Tom Reid      | Tom Reid
            Sen. Chuck Grassley spoke. Later Charles E. Grassley said no.                     | Chuck Grassley | Charles E. Grassley
            Rep. Gerry Connolly spoke. Gerald E. Connolly said no.                            | Gerry Connolly | Gerald E. Connolly
            Rebecca Mead, 24, threw out her makeup. Becca said it was scary.                  | Becca         | Rebecca Mead
            Rebecca Mead and Becky Smith met. Becky said it was scary.                        | Becky         | Becky Smith
            Rebecca Mead and Rebecca Jones met. Becca said it was scary.                      | Becca         | Becca
            Kate wore a dress by Catherine Walker. Later Kate said it was warm.               | Kate          | Kate
            Wilfried Zaha scored on Saturday. Wilfired Zaha slid in at the back post.         | Wilfired Zaha | Wilfried Zaha
            Dominic Raab spoke. Later Dominc Raab said no.                                    | Dominc Raab   | Dominic Raab
            Louis Smith spoke. Later Louise Smith said no.                                    | Louise Smith  | Louise Smith
            Nemanaja Matic spoke. Nemanja Matic scored. Later Nemanja Matic left.            | Nemanaja Matic | Nemanja Matic
            Det Insp Cheryl Hughes said the inquiry would go on.                              | Cheryl Hughes | Cheryl Hughes
            But the Tory MP for Sleaford and North Hykeham, Douglas Hogg, said no.            | North Hykeham | -
            But the Tory MP for Sleaford and North Hykeham, Douglas Hogg, said no.            | Douglas Hogg  | Douglas Hogg
            Tom Reid spoke. His son Thomas Reid was there.                                    | Tom Reid      | Tom Reid
            Tom Reid spoke. Peter Reid was there.                                             | Tom Reid      | Tom Reid
            Hillary Clinton spoke in Iowa. Friends of the Clintons were angry.                | Clintons      | -
            Maria San, the chair, spoke. Later Mr Sans resigned as chief executive.           | Mr Sans       | Sans
            Bernie Sanders spoke in Iowa. Sanders was angry.                                  | Sanders       | Bernie Sanders
            Vice President Joe Biden spoke, telling Mic in an interview that he was ready.    | Mic           | -
            Labour MP and former Para Dan Jarvis was threatened on the Tube.                   | Dan Jarvis    | Dan Jarvis
            Alderman Jason C. Ervin said the council would vote on Monday.                    | Jason C. Ervin | Jason C. Ervin
            His wife, Dena Minning Grayson, ran. She ran as Dena Minning in May.             | Dena Minning  | Dena Minning Grayson
            His wife, Dena Minning Grayson, ran. She ran as Dena Minning. Minning lost.        | Minning       | Dena Minning Grayson
            His wife, Dena Minning Grayson, ran. In May Minning lost the primary.             | Minning       | Minning
            His wife, Dena Minning Grayson, ran. Dena Smith lost the primary.                 | Dena Smith    | Dena Smith
            Jeb Bush met his brother, former President George Bush. President Bush spoke.     | President Bush | George Bush
            Jeb Bush met Laura Bush in Texas. President Bush spoke on Monday.                 | President Bush | Bush
            Jeb Bush met voters in Texas. Mr. Bush spoke on Monday.                           | Mr. Bush      | Jeb Bush
            Jeb Bush met voters in Texas. President Bush spoke on Monday.                     | President Bush | Jeb Bush
            The party of Reid yields; The party of Reid. After Tom Reid's exit, the party must decide. In his farewell, a choked-up Tom Reid could not say the name. Mr. Reid, the former governor, had been rejected. They were wrong. The party of Ian Reid, Ed Reid and Ed K. Reid is, for now, the party of Sam Cole. Mr. Cole offered kind words about Mr. Reid, whom he attacked. | Mr. Reid | Tom Reid
            Bill Holt backed his wife, Secretary of State Hillary Holt. Secretary Holt spoke. | Secretary Holt | Hillary Holt
            Bill Holt backed his wife, Secretary of State Hillary Holt. President Holt spoke. | President Holt | Holt
            The parents, Khizr and Ghazala Khan, spoke. Mr. Khan said it was sad. Mrs. Khan said her son, Humayun Khan, was a hero. The Khan family left. | Mr. Khan | Khizr Khan
            The parents, Khizr and Ghazala Khan, spoke. Mr. Khan said it was sad. Mrs. Khan said her son, Humayun Khan, was a hero. The Khan family left. | Mrs. Khan | Ghazala Khan
            Bill and Hillary Clinton spoke on Monday in Iowa.                                 | Bill          | Bill Clinton
            Republicans won in Iowa and Thom Tillis won in North Carolina.                    | Iowa          | -
            Republicans won in Iowa and Thom Tillis won in North Carolina.                    | Thom Tillis   | Thom Tillis
            His father, Duncan Reid Sr., served in Congress. Rep. Duncan Reid spoke on Monday. | Duncan Reid   | Duncan Reid
            Vice President Thomas R. Reid Jr. spoke. Mr. Reid said it was late.               | Mr. Reid      | Thomas R. Reid Jr.
            Vice President Thomas R. Reid Jr. spoke. Reid said it was late.                   | Reid          | Thomas R. Reid Jr.
            Tom Reid Jr. won the fight. Tom Reid said he was ready. Reid Jr. left.             | Tom Reid      | Tom Reid Jr.
            Tom Reid Jr. won the fight. Tom Reid said he was ready. Reid Jr. left.             | Reid Jr.      | Tom Reid Jr.
            Sen. Tom Reid III spoke. Later Mr. Reid said no.                                  | Mr. Reid      | Tom Reid III
            Gao Junlan, a lawyer, was worried. Ms. Gao said the law was lax.                  | Ms. Gao       | Gao Junlan
            Lee Hartwell, a professor, spoke. Ms. Hartwell said the court would wait.          | Ms. Hartwell  | Lee Hartwell
            Education Secretary Nicky Marden spoke. Mrs Marden said the exams were fair.      | Mrs Marden    | Nicky Marden
            Plaid's leader in the Senedd, Gethin ap Rhys, praised her. Mr ap Rhys left early. | Mr ap Rhys | Gethin ap Rhys
            Labour leader Ana Fa'alogo-Pryce is first up. Fa'alogo-Pryce said no.             | Fa'alogo-Pryce | Ana Fa'alogo-Pryce
            Cllr Ann Holt (Pellow) told the chamber it was late. She left.                     | Pellow        | -
            Assemblywoman Ann Holt, D-North Las Vegas, told them to stop.                      | D-North       | -
            Ann Holt said the Bill was aimed at the big machines.                              | Bill          | -
            She said the 18-hole Pellow Heath course had lost money.                           | Pellow Heath  | -
            It was the finest game of the Louis van Gaal era. Van Gaal said so.               | Van Gaal      | Louis van Gaal
            """)
    void namesWithParticlesApostrophesAndKinAreOnePersonEach(String text, String surface, String expected) {
        PersonIndex ix = index(text);
        String[] words = surface.split(" ");
        int at = text.lastIndexOf(surface) + surface.lastIndexOf(words[words.length - 1]);
        assertThat(ix.mentionAt(at).map(PersonMention::canonical).orElse("-")).isEqualTo(expected);
    }

    /**
     * Namesakes as a reader tells them apart: by who is known yet, by sex (an honorific, or a pronoun of the surname's own
     * sentence), by a role, never a campaign, and never the one named in full right after the bare surname.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", quoteCharacter = '~', textBlock = """
            Councillor Helen Marsh spoke. Mrs Marsh said she had declared it. The officer, Gillian Marsh, will report. | Mrs Marsh said | Helen Marsh
            Jacky Pautonnier was attacked. Mr Pautonnier said it hurt. Later his son Alex Pautonnier said the hat suited him. | Mr Pautonnier said | Jacky Pautonnier
            Calum Lennox is the MSP. Iain Lennox is standing against him. Their mother, Morag Lennox, backs neither. Mrs Lennox said it was sad. | Mrs Lennox said | Morag Lennox
            Sen. Margaret Whitfield toured the schools. Commissioner Dale Whitfield voted yes. Voters waited. The board met. Whitfield, the commissioner, said he would not call her. | Whitfield, the | Dale Whitfield
            Team Reid sees the convention as a chance. Tom Reid spoke. His daughter spoke. Reid said yes. | Reid said | Tom Reid
            The parents, Khizr and Ghazala Khan, spoke. Mr. Khan said it was sad. Mrs. Khan said her son, Humayun Khan, was a hero. The Khan family left. Voters listened. Mr. Khan said more. | Mr. Khan said more | Khizr Khan
            Bill Clinton spoke in Nashua. Hillary Clinton was there. 'We need her now,' Clinton declared of Hillary Clinton, his words drowned by applause. | Clinton declared | Bill Clinton
            Bill Clinton spoke in Nashua. Hillary Clinton was there. Later Mrs Clinton declared victory. | Mrs Clinton | Hillary Clinton
            Bill Clinton spoke in Nashua. Hillary Clinton was there. Voters who met Bill Clinton on Monday, and one who said that Clinton had let them down, were angry. | Clinton had | Bill Clinton
            Former president Bill Clinton and Hillary Clinton spoke. Voters cheered. For her part, Clinton was measured and cutting. | Clinton was | Hillary Clinton
            Former president Bill Clinton and Hillary Clinton spoke. Voters cheered. Clinton said she would win. | Clinton said | Hillary Clinton
            Hillary Clinton and Bill Clinton spoke. Voters cheered. Later Clinton thanked his supporters. | Clinton thanked | Bill Clinton
            Bill Clinton and Hillary Clinton spoke. Voters cheered. Clinton met a woman who said she was angry. | Clinton met | Bill Clinton
            Hillary Clinton and Bill Clinton spoke. Voters cheered. Clinton, without naming him, attacked Tom Reid. | Clinton, without | Hillary Clinton
            Hillary Clinton and Bill Clinton spoke. Voters cheered. Mary Broaddrick said Clinton had raped her when he was governor. | Clinton had | Bill Clinton
            Bill Clinton and Hillary Clinton spoke. Voters cheered. ~"It will not go away for her," added Clinton.~ | Clinton. | Bill Clinton
            """)
    void aNamesakeIsOneTheReaderKnowsByThenOfTheRightSexOrRole(String text, String at, String expected) {
        PersonIndex ix = index(text);
        assertThat(ix.mentionAt(text.indexOf(at)).map(PersonMention::canonical).orElse("-")).isEqualTo(expected);
    }

    @Test
    void aPictureCaptionsLabelIsNoPerson() {
        String text = "Boycott: Ann Holt (pictured with her husband) spoke out against the plan.";
        assertThat(index(text).mentionAt(0)).isEmpty();
    }
}
