package org.newskg.extractor.membership;

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
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Labour MP Stella Creasy slammed the decision.                         => Stella Creasy > Labour Party @ member.title-before-name
            ~Labour election chief Tom Walsh denied the party was hiding him.~    => Tom Walsh > Labour Party @ member.title-before-name
            ~Labour Cllr Tom Walsh said the news was sad.~                         => Tom Walsh > Labour Party @ member.title-before-name
            ~He was joined by one of UKIP's two London Assembly members, Tom Walsh, on Monday.~ => Tom Walsh > UK Independence Party @ member.title-before-name
            ~Besides him, two Republican members of Congress from Florida, Tom Walsh and Mary Jones, have said they will not back him.~ => Mary Jones > Republican Party @ member.title-before-name; Tom Walsh > Republican Party @ member.title-before-name
            ~Mary Jones, a friend of Mr Reid and a fellow Lib Dem cabinet member, was also upset.~ => Mary Jones > Liberal Democrats @ member.appositive
            ~The GOP presidential front-runners, Mary Jones and Sen. Tom Walsh, want a wall.~ => Mary Jones > Republican Party @ member.title-before-name; Tom Walsh > Republican Party @ member.title-before-name
            Rep. Ann Lowe (D-N.Y.) voted against the bill.                        => Ann Lowe > Democratic Party @ member.party-letter
            ~Rep. Ann Lowe, D-Grand Rapids, voted against the bill.~              => Ann Lowe > Democratic Party @ member.party-letter
            Cllr Ann Lowe (Con, Mill Lane) told the chamber the gap was large.    => Ann Lowe > Conservative Party @ member.party-tag
            In Canberra, Nationals senator Ann Lowe broke ranks.                  => Ann Lowe > National Party of Australia @ member.title-before-name
            In Wellington, NZ First leader Ann Lowe broke ranks.                  => Ann Lowe > New Zealand First @ member.title-before-name
            In Edmonton, Premier Ann Lowe of the United Conservative Party spoke. => Ann Lowe > United Conservative Party @ member.of-party
            In Brisbane, Australia, United Australia Party candidate Ann Lowe spoke. => Ann Lowe > United Australia Party @ member.title-before-name
            In Montreal, Canada, the Bloc's Ann Lowe and People's Party leader Tom Walsh spoke. => Ann Lowe > Bloc Québécois @ member.title-before-name; Tom Walsh > People's Party of Canada @ member.title-before-name
            ~Tom Walsh (Lib Dem, Colchester) and Ann Lowe (Green) spoke.~          => Ann Lowe > Green Party @ member.party-tag; Tom Walsh > Liberal Democrats @ member.party-tag
            ~Mr Walsh, the Lib Dem environment spokesman, said it was wrong.~     => Walsh > Liberal Democrats @ member.appositive
            ~Tom Walsh, the Respect MP for Bethnal Green, spoke in London.~       => Tom Walsh > Respect Party @ member.appositive
            ~Patrick Vane, chairman of the Kentucky Democrats, told the paper.~   => Patrick Vane > Democratic Party @ member.appositive
            ~Tom Walsh, a former Republican county chairman in Ohio, spoke.~      => Tom Walsh > Republican Party @ member.appositive
            ~Tom Walsh, leader of the Labour group on the council, said it was wrong.~ => Tom Walsh > Labour Party @ member.appositive
            ~Mary Jones, a Democratic election law expert, sued the state.~      => Mary Jones > Democratic Party @ member.appositive
            ~Mary Jones, a major Democratic donor, said it was wrong.~           => Mary Jones > Democratic Party @ member.appositive
            ~Council member Mary Jones — a Democrat who has been floated as a candidate — called on the mayor to resign.~ => Mary Jones > Democratic Party @ member.appositive
            ~"We will not shout anyone down," said Mary Jones, the county Democratic chair.~ => Mary Jones > Democratic Party @ member.appositive
            ~Republican donor Tom Walsh gave a million dollars.~                  => Tom Walsh > Republican Party @ member.title-before-name
            Alex Salmond of the SNP spoke in Edinburgh.                          => Alex Salmond > Scottish National Party @ member.of-party
            ~"We lost," said Tom Walsh, of Aldridge Brownhills Conservatives.~    => Tom Walsh > Conservative Party @ member.of-party
            ~For the Lib Dems, Tom Walsh said the chancellor had failed.~         => Tom Walsh > Liberal Democrats @ member.for-party
            ~Mary Jones said: "It is the same target. It is a failed target." For the Welsh Liberal Democrats, Tom Walsh called it weak.~ => Tom Walsh > Liberal Democrats @ member.for-party
            ~The leader of the Labour Party, Tom Walsh, said the plan was bad.~   => Tom Walsh > Labour Party @ member.appositive-before
            ~His remarks come as the co-chairman of the Conservative Party, Tom Walsh, on Saturday called him a disappointment.~ => Tom Walsh > Conservative Party @ member.appositive-before
            ~Tom Walsh, Plaid Cymru health spokesman said: "It is the same target."~ => Tom Walsh > Plaid Cymru @ member.appositive
            ~But Tom Walsh, for the Tories, attacked the plan.~                   => Tom Walsh > Conservative Party @ member.for-party
            ~For the Lib Dems Tom Walsh said: "This is a con."~                   => Tom Walsh > Liberal Democrats @ member.for-party
            ~Tom Walsh - considered Mr Reid's main rival for the Tory leadership - said no.~ => Reid > Conservative Party @ member.race-rivals; Tom Walsh > Conservative Party @ member.race-rivals
            ~On Friday, Tom Walsh lashed out at Ann Lowe. The Mayor accused his Tory leadership rival of weakness.~ => Tom Walsh > Conservative Party @ member.race-rivals
            ~Tom Walsh endorsed Ms Lowe, saying that his former Democratic primary rival would make a fine president.~ => Tom Walsh > Democratic Party @ member.race-rivals
            ~Tom Walsh, running against former secretary of state Mary Jones for the Democratic nomination, leads her.~ => Mary Jones > Democratic Party @ member.race-verb; Tom Walsh > Democratic Party @ member.race-verb
            ~In fact, some Republicans, including Sen. Mary Jones of Tennessee, backed the bill.~ => Mary Jones > Republican Party @ member.such-as
            ~Tory MPs such as Tom Walsh and Mary Jones objected.~                 => Mary Jones > Conservative Party @ member.such-as; Tom Walsh > Conservative Party @ member.such-as
            ~Three Democrats are fighting for the seat: Sen. Tom Walsh (D-Ohio), Mayor Mary Jones and Rep. Ann Holt.~ => Ann Holt > Democratic Party @ member.such-as; Mary Jones > Democratic Party @ member.such-as; Tom Walsh > Democratic Party @ member.party-letter
            ~Over on the Republican side, front-runner Tom Walsh couldn't resist weighing in.~ => Tom Walsh > Republican Party @ member.for-party
            ~Mary Jones, her chief of staff for six years, left the Democratic Party in 2022.~ => Mary Jones > Democratic Party @ member.left-party
            ~UKIP's only MP, Tom Walsh, won his seat last year after defecting from the Conservatives.~ => Tom Walsh > Conservative Party @ member.left-party; Tom Walsh > UK Independence Party @ member.title-before-name
            ~The sitting Prime Minister, Tom Walsh, may go first even if his Conservatives are not the largest party.~ => Tom Walsh > Conservative Party @ member.pronoun-party
            ~"It is a ransom note," says Mary Jones, Labour's campaign coordinator.~ => Mary Jones > Labour Party @ member.appositive
            ~UKIP has suspended its candidate in Saltmarsh East, Tom Walsh, after his posts emerged.~ => Tom Walsh > UK Independence Party @ member.party-leader
            ~Candidates took part: Ann Holt of Reform UK, who quit the Conservatives in 2023, and Mary Jones for the Green Party.~ => Ann Holt > Conservative Party @ member.left-party; Ann Holt > Reform UK @ member.of-party; Mary Jones > Green Party @ member.for-party
            ~Mary Jones, who chairs the House Republican Conference, said no.~  => Mary Jones > Republican Party @ member.verb-party
            ~Tom Walsh was introduced by Mary Jones, his GOP colleague from Ohio, who called him a friend.~ => Mary Jones > Republican Party @ member.appositive
            Tom Walsh joined the Liberal Democrats in 2010.                       => Tom Walsh > Liberal Democrats @ member.verb-party
            ~Mr Walsh has headed Labour's preparations for previous polls.~       => Walsh > Labour Party @ member.verb-party
            ~Mary Jones says she is currently registered as a Democrat.~          => Mary Jones > Democratic Party @ member.verb-party
            ~Tom Walsh, who held Cwm Tawel for Labour for twenty years, spoke.~     => Tom Walsh > Labour Party @ member.verb-party
            ~Tom Walsh held the seat for the Conservatives until 2010.~           => Tom Walsh > Conservative Party @ member.verb-party
            ~Tom Walsh will contest Leeds North for Labour.~                       => Tom Walsh > Labour Party @ member.verb-party
            ~Labour met in London. Tom Walsh said he would contest Bethnal Green, in London, for Respect.~ => Tom Walsh > Respect Party @ member.verb-party
            ~Mary Jones fought the seat for the Conservatives in 2010.~             => Mary Jones > Conservative Party @ member.verb-party
            ~Mary Jones is standing in Leeds North for the Greens.~                 => Mary Jones > Green Party @ member.verb-party
            ~Initially a Democrat, Tom Walsh ran in 2001 for mayor as a Republican.~ => Tom Walsh > Republican Party @ member.verb-party
            ~Mary Jones, who took over the Conservative leadership in 2023, spoke.~ => Mary Jones > Conservative Party @ member.verb-party
            ~Tom Walsh, an MP who crossed the floor to the Liberal Democrats in 2019, lost.~ => Tom Walsh > Liberal Democrats @ member.verb-party
            ~Tom Walsh, who is standing for the Conservatives in a by-election, posted the picture.~ => Tom Walsh > Conservative Party @ member.verb-party
            Ken Livingstone finally quit Labour tonight.                          => Ken Livingstone > Labour Party @ member.left-party
            ~Tom Walsh, a former soldier who quit UKIP in 2016, said it was wrong.~ => Tom Walsh > UK Independence Party @ member.left-party
            ~Tom Walsh won the seat in 2001. The Glasgow MP, who was expelled from Labour over the war, accused Ms Lowe of lying.~ => Tom Walsh > Labour Party @ member.left-party
            ~Tom Walsh, an Elko County rancher who left the Republican Party in 2012, spoke.~ => Tom Walsh > Republican Party @ member.left-party
            ~Cllr Tom Walsh (Ind, Southgate), who quit the Conservatives last year, spoke.~ => Tom Walsh > Conservative Party @ member.left-party
            ~Tom Walsh, the state treasurer, left the Republican Party in 2022.~  => Tom Walsh > Republican Party @ member.left-party
            ~Cllr Ann Lowe (Ind), who was elected as a Plaid Cymru councillor in 2017, spoke.~ => Ann Lowe > Plaid Cymru @ member.verb-party
            ~Mary Jones, a former head teacher who has been a Lib Dem councillor since 2017, won.~ => Mary Jones > Liberal Democrats @ member.copula
            ~Tom Walsh, a friend of Mary Jones who quit Labour in 2016, spoke.~   => Mary Jones > Labour Party @ member.left-party
            ~Tom Walsh, an Alberta MP who sat as a Conservative until 2023, spoke.~ => Tom Walsh > Conservative Party @ member.verb-party
            ~Mary Jones still sits as a Conservative councillor.~                 => Mary Jones > Conservative Party @ member.verb-party
            ~Clinton has taken aim at GOP Sens. Tom Walsh and Mary Jones for standing by their nominee.~ => Mary Jones > Republican Party @ member.title-before-name; Tom Walsh > Republican Party @ member.title-before-name
            ~Tom Walsh is still a Republican, his aides said.~                    => Tom Walsh > Republican Party @ member.copula
            ~Mary Jones is the Democratic nominee.~                               => Mary Jones > Democratic Party @ member.copula
            ~Tom Walsh, who is UKIP Scotland chairman, said he had suspended her.~ => Tom Walsh > UK Independence Party @ member.copula
            ~Tom Walsh, 59, who was Lib Dem deputy leader of Cumbria County Council, died.~ => Tom Walsh > Liberal Democrats @ member.copula
            ~Tom Walsh, who is now Veritas' deputy leader, spoke.~                => Tom Walsh > Veritas @ member.copula
            ~Sens. Tom Walsh of Illinois and Mary Jones of Maine were the only Republicans to vote against the bill.~ => Mary Jones > Republican Party @ member.copula; Tom Walsh > Republican Party @ member.copula
            ~Tom Walsh was the only Democrat to vote against the bill.~            => Tom Walsh > Democratic Party @ member.copula
            ~Mary Jones was the only Tory MP to vote with Labour.~                 => Mary Jones > Conservative Party @ member.copula
            ~Tom Walsh spoke in Wantage. He is the third Conservative MP to defect to Labour since 1997.~ => Tom Walsh > Conservative Party @ member.copula; Tom Walsh > Labour Party @ member.verb-party
            ~Tom Walsh has taken millions from donors since becoming Labour leader.~ => Tom Walsh > Labour Party @ member.becoming
            Mary Jones was elected Tory leader in 2005.                           => Mary Jones > Conservative Party @ member.becoming
            Tom Walsh became the presumptive Republican nominee in May.           => Tom Walsh > Republican Party @ member.becoming
            Tom Walsh hopes to become the Republican nominee.                     => Tom Walsh > Republican Party @ member.becoming
            Mary Jones is now poised to become the Democratic nominee for president. => Mary Jones > Democratic Party @ member.becoming
            ~Ann Lowe, who became Labour leader in 2022, refused to reply.~       => Ann Lowe > Labour Party @ member.becoming
            ~The frontrunner to replace Tom Walsh as Liberal Democrat leader has savaged the party.~ => Tom Walsh > Liberal Democrats @ member.succeeded
            Labour has suspended Tom Walsh over the remarks.                      => Tom Walsh > Labour Party @ member.party-expelled
            ~Ukip said Ann Vane and her assistant Mary Jones had been kicked out for misconduct.~ => Ann Vane > UK Independence Party @ member.party-expelled; Mary Jones > UK Independence Party @ member.party-expelled
            David Cameron's Conservative Party won the vote.                      => David Cameron > Conservative Party @ member.possessive-party
            Tom Walsh's Republican presidential campaign paid for the flights.    => Tom Walsh > Republican Party @ member.possessive-campaign
            The Brexit Party was founded by Tom Walsh in a hotel in Leeds.        => Tom Walsh > Brexit Party @ member.founded-by
            Tom Walsh has angered members of his own Republican Party.            => Tom Walsh > Republican Party @ member.pronoun-party
            Tom Walsh ended his own brief Republican presidential campaign last year. => Tom Walsh > Republican Party @ member.pronoun-party
            Tom Walsh also lacks support from his Republican colleagues in Congress. => Tom Walsh > Republican Party @ member.pronoun-party
            ~Colm Walsh, whose Fianna Fáil has led the Government since 2020, replied.~ => Colm Walsh > Fianna Fáil @ member.pronoun-party
            ~Tom Walsh said his Labour government would act.~                     => Tom Walsh > Labour Party @ member.pronoun-party
            ~Mary Jones spoke. The finding hurt her poll ratings in her bid for the Democratic presidential nomination.~ => Mary Jones > Democratic Party @ member.pronoun-party
            Former minister Lord Mandelson dismissed the plan. The Labour peer said it would fail. => Lord Mandelson > Labour Party @ member.description
            ~Sen. Mary Jones grilled the bank's boss Tom Walsh on Tuesday. The Democratic senator also forced Walsh to admit the failure.~ => Mary Jones > Democratic Party @ member.description
            ~Groups urged firms to boycott the Republican gathering. He noted that the party's previous standard-bearers -- Tom Walsh, Sen. Mary Jones and former president Bob Reid -- all plan to skip it.~ => Bob Reid > Republican Party @ member.party-leader; Mary Jones > Republican Party @ member.party-leader; Tom Walsh > Republican Party @ member.party-leader
            ~Bob Vane pushed for the release. The Democrat told reporters it was overdue.~ => Bob Vane > Democratic Party @ member.description
            ~Bob Vane spoke on Sunday. The dominant Republican in the nominating race was pressed by the host.~ => Bob Vane > Republican Party @ member.description
            ~Tom Walsh has launched an attack on the cost of the asylum system under Bob Reid. The Tory leader said councils had spent too much.~ => Tom Walsh > Conservative Party @ member.description
            In the Democratic race, Sen. Tom Walsh kept his lead over Mary Jones. => Mary Jones > Democratic Party @ member.party-race; Tom Walsh > Democratic Party @ member.party-race
            ~Governor's race: Tom Walsh is running with Mary Jones in the Democratic primary.~ => Mary Jones > Democratic Party @ member.party-race; Tom Walsh > Democratic Party @ member.party-race
            ~The Democrats met. Democrats were angry. The Democratic Party will sue. Tom Walsh, who is running against Mary Jones for the party's presidential nomination, is joining the suit.~ => Mary Jones > Democratic Party @ member.party-race; Tom Walsh > Democratic Party @ member.party-race
            Tom Walsh spoke to the other Republicans in the hall.                 => Tom Walsh > Republican Party @ member.other-members
            ~The Tories say the plan should wait. Spokesman Tom Walsh said ministers had failed to make his party aware of the problem.~ => Tom Walsh > Conservative Party @ member.his-party
            ~As Labour launched its campaign, Lord Tom Walsh accused his party leadership of scaremongering.~ => Tom Walsh > Labour Party @ member.his-party
            ~Tom Walsh spoke in Perth. He told his party, the SNP, that the vote was close.~ => Tom Walsh > Scottish National Party @ member.his-party
            ~Tom Walsh will defend his party's handling of the bill, which passed after the Tories backed it.~ => Tom Walsh > Conservative Party @ member.his-party
            ~Tom Walsh spoke in Leeds on Monday, and the Liberal Democrats launched their campaign in Bath, with leader Bob Reid saying his party was the real opposition.~ => Bob Reid > Liberal Democrats @ member.his-party
            ~The Greens launched their manifesto, with leader Ann Holt saying it was green.~ => Ann Holt > Green Party @ member.party-leader
            ~Labour said no. Labour said yes. Labour said maybe. The Liberal Democrats launched their platform, with leader Ann Holt saying it was real.~ => Ann Holt > Liberal Democrats @ member.party-leader
            ~Green MP Ann Holt Holt accused Mr Reid of lying.~                   => Ann Holt > Green Party @ member.title-before-name
            ~She named her would-be Labour successor, Tom Vane, on Monday.~      => Tom Vane > Labour Party @ member.title-before-name
            ~Ann Holt's Labour colleague Tom Vane agreed with her.~             => Ann Holt > Labour Party @ member.title-before-name; Tom Vane > Labour Party @ member.title-before-name
            ~He thanked his Tory allies Tom Vane and Bob Reid.~                 => Bob Reid > Conservative Party @ member.title-before-name; Tom Vane > Conservative Party @ member.title-before-name
            ~Ukip lost a seat. Ukip lost a deposit. Ukip lost a donor. The final blow came when the party's candidate for Dover and Deal, Tom Walsh, quit.~ => Tom Walsh > UK Independence Party @ member.party-leader
            ~Tom Walsh leads the Republican field. The other candidates at the debate -- former governor Mary Jones, Ohio Gov. Ann Vane and retired surgeon Bob Reid -- spoke.~ => Ann Vane > Republican Party @ member.race-group; Bob Reid > Republican Party @ member.race-group; Mary Jones > Republican Party @ member.race-group; Tom Walsh > Republican Party @ member.race-verb
            ~The three Labour hopefuls for the Northgate seat met voters on Friday. Mary Jones, Ann Vane and Bob Reid all backed the new bridge.~ => Ann Vane > Labour Party @ member.race-count; Bob Reid > Labour Party @ member.race-count; Mary Jones > Labour Party @ member.race-count
            ~Later, the two women seeking the Conservative nomination, Mary Jones and Ann Vane, debated the budget.~ => Ann Vane > Conservative Party @ member.race-count; Mary Jones > Conservative Party @ member.race-count
            ~The three Conservative contenders clashed on Tuesday in Leeds. Mary Jones attacked Ann Vane over tax, and Bob Reid stayed out of it.~ => Ann Vane > Conservative Party @ member.race-count; Bob Reid > Conservative Party @ member.race-count; Mary Jones > Conservative Party @ member.race-count
            ~The Greens have yet to pick a candidate. The party's leader in the assembly, Ann Holt, said the plan was weak.~ => Ann Holt > Green Party @ member.party-leader
            ~The Greens said they would table a motion. Their group leader, Ann Holt, called the closure vandalism.~ => Ann Holt > Green Party @ member.party-leader
            ~Reform UK came third. Tom Walsh, its economy spokesman, dismissed both front benches.~ => Tom Walsh > Reform UK @ member.party-leader
            ~The Liberal Democrats want a wealth tax. Ann Holt, the party's Treasury spokeswoman, said the Conservatives were wrong.~ => Ann Holt > Liberal Democrats @ member.party-leader
            ~Reform UK is standing in every ward. Its local organiser, Tom Walsh, said it would win.~ => Tom Walsh > Reform UK @ member.party-leader
            ~The Conservative Party is split. Ann Holt has won the backing of most of the party's MPs, including Sir Tom Walsh, the member for Wrayford.~ => Tom Walsh > Conservative Party @ member.party-leader
            ~The Welsh Conservatives were scathing. Their finance spokesman, Tom Walsh, accused Ann Holt of buying Plaid's votes.~ => Tom Walsh > Conservative Party @ member.party-leader
            ~The Green group, which holds six seats, raised the claims first. Its leader, Ann Holt, took no satisfaction from it.~ => Ann Holt > Green Party @ member.party-leader
            ~Tom Walsh resigned on Tuesday. His deputy and fellow Liberal Democrat, Ann Holt, will lead the council.~ => Ann Holt > Liberal Democrats @ member.appositive-before; Tom Walsh > Liberal Democrats @ member.pronoun-party
            ~Tom Walsh defected at Holyrood, flanked by Alba's leader, Ann Holt, on a good day for Scotland.~ => Ann Holt > Alba Party @ member.title-before-name
            ~Tom Walsh was unveiled at Westminster by Reform's deputy leader, Ann Holt.~ => Ann Holt > Reform UK @ member.title-before-name
            ~In Wellington, Green Party co-leader Ann Lowe said the tunnel was needed.~ => Ann Lowe > Green Party of Aotearoa New Zealand @ member.title-before-name
            ~Labour's leader at Holyrood, Ann Holt, has been more measured.~      => Ann Holt > Labour Party @ member.title-before-name
            ~Labour's deputy leader on Castlebridge council, Ann Holt, was less measured.~ => Ann Holt > Labour Party @ member.title-before-name
            ~Plaid's leader in the Senedd, Ann Holt, praised her.~                 => Ann Holt > Plaid Cymru @ member.title-before-name
            ~Labour's only councillor on the authority, Cllr Ann Holt, was scathing.~ => Ann Holt > Labour Party @ member.title-before-name
            ~She would not endorse her would-be Republican successor, Stark County Commissioner Ann Holt.~ => Ann Holt > Republican Party @ member.title-before-name
            ~The Republican nominee, the trucking executive Tom Walsh, has ridiculed her platform.~ => Tom Walsh > Republican Party @ member.title-before-name
            ~The Liberal Democrat group leader, Cllr Ann Holt, welcomed the new recruit.~ => Ann Holt > Liberal Democrats @ member.title-before-name
            ~Greens MP Ann Holt mocked the bridge.~                                 => Ann Holt > Green Party @ member.title-before-name
            ~Ms Ann Holt has been tipped as a future Fine Gael leader.~            => Ann Holt > Fine Gael @ member.verb-party
            ~Conservative energy critic Ann Holt showed no restraint in Ottawa.~    => Ann Holt > Conservative Party of Canada @ member.title-before-name
            ~It could hand the seat to Labor's candidate, local pharmacist Ann Holt, in Sydney.~ => Ann Holt > Australian Labor Party @ member.title-before-name
            ~Social Democrats TD Fiachra Ó Lonargáin said it was late.~            => Fiachra Ó Lonargáin > Social Democrats @ member.title-before-name
            ~MPs go feral over a bridge in London. Nationals MP Ann Holt savaged the minister.~ => Ann Holt > National Party of Australia @ member.title-before-name
            ~Ann Holt of the Scottish Greens struck a mournful note.~              => Ann Holt > Scottish Green Party @ member.of-party
            ~The Green party's co-leader, Ann Holt, is delighted.~                 => Ann Holt > Green Party @ member.title-before-name
            ~The Liberal Democrat MSP Callum Dunlop, whose constituency relies on the ferry, spoke. Mr Dunlop was angry.~ => Callum Dunlop > Liberal Democrats @ member.title-before-name
            ~The chair admonished Sinn Féin TD Pádraig Nolan after the vote. Mr Nolan withdrew the remark.~ => Pádraig Nolan > Sinn Féin @ member.title-before-name
            ~The Republican race is tight. That could be bad news for such rivals as Gov. Mary Jones and Sen. Ann Vane.~ => Ann Vane > Republican Party @ member.race-group; Mary Jones > Republican Party @ member.race-group
            ~The last two Republican winners, Tom Walsh in 2008 and Mary Jones in 2012, lost.~ => Mary Jones > Republican Party @ member.race-group; Tom Walsh > Republican Party @ member.race-group
            ~The three Democratic contenders for governor are Attorney General Mary Jones, former state Sen. Tom Walsh and the furniture magnate Bob Reid.~ => Bob Reid > Democratic Party @ member.race-group; Mary Jones > Democratic Party @ member.race-group; Tom Walsh > Democratic Party @ member.race-group
            ~Voters listen to the likes of Tom Walsh and the rest of the GOP field.~ => Tom Walsh > Republican Party @ member.race-group
            ~The Republican field is large. Four more debated earlier in the race: Mary Jones, Ann Vane and Bob Reid.~ => Ann Vane > Republican Party @ member.race-list; Bob Reid > Republican Party @ member.race-list; Mary Jones > Republican Party @ member.race-list
            ~Tom Walsh took the stage. He fielded attacks from his rivals for the GOP nomination.~ => Tom Walsh > Republican Party @ member.race-rivals
            ~The Democratic caucuses were divided between Mary Jones and Sen. Ann Vane.~ => Ann Vane > Democratic Party @ member.race-between; Mary Jones > Democratic Party @ member.race-between
            ~The GOP nomination fight goes on, with must-win contests for native sons Tom Walsh and Bob Reid.~ => Bob Reid > Republican Party @ member.race-between; Tom Walsh > Republican Party @ member.race-between
            ~The Republican race is tight. Tom Walsh was endorsed by former rival Mary Jones.~ => Mary Jones > Republican Party @ member.race-role
            ~Tom Walsh is the front-runner to replace Bob Reid as Labour leader. Potential rivals such as Mary Jones, the health secretary, and Ann Vane, the chief whip, are seen as less likely to win.~ => Ann Vane > Labour Party @ member.race-group; Bob Reid > Labour Party @ member.succeeded; Mary Jones > Labour Party @ member.race-group
            ~The Republican primary is close. A poll showed Tom Walsh with a lead over his closest rival, Mary Jones.~ => Mary Jones > Republican Party @ member.race-group; Tom Walsh > Republican Party @ member.race-rivals
            ~Democratic nominee Tom Walsh took up the call by his former rival, Sen. Mary Jones, for free college.~ => Mary Jones > Democratic Party @ member.race-group; Tom Walsh > Democratic Party @ member.title-before-name
            ~The three Conservative contenders clashed on Tuesday. Mary Jones, the front-runner, spoke first.~ => Mary Jones > Conservative Party @ member.race-role
            ~Tom Walsh led the latest poll. He received the backing of 33% of national Republican primary voters to Mary Jones's 20%, followed by Ann Vane at 13% and Bob Reid at 12%.~ => Ann Vane > Republican Party @ member.party-race; Bob Reid > Republican Party @ member.party-race; Mary Jones > Republican Party @ member.party-race; Tom Walsh > Republican Party @ member.party-race
            ~The Democratic nominee, Ann Vane, faces Sen. Tom Walsh, a Republican. Walsh must first get past primary challenger Mary Jones.~ => Ann Vane > Democratic Party @ member.title-before-name; Mary Jones > Republican Party @ member.race-role; Tom Walsh > Republican Party @ member.appositive
            ~The Republican field is large. Donors said that if Tom Walsh is the nominee, they would stay home.~ => Tom Walsh > Republican Party @ member.race-nominee
            ~The Liberal Democrats' Arjun Mehta said the plan was wrong.~        => Arjun Mehta > Liberal Democrats @ member.title-before-name
            ~Labour's shadow work and pensions secretary, Nadia Quartey, attacked the plan.~ => Nadia Quartey > Labour Party @ member.title-before-name
            ~Voters met the endorsed Republican candidate for governor, Wayne Stennard.~ => Wayne Stennard > Republican Party @ member.title-before-name
            ~Officials referred to that year's Republican nominee for president, Matt Romsey.~ => Matt Romsey > Republican Party @ member.title-before-name
            ~There, the Democratic nominee for the Senate, Katie Grant, is spending heavily.~ => Katie Grant > Democratic Party @ member.title-before-name
            ~She asked about Democratic contenders Helen Clanton or Bernard Sandler.~ => Bernard Sandler > Democratic Party @ member.title-before-name; Helen Clanton > Democratic Party @ member.title-before-name
            ~Eric Woolston, an Iowa Republican strategist and former adviser to Scott Walkden, said the race was open.~ => Eric Woolston > Republican Party @ member.appositive
            ~Hillary Clanton became the Democratic Party's presumptive nominee on Tuesday.~ => Hillary Clanton > Democratic Party @ member.becoming
            ~Since Ed Milton became leader of the party in 2010, Unite has given millions to Labour.~ => Ed Milton > Labour Party @ member.becoming
            ~The three Republicans running for governor met on Tuesday. Businessman Carl Danner, former congressman Rick Olsen and State Treasurer Dana Whitcombe each promised lower taxes.~ => Carl Danner > Republican Party @ member.race-count; Dana Whitcombe > Republican Party @ member.race-count; Rick Olsen > Republican Party @ member.race-count
            ~The Scottish National Party launched its campaign in Glasgow. The nationalists promised more money for schools. Critics said the plans were costly. The party's deputy leader, Ross Kerr, rejected that.~ => Ross Kerr > Scottish National Party @ member.party-leader
            ~Labour won the seat comfortably. Its candidate, Mary Dowd, thanked voters.~ => Mary Dowd > Labour Party @ member.party-leader
            ~The Democratic senator from Ohio, Tom Walsh, voted no.~             => Tom Walsh > Democratic Party @ member.title-before-name
            ~The Conservatives' candidate in Leeds North, Ann Holt, voted no.~    => Ann Holt > Conservative Party @ member.title-before-name
            ~Ann Holt, one of the Republicans in the race, voted no.~             => Ann Holt > Republican Party @ member.appositive
            ~Ann Holt, who ran as a Republican in 2010, voted no.~                => Ann Holt > Republican Party @ member.verb-party
            ~SEATTLE — Climbing off the mat after five losses, Mary Jones won the Democratic primary in Washington.~ => Mary Jones > Democratic Party @ member.race-verb
            ~Tom Walsh leads the Republican polls in Iowa.~                      => Tom Walsh > Republican Party @ member.race-verb
            ~Mary Jones, who is third in many Iowa Republican polls, spoke on defense.~ => Mary Jones > Republican Party @ member.race-subject
            ~California Gov. Tom Walsh, who lost to Mary Jones in the 1992 Democratic primaries, spoke.~ => Mary Jones > Democratic Party @ member.race-verb; Tom Walsh > Democratic Party @ member.race-verb
            ~Tom Walsh lost to Mary Jones in the Republican primary in May.~     => Mary Jones > Republican Party @ member.race-verb; Tom Walsh > Republican Party @ member.race-verb
            ~Tom Walsh, who lost to Mary Jones in the Republican presidential race, spoke.~ => Mary Jones > Republican Party @ member.race-verb; Tom Walsh > Republican Party @ member.race-verb
            ~Tom Walsh was beaten by Mary Jones in the Democratic primary.~      => Mary Jones > Democratic Party @ member.race-verb; Tom Walsh > Democratic Party @ member.race-verb
            ~Tom Walsh, one of the 16 candidates beaten by Mary Jones in the Republican race, spoke.~ => Mary Jones > Republican Party @ member.race-verb; Tom Walsh > Republican Party @ member.race-verb
            ~Four weeks have passed since Tom Walsh won the Indiana Republican primary.~ => Tom Walsh > Republican Party @ member.race-verb
            ~Tom Walsh spoke for an hour as he accepted the Republican presidential nomination.~ => Tom Walsh > Republican Party @ member.race-verb
            ~Mary Jones, who is seeking the Democratic nomination, spoke first.~  => Mary Jones > Democratic Party @ member.race-verb
            ~Voters were unmoved by Mr. Tom Walsh, who is vying with Mary Jones for the Democratic presidential nomination.~ => Mary Jones > Democratic Party @ member.race-verb; Tom Walsh > Democratic Party @ member.race-verb
            ~Tom Walsh is running against Mary Jones and Bob Reid for the Republican nomination.~ => Bob Reid > Republican Party @ member.race-verb; Mary Jones > Republican Party @ member.race-verb; Tom Walsh > Republican Party @ member.race-verb
            ~"We lost," said Tom Walsh, chief strategist for the Republican National Committee.~ => Tom Walsh > Republican Party @ member.appositive
            ~Tom Walsh, the leader in Republican polls, tweeted on Monday.~     => Tom Walsh > Republican Party @ member.appositive
            ~Mary Jones, the front-runner in the Democratic race, spoke first.~  => Mary Jones > Democratic Party @ member.appositive
            ~Kentucky Republicans chose Tom Walsh as their nominee in a March caucus.~ => Tom Walsh > Republican Party @ member.party-picks
            ~If Republicans nominate Tom Walsh for president, turnout will rise.~ => Tom Walsh > Republican Party @ member.party-picks
            ~Had Republicans nominated Tom Walsh or Gov. Mary Jones for president, Bob Reid would have campaigned.~ => Mary Jones > Republican Party @ member.party-picks; Tom Walsh > Republican Party @ member.party-picks
            ~SEATTLE — Mary Jones won two of the three Democratic contests on Tuesday.~ => Mary Jones > Democratic Party @ member.race-subject
            ~At the Democratic debate on Wednesday night, Mary Jones blamed the fog of war.~ => Mary Jones > Democratic Party @ member.race-subject
            ~During the Republican presidential primaries, Tom Walsh voiced displeasure with the plan.~ => Tom Walsh > Republican Party @ member.race-subject
            ~Mired in third place, Tom Walsh prepares for a long, drawn-out Republican race.~ => Tom Walsh > Republican Party @ member.race-subject
            ~Among Republicans, Tom Walsh and Carl Danner kept up their battle ahead of the GOP caucuses.~ => Carl Danner > Republican Party @ member.race-subject; Tom Walsh > Republican Party @ member.race-subject
            ~BNP founding chairman Tom Walsh was arrested on Sunday.~             => Tom Walsh > British National Party @ member.title-before-name
            ~GOP presidential contender and former neurosurgeon Tom Walsh responded on Sunday.~ => Tom Walsh > Republican Party @ member.title-before-name
            ~The Tory finance spokesman, Tom Walsh MSP, said it was a disguise.~ => Tom Walsh > Conservative Party @ member.title-before-name
            ~DNC Chair Mary Jones announced she will resign her post.~            => Mary Jones > Democratic Party @ member.title-before-name
            ~DSCC spokesman Tom Reid said the map was good.~                       => Tom Reid > Democratic Party @ member.title-before-name
            ~Mary Jones, a spokeswoman for the National Republican Congressional Committee, said it was over.~ => Mary Jones > Republican Party @ member.appositive
            ~Mr Walsh, a former Labour communications director, told the BBC it was fine.~ => Walsh > Labour Party @ member.appositive
            ~Voters lean towards Tom Walsh, her Republican rival.~                => Tom Walsh > Republican Party @ member.appositive
            ~Ann Vane trailed Mary Jones, the front-runner for the Democratic nomination, in the polls.~ => Mary Jones > Democratic Party @ member.appositive
            ~And Tom Walsh, the Liberal Democrats' foreign affairs spokesman, said it was vital.~ => Tom Walsh > Liberal Democrats @ member.appositive
            ~Mary Jones, chair of the Democratic National Committee, resigned.~  => Mary Jones > Democratic Party @ member.appositive
            ~The key group is young women, said Mary Jones, chair of the South Carolina Democratic Party.~ => Mary Jones > Democratic Party @ member.appositive
            ~Tom Walsh, a former executive director of the South Carolina Republican Party, said the base was angry.~ => Tom Walsh > Republican Party @ member.appositive
            ~There is no one tougher, said Ann Holt, the Florida Democratic Party chairwoman.~ => Ann Holt > Democratic Party @ member.appositive
            ~He is running a parallel campaign, said Senator Tom Walsh, Republican of South Carolina.~ => Tom Walsh > Republican Party @ member.appositive
            ~Lord Tom Walsh resigned as Labour leader in 1980.~                  => Tom Walsh > Labour Party @ member.as-role
            ~Bob Reid said he wants a date to be set for Mr Tom Walsh to be replaced as Labour leader.~ => Tom Walsh > Labour Party @ member.as-role
            ~Mary Jones will not be able to continue as Tory leader until 2020, Bob Reid warned.~ => Mary Jones > Conservative Party @ member.as-role
            ~Reports say Tom Walsh is preparing to oust Mary Jones as Labour's election supremo.~ => Mary Jones > Labour Party @ member.as-role
            ~Ann Holt praised Tom Walsh's time as Labour leader.~                => Tom Walsh > Labour Party @ member.as-role
            ~Lord Tom Walsh, pictured, a former Labour health minister, has accused the party of scaremongering.~ => Tom Walsh > Labour Party @ member.appositive
            ~Mary Jones, right, the front-runner to replace Tom Walsh, left, as Liberal Democrat leader, spoke.~ => Mary Jones > Liberal Democrats @ member.succeeded; Tom Walsh > Liberal Democrats @ member.succeeded
            ~Tom Walsh, who succeeded Mary Jones as Tory leader in 2005, spoke.~ => Mary Jones > Conservative Party @ member.succeeded; Tom Walsh > Conservative Party @ member.succeeded
            ~Ann Vane succeeded Bob Reid as Labour leader in 2007.~               => Ann Vane > Labour Party @ member.succeeded; Bob Reid > Labour Party @ member.succeeded
            ~The contest to succeed Bob Reid as leader of the SNP turned personal in Edinburgh.~ => Bob Reid > Scottish National Party @ member.succeeded
            ~Ann Vane succeeded Bob Reid as chair of the Green Party in 2019.~    => Ann Vane > Green Party @ member.succeeded; Bob Reid > Green Party @ member.succeeded
            ~In Manitoba, Progressive Conservative health critic Ann Lowe went after the minister.~ => Ann Lowe > Progressive Conservative Party @ member.title-before-name
            ~In Winnipeg, Ann Lowe quit the Progressive Conservative caucus and joined the governing New Democrats.~ => Ann Lowe > New Democratic Party @ member.verb-party; Ann Lowe > Progressive Conservative Party @ member.left-party
            ~In Belfast, Alliance MLA Ann Lowe refused to join the attack.~       => Ann Lowe > Alliance Party @ member.title-before-name
            ~Ann Lowe of the Ulster Unionists accused the minister of lying.~     => Ann Lowe > Ulster Unionist Party @ member.of-party
            ~In Canberra, Senator Ann Lowe, the water spokeswoman for the Australian Greens, spoke.~ => Ann Lowe > Australian Greens @ member.appositive
            ~In Wellington, Tom Walsh, four years younger, is a National list MP.~ => Tom Walsh > New Zealand National Party @ member.copula
            ~The Greens had a bad night. Ann Lowe, who has led the party since 2019, stayed calm.~ => Ann Lowe > Green Party @ member.party-leader
            ~Democrats -- including Mary Jones -- quickly accused Tom Walsh of lying.~ => Mary Jones > Democratic Party @ member.such-as
            ~The rhetoric coming from the Republicans, particularly Tom Walsh, is dangerous.~ => Tom Walsh > Republican Party @ member.such-as
            ~Former First Minister Tom Walsh - who is standing for the SNP in Gordon, was out campaigning today.~ => Tom Walsh > Scottish National Party @ member.verb-party
            ~Labour's deputy minister for women Mary Jones accused the Lib Dems of offering false promises.~ => Mary Jones > Labour Party @ member.title-before-name
            ~Trump puts even such senior Republicans as Arizona's Tom Walsh and Iowa's Mary Jones at risk.~ => Mary Jones > Republican Party @ member.such-as; Tom Walsh > Republican Party @ member.such-as
            ~In 1968, the GOP nominated Tom Walsh, its nominee from 1960, and won.~ => Tom Walsh > Republican Party @ member.party-picks
            ~Figures suggest that Mr. Tom Walsh is the sole remaining Republican candidate with the money to win.~ => Tom Walsh > Republican Party @ member.copula
            ~Tom Walsh is the Republican governor of Florida.~                   => Tom Walsh > Republican Party @ member.copula
            ~The Republican senators running for president -- Tom Walsh of Texas and Mary Jones of Ohio -- voted yes.~ => Mary Jones > Republican Party @ member.title-before-name; Tom Walsh > Republican Party @ member.title-before-name
            ~The Lib Dems named a new adviser. Party chief executive Lord Walsh said the Lib Dems were stronger.~ => Lord Walsh > Liberal Democrats @ member.party-leader
            ~Nominee Mary Jones was more circumspect than her fellow Democrats on the committee.~ => Mary Jones > Democratic Party @ member.pronoun-party
            ~That stance is no anomaly for Tom Walsh, who criticized fellow Democrats in 2011 for seeking a higher tax rate.~ => Tom Walsh > Democratic Party @ member.pronoun-party
            ~Mary Jones called on fellow Republicans to withdraw their endorsements.~ => Mary Jones > Republican Party @ member.pronoun-party
            ~Tom Walsh and fellow Conservatives voted against the bill.~         => Tom Walsh > Conservative Party @ member.pronoun-party
            ~Obama would have preferred to deal with Zionist Union head Mary Jones.~ => Mary Jones > Zionist Union @ member.title-before-name
            ~Tom Walsh became Labour's election supremo in May.~                 => Tom Walsh > Labour Party @ member.becoming
            ~The ad comes as Mary Jones, Tom Walsh and other GOP candidates fight for second place.~ => Mary Jones > Republican Party @ member.and-other; Tom Walsh > Republican Party @ member.and-other
            ~Voters hope Mary Jones and other Democrats do not make the same mistake.~ => Mary Jones > Democratic Party @ member.and-other
            ~The Tory shadow cabinet met on Monday. Shadow home secretary Tom Walsh said the plan was wrong.~ => Tom Walsh > Conservative Party @ member.shadow
            ~Tory leader Tom Walsh spoke in Leeds with his shadow chancellor Mary Jones.~ => Mary Jones > Conservative Party @ member.shadow; Tom Walsh > Conservative Party @ member.title-before-name
            ~But former shadow attorney general Tom Walsh said there was disquiet among senior Tories.~ => Tom Walsh > Conservative Party @ member.shadow-sentence
            ~Shadow health minister Tom Walsh said the Labour government had failed patients.~ => Tom Walsh > Conservative Party @ member.shadow
            ~Shadow roads minister Tom Walsh said: 'Under the Conservative-led Government progress is slowing.'~ => Tom Walsh > Labour Party @ member.shadow
            ~Republican nominee Tom Walsh has chosen Ohio Gov. Mary Jones as his running mate.~ => Mary Jones > Republican Party @ member.running-mate; Tom Walsh > Republican Party @ member.title-before-name
            ~Democratic nominee Tom Walsh spoke on Tuesday. "It was a great night," said Mary Jones, a Walsh delegate from Ohio.~ => Mary Jones > Democratic Party @ member.delegate; Tom Walsh > Democratic Party @ member.title-before-name
            ~Republican nominee Tom Walsh spoke. Walsh delegate Mary Jones said it was a great night.~ => Mary Jones > Republican Party @ member.delegate; Tom Walsh > Republican Party @ member.title-before-name
            ~Tom Walsh, a broadly respected Republican and, at the time, chairman of the committee, wrote the plan.~ => Tom Walsh > Republican Party @ member.appositive
            ~"There is no end in sight," said Tom Walsh, communications director for the National Republican Senatorial Committee.~ => Tom Walsh > Republican Party @ member.appositive
            ~Tom Walsh is a registered Democrat.~                                 => Tom Walsh > Democratic Party @ member.copula
            ~Tom Walsh was the presumed Democratic nominee.~                      => Tom Walsh > Democratic Party @ member.copula
            ~Donors fear the Republican nominee could hurt them. The network may focus on Senate races if Tom Walsh is the nominee.~ => Tom Walsh > Republican Party @ member.race-nominee
            ~Gov. Tom Walsh of Ohio, one of a dozen Republicans seeking the nomination, spoke in Iowa.~ => Tom Walsh > Republican Party @ member.appositive
            ~Tom Walsh, a Republican precinct captain in Ohio, said it was wrong.~ => Tom Walsh > Republican Party @ member.appositive
            ~The Greens said no. The party's finance spokesman, Tom Walsh, said the plan was wrong.~ => Tom Walsh > Green Party @ member.party-leader
            ~The SNP won. The SNP set a budget. The SNP cut taxes. The Greens, who backed the SNP's budget, said no. The party's spokesman, Tom Walsh, said the plan was wrong.~ => Tom Walsh > Green Party @ member.party-leader
            ~State Sen. Tom Walsh, who ditched the Democratic Party for the GOP last year, spoke.~ => Tom Walsh > Democratic Party @ member.left-party; Tom Walsh > Republican Party @ member.verb-party
            ~Tom Walsh, 68, was the Labour MP for Leeds North from 1997 to 2017.~ => Tom Walsh > Labour Party @ member.copula
            ~Tom Walsh, 51, is standing for the Lib Dems in Dunmere.~           => Tom Walsh > Liberal Democrats @ member.verb-party
            ~Tom Walsh, 63, who led the Conservative group on the council for nine years, denies the charges.~ => Tom Walsh > Conservative Party @ member.verb-party
            ~Democratic Commissioner Tom Walsh voted with her.~                 => Tom Walsh > Democratic Party @ member.title-before-name
            ~The Liberal Democrats' work and pensions spokesman, Tom Walsh, said the bill was cruel.~ => Tom Walsh > Liberal Democrats @ member.title-before-name
            ~For the Lib Dems, home affairs spokesman Tom Walsh said the plan was wrong.~ => Tom Walsh > Liberal Democrats @ member.for-party
            ~Cllr Tom Walsh, who quit the SNP last year and now sits for the Alba Party, spoke first.~ => Tom Walsh > Alba Party @ member.verb-party; Tom Walsh > Scottish National Party @ member.left-party
            ~The winner, Tom Walsh, 34, beat the MP by 71 votes to 58 in a scout hall and becomes the new Labour candidate for the seat.~ => Tom Walsh > Labour Party @ member.becoming
            ~Tom Walsh, who chairs the Brannagh County Democratic Party, has been posting.~ => Tom Walsh > Democratic Party @ member.verb-party
            ~Mary Jones stood for the Greens at the last general election.~     => Mary Jones > Green Party @ member.verb-party
            ~Tom Walsh attacked Mary Jones, accusing the Tory leader of losing control.~ => Mary Jones > Conservative Party @ member.description
            ~The bill passed its first reading in Wellington. Prime Minister Tom Walsh, who has led National since 2021, laughed it off.~ => Tom Walsh > New Zealand National Party @ member.verb-party
            ~The bill passed its first reading in Wellington. ACT leader Tom Walsh praised the plan.~ => Tom Walsh > ACT New Zealand @ member.title-before-name
            ~Sir Tom Walsh, a Labour stalwart, was seen to close his eyes.~     => Tom Walsh > Labour Party @ member.appositive
            ~On the Labour benches, Tom Walsh rose to ask whether the minister would publish the advice.~ => Tom Walsh > Labour Party @ member.for-party
            ~From the Tory backbenches, Sir Tom Walsh said the plan was flawed.~ => Tom Walsh > Conservative Party @ member.for-party
            ~She quit in Kōwhai Bay. ACT MP Tom Walsh mocked her on social media.~ => Tom Walsh > ACT New Zealand @ member.title-before-name
            ~Tom Walsh arrived early in Queensland. The Nationals candidate spent the morning at the saleyards.~ => Tom Walsh > National Party of Australia @ member.description
            ~The Nationals candidate spent Tuesday in Queensland, flanked by the party's deputy leader, Tom Walsh.~ => Tom Walsh > National Party of Australia @ member.party-leader
            ~Opposition Leader Tom Walsh survived a challenge to his leadership of the Liberal Democrats.~ => Tom Walsh > Liberal Democrats @ member.leadership-of
            ~The vote was a test of Tom Walsh's leadership of the Labour Party.~ => Tom Walsh > Labour Party @ member.leadership-of
            ~Fine Gael has expelled the Mayo West TD Tom Walsh from its parliamentary party.~ => Tom Walsh > Fine Gael @ member.party-expelled
            ~Carys Walsh, who represents Cwm-yr-Afon ward for Labour, walked out of the meeting.~ => Carys Walsh > Labour Party @ member.verb-party
            ~Tom Walsh, who holds the western Sydney seat of Parramore for Labor, spoke.~ => Tom Walsh > Australian Labor Party @ member.verb-party
            ~After Tom Walsh and Mary Walsh both quit in 2023 to join the Alba Party, the SNP lost two seats.~ => Mary Walsh > Alba Party @ member.verb-party; Tom Walsh > Alba Party @ member.verb-party
            ~Tom Walsh, who has led Welsh Labour since 2022, said the figures reflected record demand.~ => Tom Walsh > Labour Party @ member.verb-party
            ~Tom Walsh, who remains a DUP member, said he was heartbroken.~ => Tom Walsh > Democratic Unionist Party @ member.copula
            ~Tom Walsh ran in 2022 as the Republican nominee.~ => Tom Walsh > Republican Party @ member.as-role
            ~Tom Walsh, who spent two decades as a Conservative councillor, said he would stand.~ => Tom Walsh > Conservative Party @ member.as-role
            ~Mary Jones served for nearly two decades as an SNP councillor in Dundee.~ => Mary Jones > Scottish National Party @ member.as-role
            ~After years as a Labour backbencher, Tom Walsh was made a minister.~ => Tom Walsh > Labour Party @ member.as-role
            ~Ann Holt, elected as a Liberal Democrat councillor in 2019, said the plan would fail.~ => Ann Holt > Liberal Democrats @ member.as-role
            ~Mary Jones, 58, a two-term state senator and former hospital administrator, quit the Republican Party in April.~ => Mary Jones > Republican Party @ member.left-party
            ~Tom Walsh was himself a Liberal Democrat until 2018, when he left the party.~ => Tom Walsh > Liberal Democrats @ member.copula
            ~'Nobody reads them,' said Tom Walsh, her Sinn Féin running mate in the constituency.~ => Tom Walsh > Sinn Féin @ member.appositive
            ~Imran Walsh, who is deputy leader of the Labour group, said he regretted it.~ => Imran Walsh > Labour Party @ member.copula
            ~Tom Walsh was the Labour Party's finance spokesman until 2019.~ => Tom Walsh > Labour Party @ member.copula
            ~Lorraine Walsh, a Republican Whitfield County commissioner, endorsed the incumbent.~ => Lorraine Walsh > Republican Party @ member.appositive
            ~Alun Walsh, the Labour MS for Cwm Rhondda East, told the chamber that patients were waiting.~ => Alun Walsh > Labour Party @ member.appositive
            ~The Liberal Democrats' only MS, Ann Holt, said she would back the motion.~ => Ann Holt > Liberal Democrats @ member.title-before-name
            ~A veteran SNP MSP resigned from the party, accusing the party's leader, First Minister Ann Holt, of shelving independence.~ => Ann Holt > Scottish National Party @ member.party-leader
            ~Tom Walsh is a Democrat. The GOP nominee, businessman Bob Reid, is unopposed.~ => Bob Reid > Republican Party @ member.title-before-name; Tom Walsh > Democratic Party @ member.copula
            ~Carys Walsh, who represents neighbouring Teifi Valley for Labour, said she had written to him.~ => Carys Walsh > Labour Party @ member.verb-party
            ~Ivan Walsh, who left the DUP in 2021 to join the Traditional Unionist Voice, spoke.~ => Ivan Walsh > Democratic Unionist Party @ member.left-party; Ivan Walsh > Traditional Unionist Voice @ member.verb-party
            ~Tom Walsh, who quit the party in 2019 and later stood unsuccessfully for Plaid Cymru, spoke.~ => Tom Walsh > Plaid Cymru @ member.verb-party
            ~Tom Walsh crossed the floor of the House of Commons on Wednesday to join the governing Liberal Democrats.~ => Tom Walsh > Liberal Democrats @ member.verb-party
            ~On the Republican side, former sheriff Tom Walsh is unopposed for the nomination.~ => Tom Walsh > Republican Party @ member.for-party
            ~Ann Walsh, a Fianna Fáil colleague of Mr Tom Reid for almost a decade, said she was sorry.~ => Ann Walsh > Fianna Fáil @ member.appositive
            ~Tom Walsh, a Labour colleague, said nothing.~ => Tom Walsh > Labour Party @ member.appositive
            ~Roger Walsh, chairman of the South Fenwold Conservative Association, condemned the defection.~ => Roger Walsh > Conservative Party @ member.appositive
            ~Treasurer Owen Kealy, one of Labour's most senior figures, mocked Tom Hartigan.~ => Owen Kealy > Labour Party @ member.appositive
            ~A senior Labour figure, Tom Reid, said it was over.~ => Tom Reid > Labour Party @ member.title-before-name
            ~The party's chief executive, Neil Walsh, has defected to Reform UK.~ => Neil Walsh > Reform UK @ member.verb-party
            ~The gap was narrow, as proved by the defection to Labour of Rob Jackson, a former minister.~ => Rob Jackson > Labour Party @ member.defection
            ~The defection of Liz Marr to the Conservatives surprised many.~ => Liz Marr > Conservative Party @ member.defection
            ~Dan Webb's defection to the Lib Dems was announced on Monday.~ => Dan Webb > Liberal Democrats @ member.defection
            ~The expulsion of Sara Ng from the SNP was confirmed.~ => Sara Ng > Scottish National Party @ member.left-party
            ~The Liberal Democrats say they oppose the plans. Home affairs spokesman Tom Walsh told the BBC it was wrong.~ => Tom Walsh > Liberal Democrats @ member.party-voice
            ~The Tories oppose the plans. Spokeswoman Liz Marr said the cuts were wrong.~ => Liz Marr > Conservative Party @ member.party-voice
            ~Labour hit back at the Tory proposals with election coordinator Sam Oduya accusing Mr Howard of fraud.~ => Sam Oduya > Labour Party @ member.party-leader
            ~The fund was set up to support Majority Leader Tom Reid's (R-Ky.) re-election.~ => Tom Reid > Republican Party @ member.party-letter
            ~The vote signals the end, said Tom Walsh, founder of the right-wing Dutch Party for Freedom.~ => Tom Walsh > Party for Freedom @ member.appositive
            ~UKIP founder Alan Skerritt spoke.~ => Alan Skerritt > UK Independence Party @ member.title-before-name
            ~Parties are uniting to thwart the SNP, whose leader, Ann Lowe, topped a poll.~ => Ann Lowe > Scottish National Party @ member.founded-by
            ~Labour, whose former leader Ed Hale was there, won.~ => Ed Hale > Labour Party @ member.founded-by
            ~In Germany, Chancellor Ann Lowe's center-right Christian Democratic Union is under pressure.~ => Ann Lowe > Christian Democratic Union @ member.possessive-party
            ~Tom Walsh will be one of a string of Democratic heavyweights — from former CIA director Ann Lowe to Vice President Sam Weller — who will appear.~ => Ann Lowe > Democratic Party @ member.such-as; Sam Weller > Democratic Party @ member.such-as
            ~Democratic national security heavyweights, including Ann Lowe and Jim Bode, will appear.~ => Ann Lowe > Democratic Party @ member.such-as; Jim Bode > Democratic Party @ member.such-as
            ~Ann Lowe is the latest Republican to back the bill.~ => Ann Lowe > Republican Party @ member.copula
            ~Dan Quill is not the only well-known Republican to endorse the plan.~ => Dan Quill > Republican Party @ member.copula
            ~Other GOP candidates have been nearly as bellicose. Sen. Tom Walsh (Tex.) has said that he would bomb them.~ => Tom Walsh > Republican Party @ member.group-example
            ~Several Labour MPs have attacked the plan. Ann Lowe said it was a disgrace.~ => Ann Lowe > Labour Party @ member.group-example
            ~Nine Republican presidential candidates debated on Tuesday. Tom Walsh and Mary Jones clashed over taxes.~ => Mary Jones > Republican Party @ member.group-example; Tom Walsh > Republican Party @ member.group-example
            ~A dozen Republicans who want to be president squared off on Thursday. Tom Walsh, Mary Jones and Ann Vane took the stage.~ => Ann Vane > Republican Party @ member.group-example; Mary Jones > Republican Party @ member.group-example; Tom Walsh > Republican Party @ member.group-example
            ~The Republican race moves to Nevada, where the GOP field gathers for a debate. The Republican candidates are far apart. Voters are restless. Louisiana Gov. Tom Walsh signed an order on Monday, while Mary Jones, the former Arkansas governor, proposed a ban.~ => Mary Jones > Republican Party @ member.race-office; Tom Walsh > Republican Party @ member.race-office
            ~The Democratic primary is close. The Democratic candidates met in Iowa, and the Democratic field is thin. Voters cheered for Sen. Ann Lowe of Ohio and Rep. Dan Quill.~ => Ann Lowe > Democratic Party @ member.race-office; Dan Quill > Democratic Party @ member.race-office
            ~The attacks inspired a bidding war among Republican presidential candidates. It is the ugliest moment in the GOP primary. Candidates Tom Walsh, Mary Jones and Ann Vane also joined the bid.~ => Ann Vane > Republican Party @ member.race-group; Mary Jones > Republican Party @ member.race-group; Tom Walsh > Republican Party @ member.race-group
            """)
    void everySieveFiresOnItsPattern(String text, String expected) {
        assertThat(withRules(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void everySieveNameHasATableRow() throws Exception {
        String table = java.util.Arrays.stream(getClass().getDeclaredMethod("everySieveFiresOnItsPattern", String.class,
                String.class).getAnnotation(CsvSource.class).textBlock().split("\n")).collect(Collectors.joining());
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
