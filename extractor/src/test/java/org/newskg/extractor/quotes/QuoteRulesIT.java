package org.newskg.extractor.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extractor.nlp.Analyzer;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.model.Triple;

/** Speakers of quotes on sentences we wrote, through the real CoreNLP pipeline (loaded once). */
class QuoteRulesIT {

    private static Analyzer analyzer;

    @BeforeAll
    static void loadPipeline() {
        analyzer = Analyzer.load();
    }

    private static List<Triple> said(String text) {
        Doc doc = analyzer.analyse("test", text.replace("\\n", "\n"));
        return new QuoteRules().extract(doc, PersonIndex.of(doc));
    }

    private static String speakersAndQuotes(String text) {
        return said(text).stream().map(t -> t.subject() + ": " + t.object()).collect(Collectors.joining(" || "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Mary Jones spoke on Monday. Mrs Jones said: ‘We will win the next election easily.’ => Mary Jones: We will win the next election easily.
            Peter Brown spoke on Monday. ‘They collaborated on the plan,’ Mr Brown said.        => Peter Brown: They collaborated on the plan,
            "The budget is a disgrace to this country," said Senator Tom Walsh.                 => Tom Walsh: The budget is a disgrace to this country,
            Tom Walsh voted no. "We are ready for this fight," Walsh said in a statement.       => Tom Walsh: We are ready for this fight,
            London Mayor Peter Grant tweeted: 'Let us hope this draws a line under the issue.'  => Peter Grant: Let us hope this draws a line under the issue.
            Labour MP Tom Reid adding to the Huffington Post: ‘His exit from the party is welcome news.’ => Tom Reid: His exit from the party is welcome news.
            Tom Reid wrote to members. Mr Reid said the letter showed the party was on the side of 'a few big firms at the top'. => Tom Reid: a few big firms at the top
            Ted Cruz campaigned. "We will win this state in November," Sen. Ted Cruz of Texas said. => Ted Cruz: We will win this state in November,
            Peter Jones met voters. "We are not going anywhere at all," Jones, 54, from Leeds, told the Guardian. => Peter Jones: We are not going anywhere at all,
            The minister, Mary Jones, said: "This is a very good day for all of us."            => Mary Jones: This is a very good day for all of us.
            Mary Jones, who has been an MP since 1997, said: "We must do better than this."     => Mary Jones: We must do better than this.
            "The plan will cost billions of pounds," according to Mr Tom Walsh.                 => Tom Walsh: The plan will cost billions of pounds,
            Minister Ann Holt said it was wrong to suggest the chancellor would usurp Mr Tom Reid, adding they would "work as a team for the whole campaign". => Ann Holt: work as a team for the whole campaign
            Tom Reid has also criticized voters for not supporting Ann Holt, declaring that "the voters are not listening to their leaders". => Tom Reid: the voters are not listening to their leaders
            Tom Reid spoke after meeting Ann Holt, saying "we have agreed on nothing at all today". => Tom Reid: we have agreed on nothing at all today
            ~Tom Reid, a former aide to Senator Jim Patel, wrote a book. "There was a culture of fear in the office," he said.~ => Tom Reid: There was a culture of fear in the office,
            ~Tom Reid, a former aide to President Jim Patel has written a book. He went on to say, "There was a culture of fear in the office."~ => Tom Reid: There was a culture of fear in the office.
            ~The minister, Senator Jim Patel, said: "We will not back down on this at all."~ => Jim Patel: We will not back down on this at all.
            ~Tom Reid, a spokesman for House Speaker Jim Patel, said, "Instead of helping, he opted for a takedown."~ => Tom Reid: Instead of helping, he opted for a takedown.
            ~The issue came up on Friday after Tom Reid had said, "Our country does plenty of killing too."~ => Tom Reid: Our country does plenty of killing too.
            ~Tom Reid, an aide to Senate Majority Leader Jim Patel, said: "We will vote on the bill next week."~ => Tom Reid: We will vote on the bill next week.
            Ann Holt praised Tom Reid, calling him "the finest man I have ever worked with". => Ann Holt: the finest man I have ever worked with
            Tom Reid lost the vote. "We will be back in the spring," Reid had said at the time. => Tom Reid: We will be back in the spring,
            Ann Holt chairs the board. "We have been careful with the money we hold," she has said. => Ann Holt: We have been careful with the money we hold,
            ~Ann Holt won the seat. Tom Reid himself conceded on Monday "it will be very hard for us to win" in the spring.~ => Tom Reid: it will be very hard for us to win
            ~Ann Holt spoke first. Then Sen. Tom Reid (R-Tex.), a candidate for governor, posted a warning. "Remember in November who voted against the bill."~ => Tom Reid: Remember in November who voted against the bill.
            ~Ann Holt, a teacher who once worked for Sen. Tom Reid (R-Tenn.), one of the bill's authors, called it "a truly significant development for us all."~ => Ann Holt: a truly significant development for us all.
            Ann Holt spoke. Tom Reid on Tuesday said: "We will win this election with ease." => Tom Reid: We will win this election with ease.
            ~Ann Holt spoke. Her spokesman Tom Reid said that Peter Grant's claim that Holt is in favor of the plan is "simply not true at all."~ => Tom Reid: simply not true at all.
            Ann Holt spoke. Tom Reid on Tuesday night called the plan "a waste of public money and time". => Tom Reid: a waste of public money and time
            ~Ann Holt won the vote. Women had “put the biggest crack” yet in the glass ceiling, she said in a video message to the party.~ => Ann Holt: put the biggest crack
            ~Tom Reid runs the fund. Giving was "flat for about a month or six weeks" as donors waited to see how a "turbulent cycle" played out, he said.~ => Tom Reid: flat for about a month or six weeks
            Ann Holt slammed Tom Reid as elitist and out of touch for suggesting that voters "cling to guns or religion." => Tom Reid: cling to guns or religion.
            Ann Holt thanked Tom Reid for saying that the town was "the best place in the whole world to live." => Tom Reid: the best place in the whole world to live.
            Tom Reid was criticised by Ann Holt for saying that the town was "the best place in the whole world to live." => Tom Reid: the best place in the whole world to live.
            Ann Holt apologised to Tom Reid for saying that he was "the worst mayor the town has ever had." => Ann Holt: the worst mayor the town has ever had.
            Ann Holt said she was approached by Mary Jones who took her by the arm and said, "I just want to thank you for everything." => Mary Jones: I just want to thank you for everything.
            Ann Holt claimed Mary Jones was horrified and said, "I just want to thank you for everything." => Ann Holt: I just want to thank you for everything.
            """)
    void attributesQuoteToSpeakerNamedBeforeOrAfterIt(String text, String expected) {
        assertThat(speakersAndQuotes(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Susan Clark attacked Mr Green on Tuesday. She said: "It will cost far too much money."  => Susan Clark: It will cost far too much money.
            Mary Jones attacked Peter Smith. "He is simply not up to the job," Mrs Jones said. "He never was." => Mary Jones: He is simply not up to the job, || Mary Jones: He never was.
            John Baker appeared on the radio. He told presenter Anna Price: ‘I have been retired for the best part of six years.’ => John Baker: I have been retired for the best part of six years.
            David Moore spoke at the rally. "It is wrong," he said. "It must stop now and for good." => David Moore: It is wrong, || David Moore: It must stop now and for good.
            Mr Tom Reid said: ‘This is the first paragraph of my words.\\n‘And this is the second paragraph of them.’ => Tom Reid: This is the first paragraph of my words. || Tom Reid: And this is the second paragraph of them.
            Tom Reid, the party's former president, said the party should hold its seats. Above, Peter Grant and Mark Cole outside the town hall after the 2010 election. "I will not give away any seats without a fight," he said. => Tom Reid: I will not give away any seats without a fight,
            """)
    void resolvesPronounsContinuationsAndQuotesInsideAttribution(String text, String expected) {
        assertThat(speakersAndQuotes(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            United manager Paul Grant spoke on Friday. Asked about the weather, the Spaniard said: 'The wind is a problem for both sides.' => Paul Grant: The wind is a problem for both sides.
            Paul Grant spoke on Friday. 'We will go out and win the game on Sunday,' the 41-year-old continued. => Paul Grant: We will go out and win the game on Sunday,
            "The bridge will be closed all winter," said Peter Hall, the county engineer. "We are sorry for the delay to everyone." => Peter Hall: The bridge will be closed all winter, || Peter Hall: We are sorry for the delay to everyone.
            "It is an attack on our farms," Tom Walsh, the attorney general of Kansas, one of the states suing the agency, said on Monday. => Tom Walsh: It is an attack on our farms,
            'We have waited far too long for this,' Friends of the River Trent's Anna Price said. => Anna Price: We have waited far too long for this,
            "The odds are that the court stays split," said another leading lawyer, Mark Stone of the firm Hill Brothers. => Mark Stone: The odds are that the court stays split,
            Mr Tom Reid said closing the bars for a day did little. "If you close them on a Sunday nobody cares about it at all." => Tom Reid: If you close them on a Sunday nobody cares about it at all.
            When the Baker case was argued, Justice Tom Reid's questions were sharp. He said pupils may be better off at "a slower school where they do well." => Tom Reid: a slower school where they do well.
            The paper said Tom Walsh issued a written statement on Monday.\\n"The minister regrets using his own phone for this work," the statement said in part. => Tom Walsh: The minister regrets using his own phone for this work,
            Kim Hall spoke first. In all, the judges agree on most things, Professor Lee Stone said. "The court is still split on the big cases," she said. => Lee Stone: The court is still split on the big cases,
            Mrs Kim Hall spoke first. Mrs Hall met Paul Stone on Friday, Professor Stone said. "The court is still split on the big cases," she said. => Kim Hall: The court is still split on the big cases,
            Tom Reid spoke. He reminds the house that the Tory leader's own spokeswoman, Caroline Dutt, told a meeting that the party was broke. "We will win," he says. => Tom Reid: We will win,
            Kim Hall spoke first. Professor Lee Stone said she understood the case was hard. "The court is still split on the big cases," she said. => Lee Stone: The court is still split on the big cases,
            Tom Reid, stopping on his way out, said he had great respect for Ann Holt, then added: "Tonight she got it wrong." => Tom Reid: Tonight she got it wrong.
            Ann Holt won gold in London. "People come for the entertainment from the athletes," the champion told reporters. => Ann Holt: People come for the entertainment from the athletes,
            Ann Holt spoke on Monday. "We will win this election again next year," the actress said. => Ann Holt: We will win this election again next year,
            Tom Reid spoke on Monday. "We will win this election again next year," the actress said. => ~~
            Ann Holt found her sons on Friday. "I was just so relieved to see them both again," the mother-of-two said. => Ann Holt: I was just so relieved to see them both again,
            Tom Reid signed for the club. "I have wanted to play here since I was a boy," the Chelsea star said. => Tom Reid: I have wanted to play here since I was a boy,
            Tom Reid spoke in Ohio. “I hope you are able to find the emails that are missing.” Reid said. => Tom Reid: I hope you are able to find the emails that are missing.
            Tom Reid spoke in Ohio. “We have massive crowds. They are not reporting it.” Reid said to cheers. => Tom Reid: We have massive crowds. They are not reporting it.
            Ann Holt spoke in Ohio. “We have massive crowds. They are not reporting it.” She added on Monday. => Ann Holt: We have massive crowds. They are not reporting it.
            “The emails are missing and nobody knows where.” Tom Reid said the plan would fail. => ~~
            “The emails are missing and nobody knows where.” Tom Reid said, smiling at the crowd in the hall. => ~~
            “The emails are missing and nobody knows where.”\\nTom Reid agrees. => ~~
            Ann Holt spoke. “She asked us, ‘What can I do? What kind of help do you need?’” Holt said. => Ann Holt: She asked us, ‘What can I do? What kind of help do you need?’
            Ann Holt said the aides were calling “every single fifteen minutes of the day.” Tom Reid told a different tale. => Ann Holt: every single fifteen minutes of the day.
            ~Voters were angry. "Three candidates and not one apology between them." That was the verdict of Ann Holt, the Tory leader.~ => Ann Holt: Three candidates and not one apology between them.
            ~Tom Reid spoke first. "It is a shameful way to treat people who lost everything." The words came from Rep. Ann Holt (D-N.M.), whose district burned.~ => Ann Holt: It is a shameful way to treat people who lost everything.
            ~Tom Reid defended his record, but his challenger, Ann Holt, accused him of "managing decline" and said patients had been "treated as an afterthought for far too long".~ => Ann Holt: managing decline || Ann Holt: treated as an afterthought for far too long
            ~Ann Holt said the plan was "a disgrace to this chamber" and accused Tom Reid of "hiding from the voters again".~ => Ann Holt: a disgrace to this chamber || Ann Holt: hiding from the voters again
            ~Reform UK's Ann Holt also attacked Mr Tom Reid, calling him "the most incompetent minister this country has had".~ => Ann Holt: the most incompetent minister this country has had
            ~Ann Holt took a swipe at both Mrs Kim Vale and Mr Tom Reid, saying the pair were "more interested in scoring points than in emptying the bins".~ => Ann Holt: more interested in scoring points than in emptying the bins
            ~Ann Holt called the comments 'one of the most shocking things I have ever heard', suggesting Mr Tom Reid wanted to take Britain back.~ => Ann Holt: one of the most shocking things I have ever heard
            ~Tom Reid has offered warm words about Vladimir Putin. Ann Holt asked Michael Cole to describe Putin twice. He did not do so, and instead argued that the deal was "a gift to the leading state sponsor of terrorism."~ => Michael Cole: a gift to the leading state sponsor of terrorism.
            """)
    void findsSpeakersOfUnseenAttributionPatterns(String text, String expected) {
        assertThat(speakersAndQuotes(text)).isEqualTo(expected);
    }

    private static String speakersAndRules(String text) {
        return said(text).stream().map(t -> t.subject() + " " + t.rule()).collect(Collectors.joining(" || "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Tom Reid met fans. "And I'm not being paid for any of this!" Reid declared.                 => Tom Reid said.after
            "Who pays for the new bridge over the river?" asked Ann Holt.                               => Ann Holt said.after-inverted
            "He is saying the right things" about schools and pay, said Ann Holt, a union leader.        => Ann Holt said.after-inverted
            Tom Reid spoke first. "October was good for her," said former Reid adviser Ann Holt.        => Ann Holt said.after-inverted
            Tom Reid spoke first. "October was good for her," said Reid's campaign manager Ann Holt.     => Ann Holt said.after-inverted
            Tom Reid spoke first. "October was good for her," said Reid, Ann Holt's ally.               => Tom Reid said.after-inverted
            Tom Reid spoke first. "The first line of defence is the community," said former secretary of state Ann Holt. => Ann Holt said.after-inverted
            Tom Reid, the chairman, spoke. "The review is a tragedy for us all," said the chairman of the Commons committee, Labour MP Ann Holt. => Ann Holt said.after-inverted
            Tom Reid, the chairman, spoke. "The review is a tragedy for us all," said the chairman, who led it. => Tom Reid said.after-inverted/role
            Judge Ann Holt QC told the court: "You are a danger to women and girls." => Ann Holt said.colon-before
            Ann Holt and Tom Reid met. Reid shot back, "The plan is a disgrace and a fraud." => Tom Reid said.before
            Ann Holt and Tom Reid met. Holt fired back that the "people of this town voted for me twice" in May. => Ann Holt said.before
            Tom Reid, the leader of the Public and Commercial Services Union said: "We will strike on Monday and Tuesday." => Tom Reid said.colon-before
            Tom Reid, head of buying for Jacamo, said: 'Our range is about offering men a choice of fashion that fits.' => Tom Reid said.colon-before
            Ann Holt, a close friend of the late Tom Reid, said: 'He was a wonderful man to all of us here.' => Ann Holt said.colon-before
            The show is back. "We are ecstatic to give the fans more," Fox executives Ann Holt and Tom Reid said in a statement. => Tom Reid said.after || Ann Holt said.after
            The deal is done. "We are pleased with the outcome of the talks," said Ann Holt and Tom Reid. => Ann Holt said.after-inverted || Tom Reid said.after-inverted
            Ann Holt met Tom Reid and Mary Jones. "We are pleased with the outcome of the talks," Jones said. => Mary Jones said.after
            Tom Reid spoke. He added the government had originally pledged "for every pupil to get two hours of sport" a week. => Tom Reid said.before-distant/pronoun
            Tom Reid spoke. Mr Reid argues government cannot continue "down the path of ever rising taxes". => Tom Reid said.before-distant
            Ann Holt scored. 'I knew it was coming,' Holt said on the radio. Mary Jones was beaten to the ball. Holt slid in at the post. 'I had to get on the end of it.' => Ann Holt said.after || Ann Holt said.resumed
            'We have a chance,' Tom Reid said. Mary Jones (left) battles for the ball with Jo Fox. 'The league is another level.' => Tom Reid said.after || Tom Reid said.resumed
            Tom Reid is convinced Ann Holt can make her mark after calling her into the squad. Holt has scored 26 goals this season. England's head coach said: 'The whole country is excited to see Ann Holt play.' => Tom Reid said.colon-before/role
            When Tom Reid suggested a new tax, Ann Holt fired back: "That would ruin every farmer we have." => Ann Holt said.colon-before
            Voters asked hard questions. Then came the one posed by Leeds nurse Ann Holt: "Would you work for five pounds an hour?" => Ann Holt said.colon
            Ann Holt spoke first. Her closing statement, which aides circulated, was the longest answer of the night: "I did not come into politics to win arguments." => Ann Holt said.colon/pronoun
            Ann Holt spoke first. Tom Reid's reply was short: "We will not be lectured by anybody in this chamber." => Tom Reid said.colon
            Tom Reid endorsed Ann Holt on Wednesday. From Reid's Facebook post: "For the sake of our party, we must overcome the divisiveness." => Tom Reid said.colon
            Tom Reid took on Ann Holt on Sunday after the Democratic front-runner had said that he was "becoming the best recruiter they have." => Ann Holt said.before-distant/role
            "I'm done being polite": Ann Holt on the prime minister, her leader and the man who quit => Ann Holt said.colon
            Ann Holt spoke first. "The plan will fail within a single year," she said. "Nobody wants it."  => Ann Holt said.after/pronoun || Ann Holt said.adjacent
            Tom Reid spoke first, then Ann Holt. Also, Reid is no conservative, she said. "He is a liberal at heart!" => Ann Holt said.lead-in/pronoun
            Ann Holt spoke on Tuesday. Holt's remarks were aimed at her critics, including, she said, "columnists who tweet all day." => Ann Holt said.before/pronoun
            Ann Holt spoke on Tuesday. Tom Reid is unfit, she said, "and he should go." => Ann Holt said.before/pronoun
            Tom Reid is running for mayor. His pollster, Peter Moore, says he has the money. "I don't think the wisdom" -- that Reid is a big spender -- "is going to last," he says. => Peter Moore said.after/pronoun
            Ann Holt spoke first, then Mary Jones. "And she lacks the friends that Mary has in the city," she said. => Ann Holt said.after/pronoun
            Columnist Ann Holt wrote about it. But Tom Reid has one thing on his side, the columnist said: "Voters are tired of the old politics." => Ann Holt said.colon-before/role
            Peter Grant hit back at Ms Kim Vale, calling her scheme "a waste of everybody's money and time". => Peter Grant said.before-distant
            Peter Grant spoke. Tom Reid resigned in June. He then turned on Mr Reid, saying the former MP had "spent more time with his paymasters". => Peter Grant said.before-distant/pronoun
            Peter Grant spoke. Tom Reid resigned in June. He then attacked Mr Reid, saying the former MP had "spent more time with his paymasters". => Peter Grant said.before-distant/pronoun
            Ann Holt spoke. She turned her fire on her neighbouring MP, Tom Reid, accusing the Conservative of "sitting on his hands for a year". => Ann Holt said.before/pronoun
            Ann Holt spoke. She took a swipe at Kim Vale's boss, Labour leader Tom Reid, saying he "can't control his own attack dogs". => Ann Holt said.before-distant/pronoun
            Ann Holt spoke. The Liberal leader tore into the prime minister, Tom Reid, over the cost of the rail link, calling the project "the most expensive apology in our history". => Ann Holt said.before/role
            Ann Holt spoke. Ms Holt then turned her fire on the health secretary, the SNP's Tom Reid – no relation, as he tells everyone – accusing him of having "not set foot on the island since May". => Ann Holt said.before-distant
            Ann Holt spoke. The documentary showed Mr Reid, apparently talking about the EU, telling the meeting: "The Germans are the big losers here." => Reid said.colon-before
            Ann Holt spoke to Liberal MP Tom Reid, the parliamentary secretary for housing, who called Kim Vale's criticism "unfair and frankly rich" and accused her of "playing to the gallery in a by-election year." => Tom Reid said.before
            Kim Vale spoke. Vale came under fire from Rep. Tom Reid, R-Gaylord, who held up a card and mocked her bill as "price controls with a bow on top." => Tom Reid said.before
            Cllr Ann Holt (LD, Riverside) blamed Cllr Tom Reid for "rushing this through before the summer recess". => Ann Holt said.before
            Tom Reid spoke. "Labour can't even hang on to their own council leader," he chortled. => Tom Reid said.after/pronoun
            The film showed Mr Tom Reid, apparently talking about Europe, telling the crowd: "We will leave on our own terms." => Tom Reid said.colon-before
            Ann Holt spoke. Holt refused to blame her predecessor, Tom Reid, for the state of the service he left, telling members it was "not a day for pointing fingers at anyone". => Ann Holt said.before-distant
            Council leader Tom Reid wrote to Cabinet Secretary Tom Walsh asking him for an update. He added: "We have waited far too long for an answer." => Tom Reid said.colon-before/pronoun
            Council leader Tom Reid spoke to Tom Walsh urging him to act. He said: "We have waited far too long for an answer." => Tom Reid said.colon-before/pronoun
            Peter Grant pointedly refused to criticise Sir Tom Reid, who brought him into the cabinet, saying the former prime minister had "earned the right to a bit of peace". => Peter Grant said.before-distant
            "If they did not take part, they have nothing to fear at all," Sen. Ann Holt (D-N.Y.) said Tuesday. => Ann Holt said.after
            Senate leader Tom Reid (R-Texas) told reporters that "we will find a way through this mess." => Tom Reid said.before
            Tom Reid was at the rally. It was odd because Tom Reid has rarely praised the city. "I love this town and its people," he said. => Tom Reid said.after/pronoun
            Striker Tom Reid spoke after the game.\\nReid on Mary Jones.\\n"She is a great player and a good friend of mine." => Tom Reid said.label
            Striker Tom Reid spoke after the game.\\nReid on his injury and the long road back.\\n'It has been a long road but I feel strong again.' => Tom Reid said.label
            "The council has lost control of its own budget," according to Ann Holt, the opposition leader. => Ann Holt said.according-to
            Tom Reid spoke first.\\nBehind Ms Holt sat her own predecessor as Tory leader, Peter Grant, arms folded. Asked whether she had done well, he said: "Ann did what Ann does." => Peter Grant said.colon-before/pronoun
            Tom Reid spoke first.\\nWatching from the back row was Peter Grant, the Republican nominee. Afterward he mocked the debate, calling it "the sound of a campaign in serious trouble." => Peter Grant said.before-distant/pronoun
            Tom Reid spoke for the Greens.\\nMr Reid closed the debate with a warning to his old party.\\n"I spent eleven years on those benches." => Tom Reid said.lead-in
            Tom Reid spoke for the Greens.\\nAll e-mails are subject to the law, but the content matters most, said Mr Reid.\\n"If in doubt, keep it for the record." => Tom Reid said.lead-in
            Hospitality minister Tom Reid spoke. Prime Minister Ann Holt backed him.\\nIn a statement, the minister said: "I have asked for a review." => Tom Reid said.colon-before/role
            Priya Patel, who studies tax policy, said Ann Holt's statement did not clarify the matter.\\n"I don't see details," she said. => Priya Patel said.after/pronoun
            According to Tom Reid, "the bridge will be finished by the end of next spring." => Tom Reid said.according-to
            Tory leader Tom Reid spoke in Leeds. Ann Holt spoke next. "We will win the next election," the Tory leader said. => Tom Reid said.after/role
            Ann Holt posted her message under a headline that said, "Death to the plan." She added: "We will not give up the fight." => Ann Holt said.colon-before/pronoun
            Tom Reid released a statement that said, "We will appeal the ruling at once." => Tom Reid said.before
            Ann Holt, a member of the caucus, said Mary Jones had gone too far, and she added: "This is grandstanding for the cameras." => Ann Holt said.colon-before/pronoun
            Ann Holt and Tom Reid are rivals. Peter Grant, who is backing Mr Reid, said the video was "a disgrace to the whole party". => Peter Grant said.before-distant
            Ann Holt and Tom Reid are rivals. Peter Grant, a former chairman who is backing Mr Reid, said: "The video is a disgrace to the party." => Peter Grant said.colon-before
            The rapper was back. Tom Reid, whose real name is Peter Grant, told a news conference: "I want to apologise to everyone." => Peter Grant said.colon-before
            Tom Reid met voters. "He never had any principles to change," Ann Holt's statement said. => Ann Holt said.after/document
            Tom Reid met voters. "See you all in Malaysia next weekend," Ann Holt's message read. => Ann Holt said.after/document
            Tom Reid met voters. "We will appeal the ruling at once," the letter from Ann Holt said. => Ann Holt said.after/document
            Lord Peter Grant spoke in the debate. Tom Reid listened. "It rather misses the point," the peer said. => Peter Grant said.after/role
            Tom Reid spoke at the rally. "We will win this state," the Florida senator and Republican presidential candidate said. => Tom Reid said.after/role
            Tory leader Tom Reid was filmed. Peter Grant made the film. The Tory leader was asked about it. He replies: "What is the inference of that?" => Tom Reid said.colon-before/pronoun
            Tom Reid and Peter Grant clashed again. Tom Reid continued to question Peter Grant's temperament. "Does anybody really think he can work with anybody?" said the businessman. => Tom Reid said.after-inverted/role
            "I think the evidence is overwhelming and credible" than that of the police chief, Tom Reid said. => Tom Reid said.after
            Ann Holt and Tom Reid will debate on Monday. "It does not make me nervous at all," the cautious candidate said of running against Mr. Reid. => Ann Holt said.after/role
            Tom Reid was interviewed by Peter Grant. Reid said he had been treated unfairly. Reid also said he would stay. He said that the campaign's announcement that Reid was leaving the race was "an insult to all of the voters who backed him". => Tom Reid said.before-distant/pronoun
            Midfielder Jim Holt spoke. Tom Reid was replaced by Sam Patel at the club. Holt is hoping the similarities end, he told the Mirror: "This is very similar to when Terry took over." => Jim Holt said.colon-before/pronoun
            Tom Reid spoke first. Ann Holt is unfit for office, he said: "She should resign today and go home." => Tom Reid said.colon-before/pronoun
            Ann Holt spoke first. Asked directly about the mill, Tom Reid gave his longest answer of the morning.\\n"The mill is the whole ballgame for this town." => Tom Reid said.lead-in
            Ann Holt and Mary Jones spoke. The loudest contribution came, inevitably, from Tom Reid of Reform UK, who lashed out at both Ms Holt and Ms Jones. He said: "Every penny of this has gone down the drain." => Tom Reid said.colon-before/pronoun
            Ann Holt spoke. Among the most pointed contributions came from Tom Reid, the member for Cwm Tawel, who has sat as an independent since 2023.\\n"I raised these problems inside the party for years and was told to keep my head down," he said. => Tom Reid said.after/pronoun
            Health secretary Ann Holt defended the figures. Behind the numbers are patients such as Brenda Howells, 71, from Llanelli, who has waited 27 months for a hip.\\n"I used to walk the dog every morning along the front," she said. => Brenda Howells said.after/pronoun
            Ann Holt spoke. Sir Tom Fell, the Conservative MP for neighbouring Brockley Heath, openly criticised Ms Holt, blaming her for "a campaign nobody could explain to me, let alone to voters". => Tom Fell said.before-distant
            Tom Reid spoke on Monday. Fundraising was "stagnant for about a month or six weeks" as donors waited to see how the race played out, Reid said. => Tom Reid said.sentence-end
            Tom Reid spoke on Monday. "There is a sense of stability now," and donations began to pick up again last week, Reid said. => Tom Reid said.sentence-end
            Ann Holt spoke. "This will be a real challenge" for Reid, said Holt. => Ann Holt said.sentence-end
            Tom Reid froze. 'Let me say to him, let me say to him,' Reid spluttered, gulping for air. => Tom Reid said.tagged
            Tom Reid froze. "We will win this, believe me," Ann Holt smiled. => Ann Holt said.tagged
            Officials blamed Russia, whose "thefts are intended to interfere with the election," Secretary of Homeland Security Tom Walsh said. => Tom Walsh said.after
            Ann Holt spoke. "This has to be the first time a candidate has done this," said Holt's top foreign policy aide Tom Walsh. => Tom Walsh said.after-inverted
            President Tom Reid will speak tonight. "Nothing truly prepares you for the demands of the office," the two-term president will say, according to excerpts. => Tom Reid said.after/role
            Tom Reid will speak tonight. "We have not defeated this problem by any means," Reid will say. => Tom Reid said.after
            George Will wrote a column. "The eruption of war is a reminder of what the office demands," Will wrote. => George Will said.after
            Tom Reid attacked the judge. "Justice Holt has made very dumb political statements," Reid wrote. "Her mind is shot — resign!"\\nHolt said in an interview last week that she did not want him to win. => Tom Reid said.after || Tom Reid said.adjacent
            Mayor of London Tom Reid spoke on Friday. The Mayor of London said: 'We need to keep a close eye on these people.' => Tom Reid said.colon-before/role
            Ann Holt, the Leader of the House, spoke. "We will sit late tonight," said the Leader of the House. => Ann Holt said.after-inverted/role
            Tom Reid spoke first. "The plan is a mess and everyone knows it," Ann Holt, who is chairman of Our Principles PAC, said in a statement. => Ann Holt said.after
            Tom Reid spoke. Reid attacked Ann Holt after the senator said he was "becoming the best recruiter for the other side." => Ann Holt said.before-distant/role
            Tom Reid spoke. Reid, though, is determined to win as the 29-year-old said: 'I have pushed myself even harder this year.' => Tom Reid said.colon-before/role
            ~Ann Holt blamed the press for making an issue of Tom Reid's claim that the mayor "founded the gang and nothing else," saying they were unfair.~ => Tom Reid said.claim-that
            ~Ann Holt said Tom Reid's latest accusation that the town was "broke and finished for good" was false.~ => Tom Reid said.claim-that
            Ann Holt spoke. Tom Reid on Tuesday night said: "We will win this election with ease." => Tom Reid said.colon-before
            Voters rejected the treaty. The vote signals "the beginning of the end" for the union, said Tom Reid, founder of the Freedom Party. => Tom Reid said.sentence-end
            """)
    void namesTheRuleThatFoundTheSpeaker(String text, String expected) {
        assertThat(speakersAndRules(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Ann Holt backed the plan. Tom Reid called it "a disgrace to the town and its people". Its critics, she says, are wrong. "It was a storm in a teacup for all of us." => Tom Reid: a disgrace to the town and its people || Ann Holt: It was a storm in a teacup for all of us.
            Tom Reid spoke. "We will win this seat," he said. Reid is no conservative, he said. "He is a liberal at heart!" => Tom Reid: We will win this seat,
            "We will win this seat," Tom Reid said. Outlets reported the police had "more than one conversation" with the staff. => Tom Reid: We will win this seat,
            "We will win this seat," Tom Reid said. Outlets reported the police had "more than one conversation" with Reid. => Tom Reid: We will win this seat,
            "We will win this seat," Tom Reid said. Then Reid told the crowd he was "very, very confident of it". => Tom Reid: We will win this seat, || Tom Reid: very, very confident of it
            "We will win this seat," Tom Reid said.\\n<tweet tweet-id="771316789665992704"></tweet> => Tom Reid: We will win this seat,
            "We will win this seat," Tom Reid said. The police arrested Mary Jones on Monday, a spokesman said. "We are appealing for witnesses to come forward." => Tom Reid: We will win this seat,
            "We will win this seat," Tom Reid said. "The vote is close," Mary Jones said. She waved at the crowd. Reid smiled. "The league is another level." => Tom Reid: We will win this seat, || Mary Jones: The vote is close,
            "We will win this seat," Tom Reid said. Mary Jones was furious about it. "This is a disgrace to the whole town." => Tom Reid: We will win this seat,
            "We will win this seat," Tom Reid said. The count went on late into the night in the sports hall at the edge of the town, and the result was not expected until well after three in the morning. Turnout was the highest the town had seen in any election since the war, and the queues at some polling stations ran around the block. Hundreds of fans sang outside the hall. "We are the champions of the whole world." => Tom Reid: We will win this seat,
            "We will win this seat," Tom Reid said. The count went on late into the night in the sports hall at the edge of the town, and the result was not expected until well after three in the morning. Turnout was the highest the town had seen in any election since the war, and the queues at some polling stations ran around the block. "It is over," said a person close to the campaign. => Tom Reid: We will win this seat,
            "We will win this seat," Tom Reid said. The count went on late into the night in the sports hall at the edge of the town, and the result was not expected until well after three in the morning. Turnout was the highest the town had seen in any election since the war, and the queues at some polling stations ran around the block. The film then showed Mr Peter Grant at a football game. "Come on, lads, that was a great save!" => Tom Reid: We will win this seat,
            "We will win this seat," Tom Reid said. The count went on late into the night in the sports hall at the edge of the town, and the result was not expected until well after three in the morning. Turnout was the highest the town had seen in any election since the war, and the queues at some polling stations ran around the block. Another older woman, sitting in a cart, started sobbing. "They took our homes and kicked us out." => Tom Reid: We will win this seat,
            "This is a fine town," said Mary Jones, a waitress. At a shop nearby, a cashier was upset. "It is awful," said the woman, who gave no name. "There is too much hate," she said. => Mary Jones: This is a fine town,
            "This is a fine town," said Mary Jones, a waitress. "There are no plans for another series," a spokeswoman said. She added that it was "a real shame for all of us". => Mary Jones: This is a fine town,
            Tom Grant was briefed. "It will be a tragedy," said the chairman of the committee, Labour MP Peter Brown. His concern was the plan. "We must tackle the mess in our schools," he wrote. => Peter Brown: It will be a tragedy, || Peter Brown: We must tackle the mess in our schools,
            Mary Jones spoke on Monday. Tom Reid had called the budget "a waste of everyone's time and money" as talks failed, Mary Jones said. => Tom Reid: a waste of everyone's time and money
            "We will win this seat," Tom Reid said. The vote is close, a spokesman said.\\n"We are appealing for calm at the count." => Tom Reid: We will win this seat,
            """)
    void doesNotCarryASpeakerAcrossSomeoneElseSpeaking(String text, String expected) {
        assertThat(speakersAndQuotes(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            A spokesman said: "We do not comment on these matters at all."
            Peter Jones met voters. The council issued a statement. "We will review the plan next year," the statement said.
            The BBC reported: "The talks have broken down completely tonight."
            "This is a quote that nobody in the article claims as their own words."
            The row over the plan became a ‘distraction’ for the whole party, John Smith wrote.
            The Tories called it a "vote now, pay later" budget.
            Peter Jones met voters. The spokesman for Mr Jones said: "He will not resign from his post."
            A friend of Mr Jones said: "He is a very private man indeed."
            Peter Jones met voters. "It is a disgrace to the party," said a Labour source.
            Peter Jones met voters. Mr Jones's spokesman said: "He is very busy this week."
            Peter Jones met voters. Mr Jones was asked if 'the party would be doing better under a new leader'.
            Ann Holt has failed the country, Tom Reid has said. "Britain is heading the wrong way," the Conservative leader said.
            Tom Reid made it clear to the judge that he was right. "We agree on everything," the judge said.
            Ann Holt met Tom Reid. "We will fight for every vote," the Lib Dem spokesman said.
            "How could you have thought anything else at all?" Tom Reid replied that the posters were fine.
            Ann Holt said the vote was over. "Call the roll," came shouts from the crowd.
            Ann Holt spoke on Monday. The Daily Leader said Ms Holt had been "rocked" by the vote.
            Ann Holt posted her message under a headline that said, "Death to the Old Town Hall Plan."
            "It was a great day for all of the town" than anyone expected, the report said.
            Tom Reid spoke. "We will win this state with ease," the businessman said of running against Tom Reid.
            Ann Holt spoke on Monday. He said Tom Reid was "a disgrace to the whole of the town".
            Ann Holt and Bill Holt spoke. Holt, a top aide said, "is very confident in the contrast" with Reid.
            Ann Holt unveiled the artwork - titled 'Entwined' - on Monday. 'Entwined' paid tribute to the couple, she said.
            Ann Holt said she is entitled to Pissarro's 1886 'Shepherdess Bringing in Sheep' because it was her father's.
            Tom Reid told NBC's "Meet the Press" that the plan would fail.
            Tom Reid, who had roles in “How the Grinch Stole Christmas,” “Apollo 13,” and “Austin Powers: The Spy Who Shagged Me,” had no such praise.
            Tom Reid met voters. Reid on Tuesday won the seat by a mile. "We will fight for every vote in this city."
            Tom Reid spoke. Tuesday on WTMJ’s “Midday with Charlie Sykes,” Reid discussed the tweet.
            Tom Reid said the police had said ID cards could "help them foil a terror bomb plot" in May.
            The club spoke on Monday. "Any player who takes drugs breaches his contract," Chelsea's statement said.
            Tom Reid, the Labour leader, spoke. Then the frontrunner to replace Tom Reid as Labour leader attacked the party, saying it deserved 'two out of ten at best'.
            Tom Reid spoke on Monday. The plan was "a waste of time and money" as the report put it, a spokesman said.
            Tom Reid froze. 'Nobody is going to believe a word of it,' he was told.
            The Tories called the plan "a budget for the few, not the many," the party leaders agreed.
            Ann Holt spoke. "What a day for the whole of the country!" the crowd roared.
            "People come for the show and we are all entertainers" the champion, who set a record, told CNN anchor Tom Reid.
            "He does not need this trouble at all," Ann Holt thought.
            Tom Reid spoke on Monday. "We will not pay for the wall," the head of the Bank of England said.
            Tom Reid spoke. Reid took a job at the firm months before its senior vice president boasted of a plan to spend "a million dollars" on it.
            A senior Tory said Ann Holt is behaving like a tyrant by 'stoking division in England' she will claim to be doing nothing of the sort.
            Asked about Tom Reid's declaration that it had been a bomb, a spokesman said: "It is too early to know the facts."
            Critics called the statement 'a deplorable and shameful thing' Response: Mr Tom Reid has responded to his critics.
            Voters rejected the treaty. The vote signals "the beginning of the end" for the union, told Tom Reid, a reporter.
            Tom Reid met voters. "He is a good man and a fine neighbour," said a friend of Tom Reid.
            Tom Reid met voters. "He is a good man and a fine neighbour," said the spokesman of Tom Reid.
            Tom Reid spoke on Monday. Tom Reid mocked Ann Holt and Mary Jones after the Democratic front-runner had said that he was "becoming the best recruiter they have."
            """)
    void givesNoSaidWithoutANamedSpeaker(String text) {
        assertThat(said(text)).isEmpty();
    }

    @Test
    void continuedParagraphKeepsItsAttributionInTheEvidence() {
        String text = "Mr Tom Reid said: ‘This is the first paragraph of my words.\n‘And this is the second paragraph.’";
        List<Triple> triples = said(text);

        assertThat(triples).hasSize(2);
        assertThat(triples.get(1).rule()).isEqualTo("said.continued");
        assertThat(triples.get(1).evidence()).startsWith("Mr Tom Reid said:").endsWith("second paragraph.’");
    }

    @Test
    void keepsScareQuotesOnlyUnderTheEvaluationCut() {
        List<Triple> triples = said("Peter Brown spoke. Mr Brown admitted the row had become a ‘distraction’ for Labour.");

        assertThat(triples).singleElement().satisfies(t -> {
            assertThat(t.subject()).isEqualTo("Peter Brown");
            assertThat(t.object()).isEqualTo("distraction");
            assertThat(t.confidence()).isLessThan(0.5);
            assertThat(t.rule()).endsWith("/fragment");
        });
    }

    @Test
    void evidenceCoversQuoteAndAttributionWithArticleOffsets() {
        String text = "Intro line.\nPeter Brown spoke. ‘They collaborated on the plan,’ Mr Brown said. Then he left.";
        List<Triple> triples = said(text);

        assertThat(triples).hasSize(1);
        Triple t = triples.get(0);
        assertThat(t.evidence()).isEqualTo("‘They collaborated on the plan,’ Mr Brown said.");
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.evidence());
        assertThat(t.rule()).isEqualTo("said.after");
        assertThat(t.confidence()).isBetween(0.5, 1.0);
    }
}
