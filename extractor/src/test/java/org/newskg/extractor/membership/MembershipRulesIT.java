package org.newskg.extractor.membership;

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

/** MEMBER_OF rules on sentences we wrote, through the real CoreNLP pipeline (loaded once). */
class MembershipRulesIT {

    private static Analyzer analyzer;

    @BeforeAll
    static void loadPipeline() {
        analyzer = Analyzer.load();
    }

    private static List<Triple> triples(String text) {
        Doc doc = analyzer.analyse("test", text);
        return new MembershipRules().extract(doc, PersonIndex.of(doc));
    }

    private static String members(String text) {
        return triples(text).stream().filter(t -> t.predicate() == Relation.MEMBER_OF)
                .map(t -> t.subject() + " > " + t.object()).sorted().collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Labour MP Stella Creasy slammed the decision.                         => Stella Creasy > Labour Party
            Tory leader Michael Howard predicted defeat.                          => Michael Howard > Conservative Party
            Liberal Democrat leader Charles Kennedy spoke first.                  => Charles Kennedy > Liberal Democrats
            Republican candidate Donald Trump held a rally.                       => Donald Trump > Republican Party
            Democratic Sen. Amy Klobuchar spoke on Monday.                        => Amy Klobuchar > Democratic Party
            Conservative Party chairman Grant Shapps said no.                     => Grant Shapps > Conservative Party
            London UKIP MEP Gerard Batten said no.                                => Gerard Batten > UK Independence Party
            The film was about ex-UKIP MEP Robert Kilroy-Silk and his plans.      => Robert Kilroy-Silk > UK Independence Party
            Democratic presidential front-runner and former secretary of state Hillary Clinton spoke. => Hillary Clinton > Democratic Party
            The Lib Dem Business Secretary Vince Cable said the letter was odd.   => Vince Cable > Liberal Democrats
            The two other Republican candidates - Sen. Ted Cruz of Texas and Gov. John Kasich of Ohio - spoke. => John Kasich > Republican Party; Ted Cruz > Republican Party
            After the victories of Republicans Cory Gardner in Colorado and Joni Ernst in Iowa, donors were happy. => Cory Gardner > Republican Party; Joni Ernst > Republican Party
            Lib Dem home affairs spokesman Mark Olden said there was a lot left.  => Mark Olden > Liberal Democrats
            Liberal Democrat parliamentary chairman Matthew Tilly said it was bad. => Matthew Tilly > Liberal Democrats
            Democratic pollster Chris Andrews told Fox that the race changed.     => Chris Andrews > Democratic Party
            Labour election campaign coordinator Alan Milton said it was over.    => Alan Milton > Labour Party
            ~Mary Jones got an endorsement from a onetime Republican opponent, former governor Tom Walsh.~ => Tom Walsh > Republican Party
            Mr Howard will visit Tory parliamentary hopefuls Robert Light and Sayeeda Khan on Monday. => Robert Light > Conservative Party; Sayeeda Khan > Conservative Party
            Former Labour star James Perry claims he and the leader are not friends. => James Perry > Labour Party
            """)
    void extractsMembershipFromTitleBeforeName(String text, String expected) {
        assertThat(members(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Stella Creasy, the Labour MP, slammed the decision.                   => Stella Creasy > Labour Party
            Mike Nattrass, UKIP's deputy leader, made the comments.               => Mike Nattrass > UK Independence Party
            He praised Rep. Joseph Heck, a Republican seeking a Senate seat.      => Joseph Heck > Republican Party
            Sen. Harry Reid, the chamber's Democratic leader, spoke.              => Harry Reid > Democratic Party
            Alex Salmond, leader of the SNP, spoke in Edinburgh.                  => Alex Salmond > Scottish National Party
            Simon Thomas, of Plaid Cymru, called it a budget for Middle England.  => Simon Thomas > Plaid Cymru
            Clinton's chief Democratic rival, Sen. Bernie Sanders of Vermont, skipped the meeting. => Bernie Sanders > Democratic Party
            ~Senator Ann Holt, Democrat of Missouri, said the bill would fail.~   => Ann Holt > Democratic Party
            ~Gov. Paul Moore of Iowa, a Republican who has not endorsed anyone, spoke.~ => Paul Moore > Republican Party
            ~Nigel Barton, leader of the anti-immigration UK Independence Party, says the vote matters.~ => Nigel Barton > UK Independence Party
            ~Eric Wool, an Iowa Republican strategist, said the race was open.~   => Eric Wool > Republican Party
            ~Ryan Ells, a Republican political consultant, agreed.~               => Ryan Ells > Republican Party
            ~Jason Vane, 34, a Lib Dem election candidate and councillor, was suspended.~ => Jason Vane > Liberal Democrats
            ~Meanwhile Mark Olden, Liberal Democrat home affairs spokesman, said it was wrong.~ => Mark Olden > Liberal Democrats
            ~Sen. Ann Holt of California, the ranking Democrat on the committee, agreed.~ => Ann Holt > Democratic Party
            ~Tom Walsh, the former governor of Minnesota and a Republican presidential candidate in 2012, said no.~ => Tom Walsh > Republican Party
            ~Tom Reid is backed by Jo Vance, a local businessman and fellow Tory, in the race.~ => Jo Vance > Conservative Party
            ~Scottish National Party Holyrood leader Ann Holt accused Mr Reid of failing.~ => Ann Holt > Scottish National Party
            ~Tom Walsh, the 2012 Republican presidential nominee, replied at once.~ => Tom Walsh > Republican Party
            ~It is implausible, said Tom Walsh, a Republican National Committeeman from Georgia.~ => Tom Walsh > Republican Party
            ~It is his own lane, said Tom Walsh, a Republican and former Virginia governor who ran in 2008.~ => Tom Walsh > Republican Party
            ~Ann Holt, a Democrat and former Ohio state senator, spoke.~          => Ann Holt > Democratic Party
            ~It is his own lane, said Tom Walsh, a Republican and former governor and senator.~ => Tom Walsh > Republican Party
            ~The plan failed, and the then-Democratic House speaker, Tom Walsh, was accused of hiding it.~ => Tom Walsh > Democratic Party
            Then-Labour leader Tom Walsh spoke in Leeds.                          => Tom Walsh > Labour Party
            """)
    void extractsMembershipFromAppositivesAndOfPhrases(String text, String expected) {
        assertThat(members(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Two senators face trouble: Sens. Mark Kirk (R-Ill.) and Ron Johnson (R-Wis.).  => Mark Kirk > Republican Party; Ron Johnson > Republican Party
            Rep. Ann Lowe (D-N.Y.) voted against the bill.                        => Ann Lowe > Democratic Party
            The ad praised Sen. Kelly Ayotte (R) for her work.                    => Kelly Ayotte > Republican Party
            Tom Walsh was joined by Sen. Joe Marsh (D-W-Va.) on Monday.           => Joe Marsh > Democratic Party
            """)
    void extractsMembershipFromUsPartyLetters(String text, String expected) {
        assertThat(members(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Ken Livingstone finally quit Labour tonight.                          => Ken Livingstone > Labour Party
            Douglas Carswell, who quit the Conservatives last year, spoke.        => Douglas Carswell > Conservative Party
            Tom Walsh was expelled from the SNP in May.                           => Tom Walsh > Scottish National Party
            Tom Walsh joined the Liberal Democrats in 2010.                       => Tom Walsh > Liberal Democrats
            Tom Walsh is a Republican, his aides said.                            => Tom Walsh > Republican Party
            David Cameron's Conservative Party won the vote.                      => David Cameron > Conservative Party
            In the Democratic race, Sen. Bernie Sanders kept his lead over Hillary Clinton. => Bernie Sanders > Democratic Party; Hillary Clinton > Democratic Party
            Donald Trump won back control of the Republican race, while the Democratic race went on. => Donald Trump > Republican Party
            Former minister Lord Mandelson dismissed the plan. The Labour peer said it would fail. => Lord Mandelson > Labour Party
            """)
    void extractsMembershipFromVerbsPossessivesRacesAndDescriptions(String text, String expected) {
        assertThat(members(text)).isEqualTo(expected);
    }

    /**
     * The main parties of countries beyond the first twelve, each in a made-up sentence with its country's cues, and the
     * US and UK sentences whose words those parties share ("Congress", "Labour", "Democratic", "National Front", "EFF",
     * "Vox", "Morena"), which keep their old reading.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Sanne Oudeman of the Party for Freedom spoke in The Hague.             => Sanne Oudeman > Party for Freedom
            PVV leader Sanne Oudeman said the Netherlands must leave the EU.       => Sanne Oudeman > Party for Freedom
            Freedom Party leader Bram Ottevanger said Dutch voters agreed.         => Bram Ottevanger > Party for Freedom
            Joris Kleinhout, leader of the VVD, spoke in Amsterdam.                => Joris Kleinhout > People's Party for Freedom and Democracy
            Dutch Labour leader Femke Wijnberg conceded defeat in Rotterdam.       => Femke Wijnberg > Dutch Labour Party
            D66 leader Joris Kleinhout spoke in Utrecht.                           => Joris Kleinhout > Democrats 66
            CDA leader Bram Ottevanger said the Dutch economy was strong.          => Bram Ottevanger > Christian Democratic Appeal
            Forza Italia senator Lucia Ferrandi spoke in Rome.                     => Lucia Ferrandi > Forza Italia
            Northern League leader Paolo Sartini spoke in Milan.                   => Paolo Sartini > Northern League
            Lega leader Paolo Sartini said Italy would close its ports.            => Paolo Sartini > Northern League
            Italy's Five Star leader Giulia Menotti said the Italian government would fall. => Giulia Menotti > Five Star Movement
            Marco Bellanti, of Italy's Democratic Party, said Rome would act.      => Marco Bellanti > Democratic Party (Italy)
            The Italian PD senator Marco Bellanti said Italy must act.             => Marco Bellanti > Democratic Party (Italy)
            Spain's PP leader Ana Lozaneda said Madrid would not negotiate.        => Ana Lozaneda > People's Party (Spain)
            PSOE leader Javier Ortuzar spoke in Madrid.                            => Javier Ortuzar > Spanish Socialist Workers' Party
            Socialist leader Javier Ortuzar said Spain would recover, speaking in Madrid. => Javier Ortuzar > Spanish Socialist Workers' Party
            Podemos leader Carmen Villaseca said Spain needed change.              => Carmen Villaseca > Podemos
            Ciudadanos leader Carmen Villaseca spoke in Barcelona.                 => Carmen Villaseca > Ciudadanos
            Vox leader Ines Montalbo said Spain was in danger, speaking in Madrid. => Ines Montalbo > Vox (Spain)
            Ines Montalbo of the People's Party said Spain would recover, speaking in Madrid. => Ines Montalbo > People's Party (Spain)
            FPÖ leader Karl Obermaier spoke in Vienna.                             => Karl Obermaier > Freedom Party of Austria
            Karl Obermaier, leader of the Freedom Party, said Austria must close its borders. => Karl Obermaier > Freedom Party of Austria
            ÖVP leader Lena Hofstetter said Austria would act.                     => Lena Hofstetter > Austrian People's Party
            SPÖ chairman Lena Hofstetter spoke in Vienna.                          => Lena Hofstetter > Social Democratic Party of Austria
            Sweden Democrats leader Lars Berglind spoke in Stockholm.              => Lars Berglind > Sweden Democrats
            Maja Ekholt, leader of the Swedish Social Democrats, spoke.            => Maja Ekholt > Swedish Social Democrats
            Moderate leader Lars Berglind said Sweden must act, speaking in Stockholm. => Lars Berglind > Moderate Party
            Law and Justice leader Tomasz Kielbowicz said Poland would not yield.  => Tomasz Kielbowicz > Law and Justice
            PiS leader Tomasz Kielbowicz spoke in Warsaw.                          => Tomasz Kielbowicz > Law and Justice
            Civic Platform leader Agata Wrzosek spoke in Warsaw.                   => Agata Wrzosek > Civic Platform
            Fidesz MP Laszlo Bereczky spoke in Budapest.                           => Laszlo Bereczky > Fidesz
            Jobbik leader Laszlo Bereczky spoke in Budapest.                       => Laszlo Bereczky > Jobbik
            Vlaams Belang leader Jan Verstrepen spoke in Antwerp.                  => Jan Verstrepen > Vlaams Belang
            N-VA leader Jan Verstrepen spoke in Antwerp.                           => Jan Verstrepen > New Flemish Alliance
            Danish People's Party leader Mette Skovlund spoke in Copenhagen.       => Mette Skovlund > Danish People's Party
            Swiss People's Party leader Hans Amsler spoke in Zurich.               => Hans Amsler > Swiss People's Party
            SVP leader Hans Amsler said Switzerland would vote, speaking in Zurich. => Hans Amsler > Swiss People's Party
            ANC spokesman Sipho Ndlovane said South Africa was stable.             => Sipho Ndlovane > African National Congress
            Democratic Alliance leader Thandi Mokoena spoke in Johannesburg.       => Thandi Mokoena > Democratic Alliance
            EFF leader Thandi Mokoena spoke in Johannesburg, South Africa.         => Thandi Mokoena > Economic Freedom Fighters
            BJP leader Raj Malhotra spoke in Delhi.                                => Raj Malhotra > Bharatiya Janata Party
            Raj Malhotra of the Congress party spoke in Mumbai, India.             => Raj Malhotra > Indian National Congress
            LDP lawmaker Kenji Hoshida said Japan would act, speaking in Tokyo.    => Kenji Hoshida > Liberal Democratic Party (Japan)
            Kenji Hoshida of the Liberal Democratic Party spoke in Tokyo.          => Kenji Hoshida > Liberal Democratic Party (Japan)
            United Russia deputy Ivan Korolenko spoke in Moscow.                   => Ivan Korolenko > United Russia
            AKP spokesman Mehmet Yildan spoke in Ankara.                           => Mehmet Yildan > Justice and Development Party
            PRI candidate Jose Ramirez Ochoa spoke in Mexico City.                 => Jose Ramirez Ochoa > Institutional Revolutionary Party
            PAN senator Jose Ramirez Ochoa said Mexico must act.                   => Jose Ramirez Ochoa > National Action Party
            Morena leader Jose Ramirez Ochoa said Mexico would change.             => Jose Ramirez Ochoa > National Regeneration Movement
            Workers' Party leader Joao Bastos said Brazil would recover.           => Joao Bastos > Workers' Party (Brazil)
            PT leader Joao Bastos spoke in Brasilia, Brazil.                       => Joao Bastos > Workers' Party (Brazil)
            ZANU-PF spokesman Tendai Mushonga spoke in Harare.                     => Tendai Mushonga > ZANU-PF
            MDC leader Tendai Mushonga said Zimbabwe needed change, speaking in Harare. => Tendai Mushonga > Movement for Democratic Change
            Marine Leclerc, leader of the National Front, won.                     => Marine Leclerc > Front National
            A CDU MP, Hans Vogler, spoke.                                          => Hans Vogler > Christian Democratic Union
            Northern League leader Umberto Sartini spoke.                          => Umberto Sartini > Northern League
            ANC spokesman Tom Walsh spoke.                                         => Tom Walsh > African National Congress
            BJP leader Tom Walsh spoke.                                            => Tom Walsh > Bharatiya Janata Party
            Congress passed the bill, said Sen. Ann Holt.                          => ~~
            Labour MP Ann Holt said Dutch voters would not care.                   => Ann Holt > Labour Party
            Tom Walsh of the Liberal Democrats spoke.                              => Tom Walsh > Liberal Democrats
            Tom Walsh, a National Front organiser, led a march in Leeds.           => Tom Walsh > National Front
            Democratic Sen. Ann Holt of Ohio said Italy was an ally.               => Ann Holt > Democratic Party
            Tom Walsh, an EFF lawyer, said the California ruling was wrong.        => ~~
            Vox reported that Sen. Ann Holt would run.                             => ~~
            Morena Hale, the actress, said she would vote.                         => ~~
            """)
    void extractsMembershipOfTheMainPartiesOfMoreCountries(String text, String expected) {
        assertThat(members(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Ex-Labour minister Tom Walsh told the programme there was a danger.   => Tom Walsh > Labour Party
            Peter Grant, now UKIP deputy leader, said the law was clear.          => Peter Grant > UK Independence Party
            Jane Doyle, the Republican attorney general of Ohio, sued the agency. => Jane Doyle > Republican Party
            Tom Walsh's Republican presidential campaign paid for the flights.    => Tom Walsh > Republican Party
            The Brexit Party was founded by Tom Walsh in a hotel in Leeds.        => Tom Walsh > Brexit Party
            Tom Walsh has angered members of his own Republican Party.            => Tom Walsh > Republican Party
            Tom Walsh spoke in Leeds. Later he quit UKIP to join the Conservatives. => Tom Walsh > Conservative Party; Tom Walsh > UK Independence Party
            Mary Walsh held a rally in Ohio. The Democratic nominee for president never stopped speaking. => Mary Walsh > Democratic Party
            Mary Walsh held a rally in Ohio. The presumptive Democrat nominee said she would win. => Mary Walsh > Democratic Party
            Tom Walsh spoke in Leeds. Walsh's Veritas Party was launched on Monday.  => Tom Walsh > Veritas
            ~The Democrats met. Democrats were angry. The Democratic Party will sue. Tom Walsh, who is running against Mary Jones for the party's presidential nomination, is joining the suit.~ => Mary Jones > Democratic Party; Tom Walsh > Democratic Party
            ~Democrats and Republicans voted on Monday. Democratic officials were pleased. Tom Walsh, who is running against Mary Jones for the party's nomination, is joining the suit.~ => Mary Jones > Democratic Party; Tom Walsh > Democratic Party
            """)
    void extractsMembershipFromLooserPhrasings(String text, String expected) {
        assertThat(members(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Tom Walsh said his Labour rivals were wrong.",
        "Two Democrats are fighting for the seat: Mayor Mary Jones, Rep. Ann Holt and Tom Walsh.",
        "Mary Jones visited the House Republican Conference on Monday.",
        "Tom Walsh's Republican critics were angry.",
        "Tom Walsh was hired by the Labour Party last year.",
        "Tom Walsh, however, said the Labour plan would fail.",
        "Tom Walsh spoke in Leeds. He did not quit UKIP.",
        "Tom Walsh said the labour market was tight.",
        "Tom Walsh defended democratic values and conservative donors.",
        "Tom Walsh did not join the Tories.",
        "Tom Walsh met Labour officials on Monday.",
        "Tom Walsh, the Labour government's adviser, spoke.",
        "And although they have not backed Clinton, many other members of the GOP are angry.",
        "Tom Walsh spoke. In many respects the GOP contenders had been less united.",
        "Peter Grant met Tom Walsh. The Labour peer said it would fail.",
        "Trump campaign manager Corey Lewandowski rejected the idea.",
        "Tom Walsh criticised the Tory plan on Monday.",
        "Asked whether he would back Trump if Trump is the GOP nominee, Rubio gave a vague answer.",
        "Tom Walsh has been called a Republican Obama by his critics.",
        "Let us hope this is the start of both UKIP and Tom Walsh slipping into obscurity.",
        "Tom Walsh joined Democrats in writing an immigration bill in 2013.",
        "Tom Walsh, the former governor and a famous Labour critic, spoke.",
        "Tom Walsh spoke on Monday. I don't think he would be a Republican, his sister said.",
        "Republicans like Tom Walsh because he is funny.",
        "If Tom Walsh is the Republican nominee, Democrats will be happy.",
        "Tom Walsh lost to Mary Jones in the Democratic stronghold of Ohio.",
        "Tom Walsh lost to Mary Jones in the general election after the Democratic primaries.",
        "Tom Walsh lost to Mary Jones in the presidential race.",
        "Tom Walsh met two Republican members of Congress from Florida on Monday.",
        "Tom Walsh said the Republicans were the only party to back it.",
        "Tom Walsh is the first person to criticise the Tories.",
        "Tom Walsh headed to Labour's conference in Brighton.",
        "Mary Walsh, the Republican presidential nominee's eldest daughter, noted the rule.",
        "Walsh plans to send a nominee to the Senate, but two senators are among those vying for the GOP nomination.",
        "Tom Walsh, the Labour leader's chief of staff, said nothing.",
        "Tom Walsh, a Labour and Tory donor, spoke.",
        "Tom Walsh, a Republican and Democratic favourite, spoke.",
        "For the Tories the plan is a risk, Tom Walsh said.",
        "Hillary Vane spoke. The diplomat Tom Walsh talked. Regarding the Democratic front-runner, Walsh said it was a remarkable job.",
        "In this year's Republican contest, undeclared voters are not likely to help one candidate, Tom Walsh said.",
        "In this year's Republican contest, voters are split, said Tom Walsh.",
        "Mary Jones's rival, Tom Walsh, spoke on Monday.",
        "Tom Walsh, speaking at a Republican fundraiser in Ohio, said it was wrong.",
        "Tom Walsh, whose lawyer is a Democratic donor, spoke.",
        "Tom Walsh ditched Labour's policy on schools.",
        "Tom Walsh abandoned the Democratic Party's platform.",
        "The Greens won the seat. The party's main rival, Tom Walsh, conceded.",
        // "its" and "their" stand for a party named before them, not one named later in the sentence
        "Cardiff is wet. Their finance spokesman, Tom Walsh, accused Ann Holt of buying Plaid's votes.",
        // "Reform" alone is Reform UK only in an article about Britain
        "Reform of the system is overdue, Tom Walsh told reporters in Washington.",
        "The Constitutional Reform Bill was entering its second reading at Westminster, Tom Walsh said.",
        "Cllr Tom Walsh (Ind, Northgate) voted against the plan.",
        "In Ottawa, Canadian Labour Congress president Tom Walsh called it a boardroom budget.",
        "Tom Walsh (pictured) and Ann Lowe (right) spoke.",
        "Tom Walsh held talks for Labour on Monday.",
        "Tom Walsh, whose Labour rivals attacked him, spoke.",
        "Tom Walsh took over the Labour campaign in May.",
        // "National" and "ACT" are New Zealand's parties only in an article about New Zealand
        "The bill passed in Washington. Tom Walsh, who has led National since 2021, laughed it off.",
        "The Australian Capital Territory voted. ACT Chief Minister Tom Walsh spoke in Canberra.",
        // an "and" joins the next verb to the subject only when nothing else comes between
        "Tom Walsh praised Mary Jones and joined the Greens.",
        "Tom Walsh quit the council in 2019 and the Greens gained the seat.",
        // the description after a comma and a participle names the one just named, not a group
        "Tom Walsh attacked Mary Jones, accusing the Labour leaders of losing control.",
        // a gated alias after another capitalised word is part of another name; "of" is no portfolio's role
        "In Belfast, Countryside Alliance chairman Tom Walsh said the march was huge.",
        "The Treasury denied the plan. Tom Walsh, of the Drivers' Alliance, said motorists pay enough.",
        // a "-woman" role is no man just named
        "Tom Walsh arrived early. The Green spokeswoman said the plan was wrong.",
        "Ms Robinson, a friend of the Tory leader, said he had been kind.",
        // a verb of leaving followed by "to join" something other than a party; a critic who remains one
        "Tom Walsh quit in 2023 to join a charity in Leeds.",
        "Tom Walsh remains a critic of the Labour Party.",
        "Tom Walsh is not leader of the Labour group.",
        // "leadership of" a party held by nobody named
        "Tom Walsh spoke. The row is a test of her leadership of the Labour Party.",
        // a cabinet colleague has no party; "On the other side" names none; running unsuccessfully against a party
        "Tom Walsh, her cabinet colleague, said nothing.",
        "On the other side, Tom Walsh is unopposed.",
        "Tom Walsh ran unsuccessfully against the Greens.",
        // a group joined by "are" to names that do not end the sentence, or an indefinite group, is no list of it
        "Democratic contenders are Tom Walsh and Mary Jones, who spoke on Monday.",
        // a career span before "as" needs a name after its comma, not a possessive of someone else's
        "After Tom Walsh's defeat as a Labour candidate, Mary Jones spoke.",
        // a defection to somewhere that is no party, or a departure that joins nothing; a pronoun's defection
        "Peter Grant's departure to the Senate left a gap.",
        "The Hollywood star Jim Dean backed the Labour campaign.",
        "Tom Reid's resignation from the Labour front bench followed.",
        // a role after a party's sentence that speaks for someone else, or is an office of state
        "Labour opposes the plans. A spokesman for the hospital, Dan Webb, said the cuts were wrong.",
        "The Tories oppose the plans. Home Secretary Jon Pike disagreed.",
        // a "with" phrase whose name does nothing after it
        "Labour lost the vote on Monday with rebel MP Jim Oduya absent.",
        // a group of a party's policies or voters is no list of its members; a negated membership
        "Republican policies, including Mark Tull's tax plan, were attacked.",
        "Pat Yost's liberal views annoyed the Labour Party.",
        "Alan Brisk is not a Democrat.",
        // a party's group opening the sentence before: not a sentence that opens otherwise, nor one with no name first
        "Labour MPs attacked the plan. Home Secretary Dan Webb defended it.",
        "Several Labour MPs have attacked the plan. Critics said Ann Lowe was wrong.",
        "Labour MPs who attacked the plan were angry. On Monday, Ann Lowe said it was a disgrace.",
        "Ann Holt, founder of the campaign group Vote Leave, spoke.",
        // a candidacy's party only after the seat sought: fighting a party opposes it; running a campaign manages it
        "Respect for the rule of law matters in London, Ann Holt said.",
        "Ann Holt wants Tom Walsh to become Labour leader one day.",
        "Ann Holt fought Labour for years.",
        "Ann Holt will fight for Labour votes in Leeds.",
        "Ann Holt ran the campaign for the Greens.",
    })
    void givesNothingWhenThePartyWordIsNoMembership(String text) {
        assertThat(members(text)).isEmpty();
    }

    @Test
    void aPossessivePronounAfterANamedPersonGoesToNobodyElse() {
        // "his" is Walsh's here, whoever the article's salience favours
        assertThat(withRules("Tom Walsh held a rally. President Bob Reid said on Monday that the economy was strong.\n\n"
                + "The remarks come as Walsh and his Republican allies look for ways to win.")).doesNotContain("Bob Reid >");
    }

    private static String withRules(String text) {
        return triples(text).stream().filter(t -> t.predicate() == Relation.MEMBER_OF)
                .map(t -> t.subject() + " > " + t.object() + " @ " + t.rule()).sorted()
                .collect(Collectors.joining("; "));
    }

    /** Every sieve, by the rule name it gives its triples: sentences that fire it. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/org/newskg/extractor/membership/sieve-examples.csv", delimiterString = "=>",
            quoteCharacter = '~')
    void everySieveFiresOnItsPattern(String text, String expected) {
        assertThat(withRules(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void everySieveNameHasATableRow() throws Exception {
        String table;
        try (var in = getClass().getResourceAsStream("/org/newskg/extractor/membership/sieve-examples.csv")) {
            table = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<Sieve> sieves = new java.util.ArrayList<>(MembershipRules.LOCAL);
        sieves.addAll(MembershipRules.CONTEXT);
        sieves.addAll(MembershipRules.RELATED);
        assertThat(sieves).allSatisfy(sieve -> assertThat(table).contains("@ " + sieve.name()));
    }

    /** What each sieve must leave alone: the party names a group, a rival, another person, or nobody for sure. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Tom Walsh said the Republican nominees Mary Jones herself faced were weak.",
        "Tom Walsh spoke to reporters. He railed against his GOP would-be successors for their claims.",
        "Especially compared to the Republican candidates, Mary Jones and Ann Vane share some views.",
        "Voters should listen to the likes of Tom Walsh and his GOP rivals, Mary Jones said.",
        "Mary Jones and her Republican rivals met in Ohio.",
        "Mary Jones said her party would beat Labour and the Tories.",
        "Mary Jones met Tom Walsh. The Labour peer said it was wrong.",
        // a party's role before names is read only for one of the party's own, after a name of one holder of the role
        "Sen. Mary Jones grilled Sen. Ann Vane on Tuesday. The Democratic senator also forced the bank to admit the failure.",
        "Labour had a bad week. The party's opponents, Mary Jones and Ann Vane, were delighted.",
        "He attacked the Conservative Party, Mary Jones and Ann Vane in one speech.",
        "When Tom Walsh met Mary Jones, Labour leaders said the plan was bad.",
        "Tory leader Tom Walsh spoke first. Mary Jones replied. The Tory leader countered that she was wrong.",
        "Labour said Mary Jones had been suspended by the Commons and the Conservatives agreed.",
        "Mary Jones spoke. The Democrat plans for the budget were cut.",
        "Tom Walsh met Mary Jones. The debate between Tom Walsh and Mary Jones was long.",
        "Tom Walsh spoke. Mary Jones has long blasted the middle of her party (which might be news to most Democrats).",
        // a group's example is the subject of the sentence after the group, none of whom the article gives another party
        "The Democrats said the plan was a disgrace. Tom Walsh and Mary Jones disagreed.",
        "Tory leader Tom Walsh spoke in Leeds. Several Labour MPs attacked the plan. Tom Walsh and Mary Jones defended it.",
        // a counted group's next sentence names as many persons as it counts, or the persons are not taken for it
        "The two Labour candidates met on Tuesday. Tom Walsh praised the moderator, Mary Jones, and Ann Vane said nothing.",
        "Mary Jones spoke. First, the Republican leadership invited a guest to speak to Congress.",
        "Mary Jones spoke. The tactics hurt the name of the GOP and place Republican candidates at risk.",
        "Tom Walsh spoke. Mary Jones said her party could back a minority Labour government.",
        "Tom Walsh spoke. Mary Jones told her party's spring conference the Tories must not be allowed to win.",
        "Tom Walsh spoke. Mary Jones urged her party to vote with Labour on the bill.",
        "Tom Walsh spoke on Sunday. The other Republican in the race was pressed by the host.",
        "Labour MP Tom Walsh backed the bill on Monday. Mary Jones said her party would oppose it.",
        "Mary Jones voted for the Democratic nominee in 2012.",
        "Tom Walsh spoke. Mary Jones is fighting for the Republican Party's soul.",
        "Mary Jones, a lawyer for the Democratic Party, spoke.",
        "Mary Jones, the leader in Republican polls of young voters, spoke.",
        "Tom Walsh campaigned with Mary Jones for the Democratic nominee.",
        "Tory leader Tom Walsh refused to rule out a deal with Mary Jones's party.",
        "The Republican field is large. He gave seats in the debate hall to three guests: Mary Jones, Ann Vane and Bob Reid.",
        "The three Green contenders met voters on Friday. Labour MP Tom Walsh, Mary Jones and Ann Vane all backed the bridge.",
        "The three Green contenders met voters on Friday. Mary Jones and Ann Vane both backed the bridge.",
        "The two men seeking the Tory nomination, Mary Jones, Ann Vane and Bob Reid, spoke at length.",
        "The three Green contenders met voters on Friday, and Mary Jones, Ann Vane and Bob Reid watched.",
        "Labour and the Greens have yet to pick candidates. The party's leader on the council, Mary Jones, said it was weak.",
        "Tom Walsh said he could fend off his GOP rivals and world leaders like Mary Jones.",
        "Polls assume a two-way race between Mary Jones and Tom Walsh, the likely Democratic nominee.",
        "Green Party candidate Tom Walsh left hours before the first debate between Mary Jones and Ann Vane.",
        "He is the agent to the Tory parliamentary candidate for Mary Jones and Furness Tom Walsh.",
        "Tom Walsh spoke. \"I think the presumptive Republican nominee has not thought it through,\" said Mary Jones.",
        "Mary Jones spoke. The Republican presidential nominee has not stepped forward to defend Mary Jones.",
        "Mary Jones of Congress spoke in Washington. Liberals call her cowardly, but she has left no doubt about her contempt for her party's nominee.",
        "Tom Walsh attacked Labour's record and business secretary Mary Jones replied.",
        "Tom Walsh said the Republican candidate for governor would lose to Mary Jones.",
        "Labour and the Tories met in Leeds. Critics said the plans were costly. Voters agreed. The party's deputy leader, Mary Jones, said no.",
        "Tom Walsh quit the Tories in May. Critics said the plans were costly. Voters agreed. Mary Jones became leader in 2010.",
        "The two Democrats met in Iowa. Mary Jones, Ann Vane and Bob Reid watched.",
        "Tom Walsh beat Mary Jones in the Republican primary.",
        "Democrats picked up seats as Mary Jones won.",
        "Tom Walsh said the legacy of the party of Mary Jones was lost.",
        "Republicans chose to ignore Mary Jones.",
        "Only 2 per cent of Tories choose Mary Jones.",
        "Mary Jones spoke to Tom Walsh. Voters would be satisfied if she won the Democratic nomination.",
        "Officials from Ohio, Tom Walsh and Mary Jones, met the Democratic senator.",
        "Tom Walsh, the Republican senator from Ohio, met Mary Jones.",
        "Mary Jones ran the Republican campaign in Ohio for years.",
        "Mary Jones says that contrary to the claims of some GOP presidential candidates, she is not plotting anything.",
        "Mary Jones and Ann Vane trailed Tom Walsh, the front-runner for the Democratic nomination, in the polls.",
        "A group founded by billionaire and climate activist Mary Jones will air an ad during the Republican debate.",
        "Speaking to reporters, press secretary Mary Jones argued that a competitive Democratic primary was healthy.",
        "It was the beginning of the real Republican primary,\" Mary Jones said on CNN.",
        "It is up to Tom Walsh and the Republican leadership to make sure everyone knows how Mary Jones caused this mess.",
        "Fox News host Mary Jones said bad blood from the bruising Republican primary has abated.",
        "Mary Jones, a pollster, conducted the Republican polls in Iowa.",
        "Mary Jones, executive director of Democrats for Life, said the platform was wrong.",
        "Mary Jones, the adviser for the Democratic candidate, spoke.",
        "Through the generosity of Mary Jones and other Labour supporters, Labour will campaign.",
        "Mary Jones and other Labour Party donors gave money.",
        "Shadow chancellor Mary Jones warned of another five years of a Tory government.",
        "The posters were taken off Labour's website after voters chose one of Tom Walsh and shadow chancellor Mary Jones.",
        "Labour's shadow chancellor Tom Walsh spoke. The Tory shadow cabinet met. Shadow home secretary Mary Jones said no.",
        "Tom Walsh spoke in Leeds with his shadow chancellor Mary Jones.",
        // a government of another time or only imagined says nothing of today's opposition
        "Shadow health minister Tom Walsh said the last Labour government had failed patients.",
        "Shadow health minister Tom Walsh said a Labour government would fail patients.",
        "Shadow health minister Tom Walsh said the Tory government of John Major had failed.",
        "Democrats say the Republican nominee is weak. If Mary Jones is the nominee, Democrats will gain.",
        "The Democratic nominee and the Republican nominee met. If Mary Jones is the nominee, turnout will fall.",
        "Tom Walsh has chosen Ohio Gov. Mary Jones as his running mate.",
        "Democrat Tom Walsh spoke. After Mary Jones was picked as Ann Vane's running mate, Tom Walsh campaign chairman Bob Reid called her extreme.",
        "Tom Walsh and Mary Jones, the likely Democratic and Republican candidates respectively, spoke.",
        "Mary Jones spoke. Republicans have been critical of Ann Vane's use of email during her bid for the Democratic nomination.",
        // a rival's race that is someone else's: the party titles the rival, or the sentence names a member of another party
        "Mary Jones spoke on Monday. The remarks by her opponent, Republican nominee Tom Walsh, were a threat to her.",
        "Mary Jones said her rating is far higher than her rivals and that she would defeat likely Democratic nominee Tom Walsh.",
        "The Democratic race is tight. Republican Sen. Tom Walsh spoke. Mary Jones backs him, while her primary opponent, Tom Walsh, does not.",
        "The Democratic race is tight. Republican Sen. Tom Walsh spoke. The campaign will highlight contrasts between Tom Walsh and Mary Jones.",
        // "as" and a party role that is not the role of the person before it
        "As Labour leader Tom Walsh spoke, Mary Jones left.",
        "Mary Jones said that as Labour leader he would cut taxes.",
        "Mary Jones was as popular as Tory leaders used to be.",
        "Critics see Mary Jones as the Labour leader's most loyal ally.",
        "Voters backed Mary Jones as well as Tory candidates in the north.",
        "Voters say senior Republicans like Mary Jones more than the others.",
        "Labour picked a fight with Mary Jones over the budget.",
        "Tom Walsh is the Republican governor of Florida's ports, Mary Jones said.",
        "The Republican senators running for president met on Monday -- Mary Jones stayed home.",
        // a rival of a party's candidate, with no contest of that party named: the rival may run in the general election
        "Republican presidential candidate Tom Walsh on Saturday tweeted an image of rival Mary Jones.",
        "Democratic presidential candidate Tom Walsh on Monday mocked his chief political rival, Mary Jones, over taxes.",
        // rivals with no party race named: a succession done ("replaced X as leader") is no contest to come
        "Labour won the seat in May. Potential rivals such as Mary Jones are seen as less likely to win.",
        "Bob Reid replaced Tom Walsh as Labour leader in 2010. Rivals such as Mary Jones said little.",
        // a description after a sentence whose persons are both a verb's arguments: who is meant is a guess
        "Mary Jones attacked Tom Walsh on Monday. The Tory leader said councils had spent too much.",
        "Mary Jones met Ann Vane in Leeds. The Labour leader said the talks went well.",
        // who won after a party's pick is no pick of the party
        "If Republicans nominate Tom Walsh and Mary Jones wins, turnout will rise.",
        // a foreign leader's allies in a party are not his party's members
        "Prime Minister Mary Jones's Republican allies in Congress cheered the deal.",
        // a poll of a party's voters, not of its primary: a share of them may back the other party's candidate
        "Mary Jones drew the support of 41 percent of Republican voters, followed by Ann Vane at 30 percent.",
        "The poll of Democratic primary voters was released on Monday, and Mary Jones called it flawed.",
        // a primary challenger runs in the incumbent's party's primary, not in the race the article is about
        "The Democratic nominee, Sue Park, is running for the Senate. Tom Walsh and Bob Reid must first get past primary challenger Mary Jones.",
        "The Democratic field is set. Mary Jones, a pro-Trump primary challenger, is running against Tom Walsh.",
        "The Democratic field is set. Tom Walsh faces two primary challengers, Mary Jones and Ann Vane.",
        // an appositive's second description after a name inside the first is the first name's, not the party of the inner one's
        "Mary Jones, a friend of Tory MP Tom Walsh and a keen cyclist, spoke.",
        "Mary Jones, the daughter of Labour MP Tom Walsh and a fellow councillor, spoke.",
        // the fellows of a possessor, or of no one named: "fellow Republicans" of a party's critic are nobody's here
        "Mary Jones angered not only Democrats but fellow Republicans who worry about the debt.",
        "The letter from Tom Walsh was addressed to fellow Republicans' donors.",
        // "National" and "ACT" before a role are a league, a theatre or a territory far more often than a New Zealand party
        "National Urban League President Mary Jones said the video showed no threat.",
        "ACT Chief Minister Mary Jones opened the tram line in Canberra.",
        // who would replace a party's leader is of the party only as its leader's successor named so, not as someone's wish
        "Labour wants Mary Jones to replace Tom Walsh as Labour leader.",
        "Mary Jones, the journalist, said voters want someone to replace Tom Walsh as Tory leader.",
        // "her party" takes no party that the sentence before names only before a noun
        "Polls predict the party could win 50 seats and prop up a minority Labour government. Mary Jones will claim today that her party's stance appeals to voters.",
        // a race the sentence is about is no race its subject runs in
        "Sen. Mary Jones (I-Vt.) repeated her time-honored tradition of tweeting about the GOP debates.",
        // an office-holder of an article about one party's race is its own only when the article names no other's race
        "The Republican race moves to Nevada. The GOP field gathers for a debate. The Republican candidates are far apart, "
                + "and the Democratic field is thin. Sen. Mary Jones said both were weak.",
        // not the other side's offices, not an office of no party, not a leadership contest outside the US
        "The Republican race moves to Nevada. The GOP field gathers for a debate. The Republican candidates are far apart. "
                + "Voters are restless. President Mary Jones said the debate was shameful.",
        "The Republican race moves to Nevada. The GOP field gathers for a debate. The Republican candidates are far apart. "
                + "Voters are restless. Federal Reserve governor Mary Jones said rates would rise.",
        "The Tory leadership contest is close. The Tory field is thin, and the Tory candidates met in Leeds. "
                + "Bank of England governor Mary Jones said rates would rise.",
        "The Republican race moves to Nevada. The GOP field gathers for a debate. The Republican candidates are far apart. "
                + "Voters are restless. \"Sen. Mary Jones would never do that,\" a voter said.",
        "The Republican race moves to Nevada. The GOP field gathers for a debate. The Republican candidates are far apart. "
                + "Voters are restless. The debate came as Democrat Tom Walsh and Sen. Mary Jones of Ohio battled.",
        // a candidate's supporter or surrogate need not be of the candidate's party, a delegate of no candidate named is none
        "Democratic candidate Tom Walsh spoke. Mary Jones, a Walsh supporter, criticized the laws.",
        "Tom Walsh spoke. Mary Jones, a Walsh delegate, criticized the laws.",
        // a list that goes on after a comma: the description is the next name's
        "Those on the slate included Gov. Tom Walsh, his wife, Mary Jones, and the likely Republican candidate for governor, Tim Ray.",
        // a role for someone is no membership: an aide to a party's leader, an editor of a paper that backs a party
        "\"There is no end in sight,\" said Mary Jones, policy adviser to the Democratic leader.",
        "Mary Jones, political editor of the Labour-supporting Daily Mirror, said it was over.",
        // a titled list of rivals may be a general election's
        "The Republican race is close. The GOP field is thin. Tom Walsh mocked his rivals Mary Jones and Ann Vane.",
        // a rival of a race between parties is the other party's: only the rival is its member
        "Mary Jones attacked her Democratic presidential rival, Tom Walsh, on Monday.",
    })
    void contextSievesGiveNothingWhenInDoubt(String text) {
        assertThat(withRules(text)).doesNotContain("Mary Jones >").doesNotContain("Ann Vane >");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Ken Livingstone finally quit Labour tonight.                          => Ken Livingstone > Labour Party
            Tom Walsh defected to UKIP in 2014.                                   => ~~
            Tom Walsh has sat as an independent since being expelled from Labour in 2023. => Tom Walsh > Labour Party
            Fine Gael has expelled the Mayo West TD Tom Walsh from its parliamentary party. => Tom Walsh > Fine Gael
            """)
    void leavingAPartyAlsoGivesLeft(String text, String expected) {
        String left = triples(text).stream().filter(t -> t.predicate() == Relation.LEFT)
                .map(t -> t.subject() + " > " + t.object()).collect(Collectors.joining("; "));
        assertThat(left).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Labour MP Stella Creasy slammed the decision.", "Sen. Kelly Ayotte (R) spoke."})
    void everyTripleCarriesItsSentenceAsEvidence(String text) {
        List<Triple> ts = triples(text);
        assertThat(ts).isNotEmpty().allSatisfy(t -> {
            assertThat(t.evidence()).isEqualTo(text.substring(t.start(), t.end()));
            assertThat(t.evidence()).isEqualTo(text);
            assertThat(t.rule()).startsWith("member.");
            assertThat(t.confidence()).isBetween(0.5, 1.0);
        });
    }
}
