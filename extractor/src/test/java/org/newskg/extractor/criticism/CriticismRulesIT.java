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
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Ann Holt has slammed Tom Reid.                                            => Ann Holt > Tom Reid       => verb-active
            Holt has slammed Reid.                                                    => Holt > Reid               => verb-active
            Patel accuses Moore.                                                      => Patel > Moore             => verb-active
            Tom Reid belittled Ann Holt's war heroism.                                => Tom Reid > Ann Holt       => verb-active
            Tom Reid mocked the military service of Ann Holt.                          => Tom Reid > Ann Holt       => verb-active
            Senator Dana Whitlock faulted Governor Jim Parr for the delays.           => Dana Whitlock > Jim Parr  => verb-active
            During the 2012 election, Carl Benton largely ran on his record and accused Mark Ossory of bungling the recovery. => Carl Benton > Mark Ossory => verb-active
            Green MP Ann Holt Holt accused Mr Reid of lying. Tom Reid denied it.      => Ann Holt > Tom Reid       => verb-active
            Tory leader Tom Reid condemned Mr Patel's comments on immigration. Raj Patel said nothing.   => Tom Reid > Raj Patel   => verb-active
            Liam Dorsey has opened proceedings with a speech criticising Tony Vance's record in government. => Liam Dorsey > Tony Vance => verb-active
            Ken Farrow spent the day attacking Michael Hale's proposals.              => Ken Farrow > Michael Hale => verb-active
            Ann Holt mocked the qualifications of Tom Reid.                           => Ann Holt > Tom Reid       => verb-active
            Tom Reid is the front-runner. Ann Holt mocked the qualifications of the front-runner. => Ann Holt > Tom Reid => verb-active
            Tom Reid spoke first. And he continued on, mocking Ann Holt's bluster about the deal. => Tom Reid > Ann Holt => verb-active
            Ann Holt praised Tom Reid's speech attacking Priya Patel.                 => Tom Reid > Priya Patel    => verb-active
            Ann Holt's article attacked Tom Reid for his remarks on schools.          => Ann Holt > Tom Reid       => verb-active
            Speaking in Leeds, Ann Holt, without naming him, accused Tom Reid of lying. => Ann Holt > Tom Reid     => verb-active
            The chorus of critics grew louder as Ann Holt, Priya Patel's aide, attacked Tom Reid for his comments. => Ann Holt > Tom Reid => verb-active
            Tom Reid spoke after Ann Holt unleashed a series of tweets criticising Priya Patel. => Ann Holt > Priya Patel => verb-active
            Tom Reid will follow Ann Holt's speech denouncing his economic policies with a speech of his own. => Ann Holt > Tom Reid => verb-active
            Ann Holt criticised Tom Reid for opposing abortion in cases of rape and incest. => Ann Holt > Tom Reid => verb-active
            Ann Holt called into the show to attack Tom Reid's record on schools.       => Ann Holt > Tom Reid     => verb-active
            Tom Reid spoke in Leeds. Ann Holt's column mocked him for his speech.      => Ann Holt > Tom Reid       => verb-active
            Ann Holt knocked Tom Reid's handling of the crisis.                       => Ann Holt > Tom Reid       => verb-active
            Ann Holt criticised Tom Reid's intervention in the strike.                => Ann Holt > Tom Reid       => verb-active
            Ann Holt spoke on trade, an issue on which Tom Reid has attacked her for years. => Tom Reid > Ann Holt => verb-active
            Tom Reid was criticised by ministers including Ann Holt and Priya Patel.  => Ann Holt > Tom Reid       => verb-passive
            Tom Reid came under fire from rivals such as Ann Holt.                    => Ann Holt > Tom Reid       => noun-from
            Ann Holt, whose criticism of Tom Reid has sharpened, spoke in Leeds.      => Ann Holt > Tom Reid       => noun-possessive
            Ann Holt questioned Tom Reid's judgment over the deal.                    => Ann Holt > Tom Reid       => verb-active
            Ann Holt questioned Tom Reid's eligibility to be president.              => Ann Holt > Tom Reid       => verb-active
            Ann Holt questioned Mr Reid's veracity.                                   => Ann Holt > Reid           => verb-active
            Ann Holt has criticized Tom Reid's nuclear pact with Iran.                => Ann Holt > Tom Reid       => verb-active
            Tom Reid spoke in Leeds. Ann Holt questioned his fitness for office.      => Ann Holt > Tom Reid       => verb-active
            ~Ann Holt, leading narrowly in the polls, questioned Tom Reid's "metropolitan values" and his readiness to be commander in chief.~ => Ann Holt > Tom Reid => verb-active
            The moderator Ann Holt unloaded on Tom Reid over his taxes.               => Ann Holt > Tom Reid       => phrasal
            Ann Holt took a verbal swing at Tom Reid.                                 => Ann Holt > Tom Reid       => noun-at
            Ann Holt called Tom Reid a liar.                                          => Ann Holt > Tom Reid       => verb-label
            Tom Reid spoke on Monday. Ann Holt called his remarks reckless.           => Ann Holt > Tom Reid       => verb-label
            Ann Holt described Tom Reid as a disgrace.                                => Ann Holt > Tom Reid       => verb-label
            Tom Reid was called a liar by Ann Holt.                                   => Ann Holt > Tom Reid       => verb-label
            The one who attacked Tom Reid was Ann Holt.                               => Ann Holt > Tom Reid       => verb-active
            Tom Reid had broken away from his text to deliver a smart rebuff to Ann Holt's description of him. => Tom Reid > Ann Holt => noun-at
            Tom Reid was attacked by Ann Holt over his tax plans.                     => Ann Holt > Tom Reid       => verb-passive
            Ann Holt, who was attacked by Tom Reid last week, said nothing.           => Tom Reid > Ann Holt       => verb-passive
            Tom Reid used his address this year to forcefully call out Ann Holt.      => Tom Reid > Ann Holt       => phrasal
            Nick Clegg hit out at David Cameron over the cuts.                        => Nick Clegg > David Cameron => phrasal
            Ann Holt's attack on Tom Reid was fierce.                                 => Ann Holt > Tom Reid       => noun-possessive
            Ann Holt spoke. Ms Holt's attack on the health secretary, Tom Reid, was more personal still. => Ann Holt > Tom Reid => noun-possessive
            Moments later, Tom Reid made sure his critique of Ann Holt's policy was as polite as it was pointed. => Tom Reid > Ann Holt => noun-possessive
            Tom Reid came under fire from Ann Holt on Monday.                         => Ann Holt > Tom Reid       => noun-from
            Tom Reid came under fire from two rivals, Ann Holt and Priya Patel.       => Priya Patel > Tom Reid    => noun-from
            Tom Reid's plan has come under fierce attack from Ann Holt.               => Ann Holt > Tom Reid       => noun-from
            Tom Reid faced sharp criticism from Ann Holt.                             => Ann Holt > Tom Reid       => noun-from
            ~Tom Reid spoke. Priya Patel spoke. Entering the debate, Reid and Patel faced increasing attacks from Ann Holt.~ => Ann Holt > Priya Patel => noun-from
            Donald Grump's accusation that Helen Clayton is playing the woman's card drew laughs. => Donald Grump > Helen Clayton => noun-that
            Tom Reid's beef with the network was aimed at moderator Ann Holt.         => Tom Reid > Ann Holt       => noun-aimed
            Tom Reid's ire was directed at Ann Holt.                                  => Tom Reid > Ann Holt       => noun-aimed
            In a swipe at Tom Reid, Ann Holt said the plan was a mess.                => Ann Holt > Tom Reid       => noun-at
            In a swipe at Tom Reid's handling of the talks, Ann Holt promised a new approach. => Ann Holt > Tom Reid => noun-at
            Gavin Tolley mocked Tom Reid's low profile during the budget debate.      => Gavin Tolley > Tom Reid   => verb-active
            Ann Holt took a swipe at Tom Reid.                                        => Ann Holt > Tom Reid       => noun-at
            Tom Reid will continue to face the criticism of his rival, Ann Holt.       => Ann Holt > Tom Reid       => noun-from
            Priya Patel repeated the attacks that Tom Reid launched against Ann Holt.  => Tom Reid > Ann Holt       => noun-that
            Ann Holt responded with attacks on Tom Reid.                              => Ann Holt > Tom Reid       => noun-at
            Ann Holt launched a scathing attack on Tom Reid.                          => Ann Holt > Tom Reid       => noun-at
            Vince Cable was highly critical of George Osborne.                        => Vince Cable > George Osborne => adjective
            Ann Holt and Tom Reid traded insults.                                     => Tom Reid > Ann Holt       => reciprocal
            Ann Holt and Tom Reid attacked each other on television.                  => Ann Holt > Tom Reid       => reciprocal
            Ann Holt and Tom Reid met in Leeds. The two rivals traded insults.        => Tom Reid > Ann Holt       => reciprocal
            Ann Holt and Tom Reid, both chasing the same vote, also exchanged barbs.  => Ann Holt > Tom Reid       => reciprocal
            Ann Holt paused, then accused Tom Reid of lying.                          => Ann Holt > Tom Reid       => verb-active
            Tom Reid spoke. Ann Holt laughed, then turned her fire on Reid.           => Ann Holt > Tom Reid       => phrasal
            Chris Christie savaged Marco Rubio in the debate, and Rubio smacked back. => Marco Rubio > Chris Christie => retort
            First, Tom Reid attacked Ann Holt. Then he turned to Priya Patel.         => Tom Reid > Priya Patel    => continuation
            Sen. Ann Holt (D-Fla.) has criticized Tom Reid for his ties to Wall Street. => Ann Holt > Tom Reid     => verb-active
            Rep. Ann Holt (D-Calif.) blasted Speaker Tom Reid (R-Wis.) over the bill. => Ann Holt > Tom Reid       => verb-active
            Ann Holt blasted her Republican rival Tom Reid on Monday over his stance on abortion. => Ann Holt > Tom Reid => verb-active
            Prince Karim Aziz mocked Tom Reid's retweet of a doctored image.          => Karim Aziz > Tom Reid     => verb-active
            Ann Holt decried Tom Reid's repeated calls to ban all imports.            => Ann Holt > Tom Reid       => verb-active
            But director of the Victims of Crime Trust, Ann Holt, accused Lord Reid of arrogance. => Ann Holt > Lord Reid => verb-active
            President Tom Reid spoke on Monday. Ann Holt has criticized the president for accepting donations. => Ann Holt > Tom Reid => verb-active
            Tory leader Tom Reid spoke first. Ann Holt, the Leader of the House, replied. She accused the Tory leader of spin. => Ann Holt > Tom Reid => verb-active
            Ann Holt railed against Tom Reid, taking aim at his past support for the war. => Ann Holt > Tom Reid   => phrasal
            Sen. Tom Reid (R-Tex.), who has spent weeks taking swipes at Ann Holt (R-Fla.), took a direct swing at her on Thursday. => Tom Reid > Ann Holt => noun-at
            Tension flared, with Senator Tom Reid pressing his attack that Ann Holt is not qualified to be president. => Tom Reid > Ann Holt => noun-that
            In Leeds, after attacking Tom Reid, Ann Holt pivoted to her message about unity. => Ann Holt > Tom Reid => verb-active
            Mayor Tom Reid rejected criticism from Ann Holt that closing the unit made the city less safe. => Ann Holt > Tom Reid => noun-from
            Ann Holt, a star anchor, questioned Tom Reid's respect for women in a debate. => Ann Holt > Tom Reid => verb-active
            Tom Reid said Ann Holt was unfit to lead the country.                     => Tom Reid > Ann Holt       => said-label
            Ann Holt said Tom Reid's comments were wrong, dangerous and divisive.     => Ann Holt > Tom Reid       => said-label
            Ann Holt told reporters that Tom Reid is a liar.                          => Ann Holt > Tom Reid       => said-label
            But the home secretary, Ann Holt, said Mr Reid was wrong to say the law was biased. => Ann Holt > Reid => said-label
            Ann Holt called Tom Reid's remarks childish.                              => Ann Holt > Tom Reid       => verb-label
            Ann Holt, who has described Tom Reid as a pathological sociopath, spoke in Leeds. => Ann Holt > Tom Reid => verb-label
            Sen. Ann Holt of Ohio, who has blasted Tom Reid's statements on trade, and Gov. Priya Patel of Iowa are due to speak. => Ann Holt > Tom Reid => verb-active
            That drew a rebuke from Ann Holt, the former depute leader and a Patel supporter, who accused Tom Reid of settling scores. => Ann Holt > Tom Reid => verb-active
            Tory grandee Tom Reid-Hughes ate lunch. Reid-Hughes was also slammed by Ann Holt, who called the bill obscene. => Ann Holt > Tom Reid-Hughes => verb-passive
            Ann Holt summed up Tom Reid as terrible, denounced his record as mayor and said he should quit. => Ann Holt > Tom Reid => verb-active
            Priya Patel urged voters to defeat Tom Reid, who she blasted as a bully.  => Priya Patel > Tom Reid    => verb-active
            Ukip candidate Ann Holt called into the programme to attack Mr Reid's stance on civil liberties. => Ann Holt > Reid => verb-active
            Ann Holt Blasts Tom Reid Over Tax Plan.                                   => Ann Holt > Tom Reid       => headline
            Ann Holt, a fierce critic of Tom Reid and his tax plans, will chair the committee. => Ann Holt > Tom Reid => noun-critic
            Ann Holt has been a vocal critic of Tom Reid for years.                   => Ann Holt > Tom Reid       => noun-critic
            Ann Holt singled out Tom Reid for criticism.                              => Ann Holt > Tom Reid       => singled-out
            Ann Holt reserved her sharpest words for Tom Reid.                      => Ann Holt > Tom Reid       => harsh-words
            Ann Holt said ministers had been "far too slow" and condemned Tom Reid's decision. => Ann Holt > Tom Reid => verb-active
            Ann Holt hit back that the government had "lost control of costs", then rounded on the Treasurer, Tom Reid, who was watching. => Ann Holt > Tom Reid => phrasal
            Tom Reid's plan to cap temporary foreign workers at 2015 levels was criticized by both Ann Holt and Priya Patel. => Priya Patel > Tom Reid => verb-passive
            Ann Holt had harsh words for Tom Reid on Monday.                        => Ann Holt > Tom Reid       => harsh-words
            Ann Holt saved some of her harshest criticism for Tom Reid's plan.      => Ann Holt > Tom Reid       => harsh-words
            Shadow transport secretary Ann Holt, accusing Tom Reid of "losing control" of the railways, said the government had "capitulated to the unions". => Ann Holt > Tom Reid => verb-active
            Ann Holt was more pointed, singling out Mr Tom Reid for particular criticism over his comments. => Ann Holt > Tom Reid => singled-out
            The panel is led by Ann Holt, a former minister and a harsh critic of Tom Reid. => Ann Holt > Tom Reid => noun-critic
            Ann Holt, who is a harsh critic of Tom Reid, suggests a new approach.     => Ann Holt > Tom Reid       => noun-critic
            Ann Holt labeled Tom Reid "unfit to be president."                        => Ann Holt > Tom Reid       => verb-label
            Mr Holt, who has called Tom Reid's comments "racially toxic," spoke in Leeds. => Holt > Tom Reid => verb-label
            Ann Holt said Tom Reid had misled voters about the deficit.               => Ann Holt > Tom Reid       => said-wrong
            Ann Holt said Tom Reid "caused tremendous death" as home secretary.       => Ann Holt > Tom Reid       => said-wrong
            Ann Holt told reporters that Tom Reid broke his promise on tuition fees.  => Ann Holt > Tom Reid       => said-wrong
            Tom Reid is the chancellor. Ann Holt said the chancellor had failed to deal with the deficit. => Ann Holt > Tom Reid => said-wrong
            Ann Holt said Mr Reid betrayed the people who elected him.               => Ann Holt > Reid           => said-wrong
            Tom Reid filed a lawsuit against Ann Holt and other leading Democrats, accusing them of ignoring his campaign. => Tom Reid > Ann Holt => verb-active
            Tom Reid announced a cap on tuition fees. Ann Holt condemned the move.   => Ann Holt > Tom Reid       => act-author
            Tom Reid unveiled a tax plan on Monday. Ann Holt has attacked this plan as unfair. => Ann Holt > Tom Reid => act-author
            ~Tom Reid said the minister had "the instincts of a landlord". The remarks were condemned by Ann Holt.~ => Ann Holt > Tom Reid => act-author
            Tom Reid's remarks drew an angry response from Ann Holt.                 => Ann Holt > Tom Reid       => noun-from
            Tom Reid faced a backlash from Ann Holt over the plan.                   => Ann Holt > Tom Reid       => noun-from
            ~Ann Holt, the party chair, said the Tories were "too busy fighting each other to notice", and mocked Mr Tom Reid as "a man who thinks it did not go far enough".~ => Ann Holt > Tom Reid => verb-active
            Ann Holt condemned Tom Reid's messages as showing contempt for tenants.  => Ann Holt > Tom Reid       => verb-active
            ~Tom Reid and Ann Holt are running. At a debate Tuesday night in Lafayette, Reid and Holt accused each other of lying.~ => Tom Reid > Ann Holt => reciprocal
            ~Peter Grant spoke. Later Ann Holt mocked Tom Reid's plan, and he in turn accused her of lying.~ => Tom Reid > Ann Holt => verb-active
            Tom Reid spoke in Leeds. He said his attacks on Ann Holt had paid off.   => Tom Reid > Ann Holt       => noun-possessive
            Ann Holt spoke in Leeds. Holt said her criticism of Tom Reid was fair.   => Ann Holt > Tom Reid       => noun-possessive
            Tom Reid spoke in Leeds. Asked about his criticisms of Ann Holt, Reid said they were fair. => Tom Reid > Ann Holt => noun-possessive
            Tom Reid spoke in Leeds. Priya Patel asked Reid why he had criticised Ann Holt. => Tom Reid > Ann Holt => verb-active
            Tom Reid spoke in Leeds. Reid caused a stir in May, when he criticised Ann Holt for her vote. => Tom Reid > Ann Holt => verb-active
            Tom Reid spoke in Leeds. Reid gave a speech in which he attacked Ann Holt. => Tom Reid > Ann Holt      => verb-active
            Tom Reid spoke in Leeds. Reid flew to Derby, where he mocked Ann Holt's plan. => Tom Reid > Ann Holt => verb-active
            Tom Reid mocked Ann Holt for criticizing Priya Patel.                     => Ann Holt > Priya Patel    => verb-active
            Ann Holt was praised for attacking Priya Patel over the deal.             => Ann Holt > Priya Patel    => verb-active
            Tom Reid has mocked Ann Holt repeatedly for publicly criticizing the mayor, Priya Patel, during the campaign. => Ann Holt > Priya Patel => verb-active
            Ann Holt argued emphatically - rebuking Tom Reid eight times by name - that the plan had failed. => Ann Holt > Tom Reid => verb-active
            Ann Holt used her speech to attack Tom Reid.                              => Ann Holt > Tom Reid       => verb-active
            Ann Holt went on the attack against Tom Reid.                             => Ann Holt > Tom Reid       => noun-at
            Ann Holt dismissed Tom Reid as a lightweight.                             => Ann Holt > Tom Reid       => verb-label
            Ann Holt joined the debate, accusing Tom Reid of lying.                   => Ann Holt > Tom Reid       => verb-active
            Ann Holt spoke on Monday, saying Tom Reid was unfit to lead.              => Ann Holt > Tom Reid       => said-label
            Sam Cole rescinded his endorsement of Tom Reid, saying he lacks the temperament to lead. => Sam Cole > Tom Reid => said-label
            ~Tom Reid spoke. Sen. Peter Moore, R-Ill., who faces a tough race at home, rescinded his endorsement of Reid, saying he lacks the temperament to be president.~ => Peter Moore > Tom Reid => said-label
            Ann Holt has been Tom Reid's attack dog, sinking her teeth into Sen. Sam Cole. => Ann Holt > Sam Cole => phrasal
            Tom Reid criticized Ann Holt's past transgressions.                       => Tom Reid > Ann Holt       => verb-active
            Ann Holt spoke in Leeds. The comment came in response to Tom Reid's attacks on her willingness to serve. => Tom Reid > Ann Holt => noun-possessive
            Tom Reid's campaign denied it, with Ann Holt taking to Twitter to call Priya Patel "totally delusional" for the claim. => Ann Holt > Priya Patel => verb-label
            Tom Reid responded to Ann Holt's calling him a jerk.                      => Ann Holt > Tom Reid       => verb-label
            Jim Cole criticized Ann Holt's plan. Voters see Tom Reid as an outsider, because of his penchant for controversy and his harsh criticism of figures such as Priya Patel. => Tom Reid > Priya Patel => noun-possessive
            Tom Reid said on Sunday that Jim Cole had shown disrespect to his wife, and he accused Jim Cole of running a campaign of hatred. => Tom Reid > Jim Cole => verb-active
            After their appearance, Tom Reid complained Jim Cole unfairly had attacked him and questioned why Ann Holt had not spoken. => Jim Cole > Tom Reid => verb-active
            Jim Cole praised Tom Reid, but he said the time is coming when Reid will have to tone down his attacks on Ann Holt. => Tom Reid > Ann Holt => noun-possessive
            Conservative leader Tom Reid spoke in Brighton. Labour's Ann Holt said Labour would win. She then accused the Tory leader of behaving like an attack dog. => Ann Holt > Tom Reid => verb-active
            ~"We will win," Tom Reid said in Leeds. He then accused Ann Holt of lying.~ => Tom Reid > Ann Holt => verb-active
            Tom Reid met Mark Hale on Tuesday. He accused him of lying.              => Tom Reid > Mark Hale      => verb-active
            Ann Holt met Priya Patel in Leeds. She accused her of lying.             => Ann Holt > Priya Patel    => verb-active
            Tom Reid met Mark Hale on Tuesday. He called him a liar.                 => Tom Reid > Mark Hale      => verb-label
            ~Tom Reid questioned Mark Hale's plan on Tuesday. He called him a "pathological liar" for insisting on it.~ => Tom Reid > Mark Hale => verb-label
            Ann Holt has cast Tom Reid as weak on immigration.                       => Ann Holt > Tom Reid       => verb-label
            Tom Reid spoke in Leeds. Ann Holt has cast him as weak on immigration.   => Ann Holt > Tom Reid       => verb-label
            Ann Holt painted Tom Reid as an out-of-touch rich guy.                    => Ann Holt > Tom Reid       => verb-label
            Ann Holt tried to portray Tom Reid as a liar.                             => Ann Holt > Tom Reid       => verb-label
            Tom Reid is taking heat from Ann Holt over his record.                    => Ann Holt > Tom Reid       => noun-from
            Ann Holt blamed the crisis on Tom Reid.                                   => Ann Holt > Tom Reid       => verb-active
            Ann Holt blamed the crisis on the policies of Tom Reid.                   => Ann Holt > Tom Reid       => verb-active
            Ann Holt released an ad that attacks Tom Reid over his record.            => Ann Holt > Tom Reid       => verb-active
            Ann Holt has posted a video which mocks Tom Reid.                         => Ann Holt > Tom Reid       => verb-active
            Ann Holt suggested Tom Reid feigned injury.                               => Ann Holt > Tom Reid       => said-wrong
            Ann Holt asserted that Tom Reid tells so many lies.                       => Ann Holt > Tom Reid       => said-wrong
            Ann Holt says Tom Reid has failed.                                        => Ann Holt > Tom Reid       => said-wrong
            Ann Holt claimed Tom Reid was a liar.                                     => Ann Holt > Tom Reid       => said-label
            Ann Holt complained that Tom Reid had misled voters.                      => Ann Holt > Tom Reid       => said-wrong
            Ann Holt called Tom Reid a "blowhard."                                     => Ann Holt > Tom Reid       => verb-label
            Ann Holt told an audience that Tom Reid's comments were "intolerable."     => Ann Holt > Tom Reid       => said-label
            Paul Singer is a donor. Zoe Teach criticized Singer and challenged him.   => Zoe Teach > Paul Singer   => verb-active
            Ann Holt told Mrs Jane Patel she was not fit for her post.               => Ann Holt > Jane Patel     => said-label
            Ann Holt declared that Tom Reid was not a fit and proper person to lead.   => Ann Holt > Tom Reid       => said-label
            Mr Tom Reid met Ann Holt. Mr Tom Reid said she was a liar.               => Tom Reid > Ann Holt       => said-label
            Mr Tom Reid met Ann Holt. Mr Tom Reid said her remarks were disgraceful.  => Tom Reid > Ann Holt       => said-label
            Mr Tom Reid met Ann Holt. Mr Tom Reid said the crisis was her fault.      => Tom Reid > Ann Holt       => said-label
            Ann Holt said the crisis was Tom Reid's fault.                            => Ann Holt > Tom Reid       => said-label
            Ann Holt said it was "totally inappropriate" for Tom Reid to criticise Jim Cole. => Ann Holt > Tom Reid => said-label
            Ann Holt said that Tom Reid had treated her family disrespectfully.      => Ann Holt > Tom Reid       => said-wrong
            Ann Holt says Tom Reid is acting unlawfully.                              => Ann Holt > Tom Reid       => said-wrong
            On both of these topics, Ann Holt says, Tom Reid has failed.              => Ann Holt > Tom Reid       => said-wrong
            Ann Holt told the commission that Tom Reid had groped her.                => Ann Holt > Tom Reid       => said-wrong
            Ann Holt told reporters that Tom Reid's comments showed bias.             => Ann Holt > Tom Reid       => said-wrong
            Ann Holt testified that Tom Reid was a liar.                              => Ann Holt > Tom Reid       => said-label
            Tom Reid, whom Ann Holt lit into at a debate in May, said nothing.        => Ann Holt > Tom Reid       => phrasal
            Tom Reid, whom Ann Holt lashed out at last week, said nothing.            => Ann Holt > Tom Reid       => phrasal
            Priya Patel's apology overshadowed an attack she leveled just seconds earlier at Tom Reid. => Priya Patel > Tom Reid => noun-relative
            Ann Holt and Priya Patel held a rally in Leeds on Monday, while skewering Tom Reid as a threat to workers. => Ann Holt > Tom Reid => verb-active
            Donald Grump is on solid ground attacking Bill Clayton, Carla Fiorino said Monday. => Donald Grump > Bill Clayton => verb-active
            The campaign turned nasty, with Ann Holt attacking Tom Reid at every stop. => Ann Holt > Tom Reid      => verb-active
            Ann Holt had already begun concentrating her fire on Tom Reid.            => Ann Holt > Tom Reid       => noun-at
            Ann Holt regretted lobbing insults at Tom Reid.                           => Ann Holt > Tom Reid       => noun-at
            Holt tweet that blasts Reid includes a star.                              => Holt > Reid               => headline
            Tom Reid divorced Ann Holt in May. He denied the charges and counter-accused her of battery. => Tom Reid > Ann Holt => verb-active
            Ann Holt accused her former husband, Tom Reid, of beating her.           => Ann Holt > Tom Reid       => verb-active
            Ann Holt blamed Tom Reid for the murder.                                  => Ann Holt > Tom Reid       => verb-active
            Tom Reid was accused by Ann Holt of assaulting her.                       => Ann Holt > Tom Reid       => verb-passive
            Ann Holt claimed that Tom Reid assaulted her.                             => Ann Holt > Tom Reid       => said-wrong
            Ann Holt testified that Tom Reid had threatened her.                      => Ann Holt > Tom Reid       => said-wrong
            Ann Holt said Tom Reid was to blame for the crisis.                       => Ann Holt > Tom Reid       => said-label
            Ann Holt turned on Tom Reid.                                              => Ann Holt > Tom Reid       => phrasal
            Tom Reid faced a barrage of criticism from Ann Holt.                      => Ann Holt > Tom Reid       => noun-from
            Ann Holt called on Tom Reid to apologise to Priya Patel for accusing her of lying. => Tom Reid > Priya Patel => verb-active
            Ann Holt was appalled by Tom Reid's remarks.                              => Ann Holt > Tom Reid       => feeling
            Ann Holt said she was disgusted at Tom Reid's behaviour.                  => Ann Holt > Tom Reid       => feeling
            Ann Holt called on Tom Reid to resign.                                    => Ann Holt > Tom Reid       => resignation-call
            Ann Holt demanded Tom Reid's resignation.                                 => Ann Holt > Tom Reid       => resignation-call
            Ann Holt said Tom Reid should be disqualified from the presidency.       => Ann Holt > Tom Reid       => resignation-call
            Ann Holt called for the resignation of President Tom Reid.                => Ann Holt > Tom Reid       => resignation-call
            Ann Holt joined the calls for Tom Reid to stand down.                     => Ann Holt > Tom Reid       => resignation-call
            Ann Holt said Tom Reid should resign.                                     => Ann Holt > Tom Reid       => resignation-call
            Ann Holt demanded that Tom Reid resign.                                   => Ann Holt > Tom Reid       => resignation-call
            Ann Holt called for Tom Reid to be sacked.                                => Ann Holt > Tom Reid       => resignation-call
            Ann Holt urged the board to sack Tom Reid.                                => Ann Holt > Tom Reid       => resignation-call
            Tom Reid went on television to slam Ann Holt.                             => Tom Reid > Ann Holt       => verb-active
            Tom Reid labeled Ann Holt the worst abuser in the history of politics.    => Tom Reid > Ann Holt       => verb-label
            Tom Reid called Ann Holt a "petulant child".                              => Tom Reid > Ann Holt       => verb-label
            Tom Reid said Ann Holt's claims were baseless.                            => Tom Reid > Ann Holt       => said-label
            Tom Reid made derogatory comments about Ann Holt.                         => Tom Reid > Ann Holt       => noun-about
            Ann Holt said the ads answer attacks that Tom Reid lodged against Sam Patel. => Tom Reid > Sam Patel   => noun-that
            Tom Reid has said nasty things about Ann Holt.                            => Tom Reid > Ann Holt       => noun-about
            Tom Reid was criticised for his racist remarks about Judge Ann Holt.      => Tom Reid > Ann Holt       => noun-about
            Tom Reid repeated Sam Patel's derogatory comments about Ann Holt.         => Sam Patel > Ann Holt      => noun-about
            Ann Holt took to Twitter to fire back at Tom Reid.                        => Ann Holt > Tom Reid       => phrasal
            Ann Holt repeatedly ripped Tom Reid on social media.                      => Ann Holt > Tom Reid       => verb-active
            Ann Holt lands what may be the line of the night, accusing Tom Reid of lying. => Ann Holt > Tom Reid   => verb-active
            Ann Holt made the case for the plan, attacking Tom Reid over the delays.  => Ann Holt > Tom Reid       => verb-active
            Sam Cole spoke last. He singled out Tom Reid, accusing him of lying.     => Sam Cole > Tom Reid       => verb-active
            Tom Reid came in for criticism from Ann Holt.                             => Ann Holt > Tom Reid       => noun-from
            The council's finance chief, Cllr Tom Reid (Con, Mill Lane), came in for criticism from Cllr Ann Holt, who said his figures "didn't add up". => Ann Holt > Tom Reid => noun-from
            The shadow chancellor, Ann Holt, used her speech to mock the chancellor, Labour's Tom Reid, as "the man who found a black hole". => Ann Holt > Tom Reid => verb-active
            Ann Holt eviscerated Tom Reid in a column on Sunday.                       => Ann Holt > Tom Reid       => verb-active
            Ann Holt reproached Tom Reid for his silence.                             => Ann Holt > Tom Reid       => verb-active
            Tom Reid was then slapped down by Ann Holt.                               => Ann Holt > Tom Reid       => verb-passive
            Tom Reid spoke at length but was heckled by Ann Holt.                     => Ann Holt > Tom Reid       => verb-passive
            Tom Reid was praised by Priya Patel but was attacked by Ann Holt.         => Ann Holt > Tom Reid       => verb-passive
            Tom Reid spoke. The SNP's leader, Ann Holt, mocked Mr Reid's much-trailed "reset". => Ann Holt > Tom Reid => verb-active
            Ann Holt dressed down Tom Reid for his campaign's suggestion that she was unfit. => Ann Holt > Tom Reid => phrasal
            Ann Holt poked fun at Tom Reid.                                           => Ann Holt > Tom Reid       => phrasal
            Ann Holt made fun of Tom Reid.                                            => Ann Holt > Tom Reid       => phrasal
            Ann Holt spoke out against Tom Reid.                                      => Ann Holt > Tom Reid       => phrasal
            Ann Holt poured scorn on Tom Reid's plan.                                 => Ann Holt > Tom Reid       => phrasal
            Ann Holt savaged Tom Reid in the debate, and Reid shot back.              => Tom Reid > Ann Holt       => retort
            Ann Holt said after the debate that Tom Reid had lied to voters.          => Ann Holt > Tom Reid       => said-wrong
            Ann Holt wrote in a column that Tom Reid had misled voters.               => Ann Holt > Tom Reid       => said-wrong
            Ann Holt said Tom Reid's numbers don't add up.                            => Ann Holt > Tom Reid       => said-wrong
            Ann Holt warned that Tom Reid's plan would not work.                      => Ann Holt > Tom Reid       => said-wrong
            Ann Holt said Tom Reid's stance was putting the country at risk.          => Ann Holt > Tom Reid       => said-wrong
            Ann Holt told BBC Radio Four's Today programme that Tom Reid's stance was putting the country at risk. => Ann Holt > Tom Reid => said-wrong
            Ann Holt told Sky News's political editor that Tom Reid had betrayed voters. => Ann Holt > Tom Reid => said-wrong
            Ann Holt said that Tom Reid's stance on the government's anti-terrorism bill was putting the country at risk. => Ann Holt > Tom Reid => said-wrong
            Ann Holt said Tom Reid had endangered the country.                        => Ann Holt > Tom Reid       => said-wrong
            Ann Holt said Tom Reid cannot be trusted with the nuclear codes.          => Ann Holt > Tom Reid       => said-label
            Ann Holt said Tom Reid was out of touch with voters.                      => Ann Holt > Tom Reid       => said-label
            Ann Holt said Tom Reid should be ashamed of himself.                      => Ann Holt > Tom Reid       => said-label
            Ann Holt says Tom Reid ought to be ashamed of himself.                    => Ann Holt > Tom Reid       => said-label
            Ann Holt warned Tom Reid would be a disastrous president.                 => Ann Holt > Tom Reid       => said-label
            Ann Holt demanded that Tom Reid apologise for the remarks.                => Ann Holt > Tom Reid       => resignation-call
            Ann Holt demanded an apology from Tom Reid.                               => Ann Holt > Tom Reid       => resignation-call
            Ann Holt said during the debate that Tom Reid was a disgrace.             => Ann Holt > Tom Reid       => said-label
            Ann Holt told reporters after the vote that Tom Reid should resign.       => Ann Holt > Tom Reid       => resignation-call
            Ann Holt and Tom Reid clashed on Tuesday, each accusing the other of misleading voters. => Tom Reid > Ann Holt => reciprocal
            Ann Holt and Tom Reid clashed again, with each man accusing the other of lying. => Ann Holt > Tom Reid => reciprocal
            Ann Holt savaged Tom Reid over the bridge. Reid hit back hard. Nobody was surprised. Priya Patel mocked the pair as hopeless. => Priya Patel > Ann Holt => verb-active
            Tamsin Oduya said she was proud of the plan and accused Tom Reid of hypocrisy. => Tamsin Oduya > Tom Reid => verb-active
            Tom Reid, the National leader, rounds on Ann Holt.                        => Tom Reid > Ann Holt       => phrasal
            Ann Holt attacked Tom Reid on Monday. Reid then accused his rival of lying. => Tom Reid > Ann Holt     => verb-active
            Ann Holt went at Tom Reid over his record on schools.                     => Ann Holt > Tom Reid       => phrasal
            Tom Reid spoke. He and Ann Holt went at each other on local radio.        => Tom Reid > Ann Holt       => reciprocal
            Commissioner Tom Reid and Commissioner Ann Holt have spent the last ten minutes accusing each other of grandstanding. => Ann Holt > Tom Reid => reciprocal
            Tom Reid voted against the plan. Ann Holt mocked Reid's rebellion as a profile in courage. => Ann Holt > Tom Reid => verb-active
            Prime Minister Tom Reid took the first question. Priya Patel spoke next. Speaker Ann Holt then chided the Prime Minister for his language. => Ann Holt > Tom Reid => verb-active
            Natural Resources Minister Ann Holt faced questions. Tom Reid showed no restraint. In question period, he accused the Liberal minister of governing by press release. => Tom Reid > Ann Holt => verb-active
            Ann Holt went further, accusing Tom Reid of misleading voters and saying his claim was based on a survey that does not exist. => Ann Holt > Tom Reid => verb-active
            Ann Holt accused Tom Reid of lying. "I checked myself. He made it up," she said. "There is no ranking." Reid, reached by phone, fired back. => Tom Reid > Ann Holt => retort
            At the centre of the row is the Minister for Housing, Ann Holt. Tom Reid spoke on the radio. Priya Patel savaged the Minister as a caretaker. => Priya Patel > Ann Holt => verb-active
            2.31pm: Tom Reid, the National leader, rounds on Ann Holt.                => Tom Reid > Ann Holt       => phrasal
            Labor treasurer Tom Reid took a dixer and used it to lay into the shadow treasurer, Ann Holt. => Tom Reid > Ann Holt => phrasal
            Tom Reid and Ann Holt spent much of the session insulting each other.     => Ann Holt > Tom Reid       => reciprocal
            Tom Reid spoke last week, when he dismissed Ann Holt as "yesterday's man with yesterday's answers." => Tom Reid > Ann Holt => verb-label
            Tom Reid dismissed Ann Holt's claims as nonsense.                          => Tom Reid > Ann Holt       => verb-label
            Tom Reid dismissed Ann Holt as a "continuity candidate".                   => Tom Reid > Ann Holt       => verb-label
            Ann Holt spoke. Tom Reid has less time for Holt, whom he dismisses as "a pub bore". => Tom Reid > Ann Holt => verb-label
            When Ann Holt rose, the chancellor knew the danger. Tom Reid later mocked the chancellor's growth forecasts. => Tom Reid > Ann Holt => verb-active
            Ann Holt wasted no time in attacking Tom Reid.                            => Ann Holt > Tom Reid       => verb-active
            Tom Reid said the plan was a sham. That's a pointed swipe at Ann Holt.      => Tom Reid > Ann Holt       => noun-at
            Ann Holt went to work. The moment that made her name came in 2022, when she accused the housing minister, Tom Reid, of sleepwalking. => Ann Holt > Tom Reid => verb-active
            Tom Reid accused Ann Holt of hiding costs. The pair traded barbs for an hour before the committee's chair, Priya Patel, called a break. => Ann Holt > Tom Reid => reciprocal
            Tom Reid chairs the committee. Ann Holt took a swipe at the committee chairman's timetable. => Ann Holt > Tom Reid => noun-at
            Ann Holt quit the party. Its nominee, Tom Reid, has ridiculed her centrist platform. => Tom Reid > Ann Holt => verb-active
            At her launch, Ann Holt wasted no time in taking aim at Tom Reid.         => Ann Holt > Tom Reid       => noun-at
            Reform UK candidate Tom Reid is standing. Ann Holt took aim at her Reform UK opponent. => Ann Holt > Tom Reid => phrasal
            Ann Holt and Priya Patel are the contenders. Tom Reid dismissed both women as continuity candidates. => Tom Reid > Ann Holt => verb-label
            Ann Holt and Priya Patel spoke on Monday. Tom Reid took a swipe at both of them on Tuesday. => Tom Reid > Priya Patel => noun-at
            Ann Holt and Priya Patel spoke on Monday. Tom Reid mocked the two of them as yesterday's women. => Tom Reid > Ann Holt => verb-active
            The shadow minister, Tom Reid, has accused the minister, Ann Holt, of rubber-stamping what she called a carbon bomb. => Tom Reid > Ann Holt => verb-active
            Ann Holt denied the claim, accusing Tom Reid of a smear.                  => Ann Holt > Tom Reid       => verb-active
            Tom Reid leaves Parliament this week. He is less forgiving of Sam Voss, who mocked his maiden speech in February. => Sam Voss > Tom Reid => verb-active
            Tom Reid called Ann Holt's speech a piece of nonsense.                    => Tom Reid > Ann Holt       => verb-label
            Energy minister Tom Reid spoke. Health minister Jane Patel spoke. Ann Holt accused Tom Reid of lying. Sam Keddie then mocked both ministers as hopeless. => Sam Keddie > Jane Patel => verb-active
            Ann Holt and Jane Patel spoke. The loudest contribution came, inevitably, from Tom Reid of Reform UK, who lashed out at both Ms Holt and Ms Patel. => Tom Reid > Jane Patel => phrasal
            Candidates Ann Holt and Tom Reid stood. Tom Reid also took a pop at Holt, saying her plan would never pass. => Tom Reid > Ann Holt => noun-at
            Isla Baird blamed council leader Alasdair Baird. Sorcha Patel spoke next. She turned on both Bairds. => Sorcha Patel > Alasdair Baird => phrasal
            Councillors Pádraig Tuohy and Eamon Tuohy spoke. The two Tuohys traded insults across the chamber. => Eamon Tuohy > Pádraig Tuohy => reciprocal
            Alasdair Reid, the member for Ross Coast, who is no relation, accused Kenneth Reid-Moir of betraying the voters. => Alasdair Reid > Kenneth Reid-Moir => verb-active
            Ann Holt, who is a former minister, accused Tom Reid of lying.             => Ann Holt > Tom Reid       => verb-active
            Siobhán Brady, who is no relation to the minister, condemned Tom Reid's remarks as nonsense. => Siobhán Brady > Tom Reid => verb-active
            Ann Holt attacked Tom Reid. Mr Reid, a former trade union organiser who has represented Salford West since 2015, hit back that she was wrong. => Tom Reid > Ann Holt => retort
            Mr Tom Reid was also scathing about the opposition, accusing Ms Ann Holt of using islanders as props. => Tom Reid > Ann Holt => verb-active
            Tom Reid spoke on the radio last week, and came under fire from Ann Holt.  => Ann Holt > Tom Reid       => noun-from
            Tom Reid was mocked. Sam Voss called Reid “a psychopath” over the weekend. => Sam Voss > Tom Reid       => verb-label
            Tom Reid won. Ann Holt spoke in Leeds, after the seat was called, following a day in which she criticized Reid on schools. => Ann Holt > Tom Reid => verb-active
            Tom Reid held a rally. Labour front-runner Ann Holt, also campaigning in Leeds, said Reid is responsible and accused him of inciting anger. => Ann Holt > Tom Reid => verb-active
            Ann Holt spoke. In a subtle jab at Tom Reid, who has fought to scrap the law, Holt said the law works. => Ann Holt > Tom Reid => noun-at
            Ann Holt spoke. In a jab at Tom Reid, who opposes the law, Holt said, ‘the law works and everyone knows it.’ => Ann Holt > Tom Reid => noun-at
            Tom Reid claimed the county could save £5m a year. The claim was ridiculed by Ann Holt. => Ann Holt > Tom Reid => act-author
            Ann Holt spoke. Tom Reid spoke. Holt delivered the night's most pointed critique, knocking Reid's plan as “a tax on every family.” => Ann Holt > Tom Reid => verb-active
            Tom Reid mocks Ann Holt's statement. Holt shoots back at Reid: “I have served here for six years.” => Ann Holt > Tom Reid => phrasal
            Tom Reid was left red-faced after Ann Holt ripped into him. She roared: “You should be ashamed.” The pair then traded insults. => Tom Reid > Ann Holt => reciprocal
            Ann Holt spoke. To a packed audience at Gateshead's Sage Centre, Ms Holt accused shadow chancellor Tom Reid of plotting cuts that were the equivalent of sacking every teacher, GP and nurse in the country. => Ann Holt > Tom Reid => verb-active
            Tom Reid resigned on Monday amid criticism from Ann Holt.                  => Ann Holt > Tom Reid       => noun-from
            Tom Reid won the vote despite fierce attacks from Ann Holt over the budget. => Ann Holt > Tom Reid      => noun-from
            Tom Reid has hardened her tone, eager to keep her base and to show resolve amid attacks from Ann Holt over the budget. => Ann Holt > Tom Reid => noun-from
            Tom Reid hit back on Monday after criticism from Ann Holt.               => Ann Holt > Tom Reid       => noun-from
            Tom Reid was re-elected following attacks from Ann Holt.                  => Ann Holt > Tom Reid       => noun-from
            Tom Reid, seeking a third term, has faced a steady barrage from state Treasurer Ann Holt. => Ann Holt > Tom Reid => noun-from
            Tom Reid spoke. Ann Holt spoke. Reid saved some of his sharpest words this week for Holt rather than Patel. => Tom Reid > Ann Holt => harsh-words
            Tom Reid spoke. Ann Holt told reporters that Mr Reid had been "rude, shouty and disrespectful". => Ann Holt > Tom Reid => said-label
            Tom Reid defected. The move was condemned by Ann Holt, who said Mr Reid had let down the activists. => Ann Holt > Tom Reid => said-wrong
            Ann Holt said the prime minister, Tom Reid, had "treated voters in the north with contempt". => Ann Holt > Tom Reid => said-wrong
            Ann Holt tore into Tom Reid, branding his dossier “an insult”. The Justice Secretary accused his colleague of lying. Ms Holt did not stop there. She also laid into Sam Patel. The row will horrify No10. But Mr Reid hit straight back. => Tom Reid > Ann Holt => retort
            Tom Reid struck first. Ann Holt waved it away. From that point the two rivals traded jibes at every turn. => Ann Holt > Tom Reid => reciprocal
            Tom Reid (R) and Democrat Ann Holt, a pediatrician making her first run for office, have spent the fall accusing each other of dishonesty. => Ann Holt > Tom Reid => reciprocal
            Tom Reid spoke. In a speech to a business luncheon in Detroit that aides had billed as a policy address, the Republican nominee spent nearly 10 minutes on Ann Holt, the state’s Democratic attorney general, accusing her of presiding over chaos. => Tom Reid > Ann Holt => verb-active
            Ann Holt spoke. Tom Reid dismissed Holt as “a sore loser who never got over losing the primary”. => Tom Reid > Ann Holt => verb-label
            Ann Holt spoke. Tom Reid said Holt had been a rubber stamp for her party's leadership. => Tom Reid > Ann Holt => said-label
            Tom Reid said Ann Holt was too close to Wall Street to be trusted.         => Tom Reid > Ann Holt       => said-label
            Tom Reid said Ann Holt was a danger to the country.                        => Tom Reid > Ann Holt       => said-label
            Tom Reid suggested that Ann Holt would be too ready to use force.        => Tom Reid > Ann Holt       => said-label
            Ann Holt spoke. Tom Reid called Holt's plan a fantasy.                    => Tom Reid > Ann Holt       => verb-label
            Tom Reid called Ann Holt's remarks racist.                                => Tom Reid > Ann Holt       => verb-label
            Tom Reid called Ann Holt's statements and actions on Sunday "childish."    => Tom Reid > Ann Holt       => verb-label
            Tom Reid called Ann Holt's remarks about a judge ''racist,'' an extraordinary indictment. => Tom Reid > Ann Holt => verb-label
            Tom Reid spoke. Reid has talked of a stolen election and called Ann Holt the "Devil." => Tom Reid > Ann Holt => verb-label
            Sam Patel has been taking heat back home for not condemning Ann Holt's attacks on Tom Reid. => Ann Holt > Tom Reid => noun-possessive
            Ann Holt met Tom Reid. Party leaders hope that Holt will tone down her attacks against Reid. => Ann Holt > Tom Reid => noun-possessive
            Ann Holt ripped into Declan Furlong over the makeover. The Fianna Fáil leader hit back, accusing Ms Holt of gutter politics. => Declan Furlong > Ann Holt => retort
            Tom Reid took issue with Ann Holt's talk about rigged elections.          => Tom Reid > Ann Holt       => phrasal
            Tom Reid poured cold water on Ann Holt's plan for the docks.             => Tom Reid > Ann Holt       => phrasal
            Tom Reid took Ann Holt to task for her comments on Monday.               => Tom Reid > Ann Holt       => phrasal
            Ann Holt heaped scorn on Tom Reid and his plan.                           => Ann Holt > Tom Reid       => phrasal
            Ann Holt spoke. Home Office minister Clive Reid, 47, brands Education Secretary Ann Holt “hopelessly out of her depth” and claims the plans are “a shambles”. => Clive Reid > Ann Holt => verb-active
            Ann Holt spoke. But Ms Holt was herself attacked by the Liberal Democrat leader, Tom Reid, over her party's plan. => Tom Reid > Ann Holt => verb-passive
            Ann Holt spoke. Tom Reid used his first conference speech as Tory leader to launch a blistering attack on Ann Holt. => Tom Reid > Ann Holt => noun-at
            Tom Reid spoke. Rep. Ann Holt, D-Ill., filed a complaint accusing Reid of fraud. => Ann Holt > Tom Reid => verb-active
            Tom Reid spoke. The announcement came two months after Rep. Ann Holt filed a complaint accusing Reid of fraud. => Ann Holt > Tom Reid => verb-active
            Rep. Tom Reid was booed. Ann Holt grabbed the microphone and tore into the four-term congressman. => Ann Holt > Tom Reid => phrasal
            Sen. Ann Ostrander accused Tom Haskett of lying. The spot says Ostrander, D-Minn., voted to cut Medicare. Haskett, a centrist Democrat who served two terms as Colorado's governor before entering the race last spring, hit back at Ostrander within hours. => Tom Haskett > Ann Ostrander => phrasal
            Tom Reid spoke. Ann Holt also maintained that Paul Ryan should focus on the budget, and mocked him for losing in 2012. => Ann Holt > Paul Ryan => verb-active
            Tom Reid spoke. He also maintained that Paul Ryan should focus on the budget, and mocked him for losing in 2012. => Tom Reid > Paul Ryan => verb-active
            Colleen Marsh accused Dale Hinkley of sitting on his hands. Hinkley dismissed the attack as "desperation". => Dale Hinkley > Colleen Marsh => verb-label
            Tom Reid accused Ann Holt of lying. Holt dismissed the accusation as nonsense. => Ann Holt > Tom Reid => verb-label
            Tom Reid's disparaging remarks about Ann Holt may have cost him votes.      => Tom Reid > Ann Holt       => noun-about
            Joe Irvine was berated by judge Natalia Kills for stealing her husband's style. => Natalia Kills > Joe Irvine => verb-passive
            Lindsey Graham and Chuck Grassley have since denounced Donald Trump's comments. => Chuck Grassley > Donald Trump => verb-active
            Walter Hewlett sniped that Carly Fiorina was "learning on the job."          => Walter Hewlett > Carly Fiorina => verb-active
            Tom Fitton charged that Ann Holt hid the documents from the public.          => Tom Fitton > Ann Holt     => said-wrong
            Ann Holt spoke. "We will not panic," Holt told a crowd, following a day in which she criticized Tom Reid. => Ann Holt > Tom Reid => verb-active
            Ann Holt spoke. "Fear wins nothing. We will not panic," Holt told a crowd, following a day in which she criticized Tom Reid. => Ann Holt > Tom Reid => verb-active
            Donald Trump spoke. But he spent more time mocking a familiar target: Jeb Bush. => Donald Trump > Jeb Bush => verb-active
            Arsene Wenger, who was fined pounds 15,000 in December for accusing Ruud van Nistelrooy of cheating, spoke. => Arsene Wenger > Ruud van Nistelrooy => verb-active
            Michael Howard told Tony Blair: "You have betrayed the people of this country." => Michael Howard > Tony Blair => told-quote
            Tom Reid and Ann Holt rowed. He told Ms Holt: "Don't tell lies, Ann, you've told too many." => Tom Reid > Ann Holt => told-quote
            Ann Holt told Tom Reid: "You are a disgrace."                               => Ann Holt > Tom Reid       => told-quote
            Charles Kennedy said Tony Blair had "no credibility left" on the issue.     => Charles Kennedy > Tony Blair => said-label
            Prime Minister Tom Reid spoke. Ann Holt said the prime minister should be ashamed of himself. => Ann Holt > Tom Reid => said-label
            Elizabeth Warren has been one of Donald Trump's harshest critics.          => Elizabeth Warren > Donald Trump => noun-critic
            Elizabeth Warren, Donald Trump's fiercest critic, spoke on Monday.         => Elizabeth Warren > Donald Trump => noun-critic
            Tom Reid said he would make an exception for him, drawing a sharp reply from Ann Holt. => Ann Holt > Tom Reid => noun-from
            Tom Reid's plan drew a blistering rebuttal from Ann Holt.                 => Ann Holt > Tom Reid       => noun-from
            Hammering Tom Reid once again over claims he used his post to help friends, Ann Holt said the revelations were troubling. => Ann Holt > Tom Reid => verb-active
            Ann Holt poked at Tom Reid's soft spots during the debate.               => Ann Holt > Tom Reid       => phrasal
            Ann Holt swiped at Tom Reid on Monday.                                    => Ann Holt > Tom Reid       => phrasal
            Ann Holt, a former chairman, poked at Tom Reid's persistent sniffing during the Monday night debate. => Ann Holt > Tom Reid => phrasal
            Ann Holt on Wednesday called on Tom Reid to apologise for his remarks.     => Ann Holt > Tom Reid       => resignation-call
            Ann Holt complained that Tom Reid had ignored her call for a meeting.      => Ann Holt > Tom Reid       => said-wrong
            Ann Holt also complained that Tom Reid rarely returns her calls.           => Ann Holt > Tom Reid       => said-wrong
            "You're very rude, and I'm not going to call on you," Ann Holt told Tom Reid. => Ann Holt > Tom Reid => told-quote
            Tom Reid and Ann Holt met. The moderator, Sam Patel, asked Holt why she decided to attack Reid personally. => Ann Holt > Tom Reid => verb-active
            Ann Holt defended Tom Reid's remarks, which Sam Patel has condemned.       => Sam Patel > Tom Reid      => verb-active
            Ann Holt compared Tom Reid to Hitler.                                      => Ann Holt > Tom Reid       => verb-label
            Ann Holt likened the reporter, Tom Reid, to a concentration camp guard.    => Ann Holt > Tom Reid       => verb-label
            Tony Blair met the mayor, Ken Livingstone. Mr Blair repeated calls for the mayor to apologise for his remarks. => Tony Blair > Ken Livingstone => resignation-call
            After their appearance, Ann Holt complained Tom Reid unfairly had attacked her. => Ann Holt > Tom Reid => said-wrong
            Tom Reid shrugged off Ann Holt's criticism.                                => Ann Holt > Tom Reid       => noun-from
            After the debate, Ann Holt told reporters she thought Tom Reid had "made up the story." => Ann Holt > Tom Reid => said-wrong
            Ann Holt said that Tom Reid "melted down last night."                     => Ann Holt > Tom Reid       => said-wrong
            The opening question forced Tom Reid to respond to Ann Holt's accusations that the city would suffer. => Ann Holt > Tom Reid => noun-from
            Asked by Sam Patel to respond to Ann Holt's criticism, Tom Reid said nothing. => Ann Holt > Tom Reid => noun-from
            Ann Holt took a poke at Tom Reid on Tuesday.                              => Ann Holt > Tom Reid       => noun-at
            Ann Holt held Tom Reid responsible for the chaos.                         => Ann Holt > Tom Reid       => verb-label
            Ann Holt went on the offensive against Tom Reid.                          => Ann Holt > Tom Reid       => noun-at
            Ann Holt and Sam Cole ganged up on Tom Reid in the debate.                => Ann Holt > Tom Reid       => phrasal
            The other candidates piled on Tom Reid, and Ann Holt piled on him hardest. => Ann Holt > Tom Reid      => phrasal
            Ann Holt gave Tom Reid a tongue-lashing over the budget.                  => Ann Holt > Tom Reid       => noun-at
            Ann Holt gave Tom Reid a stern rebuke.                                    => Ann Holt > Tom Reid       => noun-at
            The row drew a damning reaction from Ann Holt, who called Tom Reid "unfit to serve" as mayor. => Ann Holt > Tom Reid => verb-label
            Senators, including Sens. Ann Holt (Ariz.), Tom Reid (N.H.) and Sam Cole (Iowa) have since denounced Priya Patel's comments. => Tom Reid > Priya Patel => verb-active
            Ann Holt spoke out sharply against Tom Reid's influence.                  => Ann Holt > Tom Reid       => phrasal
            Ann Holt said she thought Sam Cole's comments were "well justified" and Tom Reid's style of leadership was "corrosive." => Ann Holt > Tom Reid => said-label
            Tom Reid's comments came on Monday. The next day Ann Holt condemned the comments. => Ann Holt > Tom Reid => verb-active
            Sam Cole issued a condemnation of Tom Reid's comments. Ann Holt said the comments were 'wrong, dangerous and divisive'. => Ann Holt > Tom Reid => said-label
            Ann Holt filed a lawsuit in 2013 alleging that Tom Reid had defrauded thousands of students. => Ann Holt > Tom Reid => said-wrong
            Ann Holt said after the service that Tom Reid'should resign immediately' as chairman. => Ann Holt > Tom Reid => resignation-call
            Ann Holt said Tom Reid lacked the temperament to lead.                     => Ann Holt > Tom Reid       => said-label
            Ann Holt argued that Tom Reid lacks credibility on the economy.            => Ann Holt > Tom Reid       => said-label
            Ann Holt warned that Tom Reid would be a disaster as mayor.                => Ann Holt > Tom Reid       => said-label
            Ann Holt said Tom Reid's plan would be reckless.                           => Ann Holt > Tom Reid       => said-label
            Ann Holt questioned whether Tom Reid had the judgment to lead.             => Ann Holt > Tom Reid       => verb-active
            Ann Holt doubted that Tom Reid was fit to serve.                           => Ann Holt > Tom Reid       => verb-active
            Ann Holt sought to undermine Tom Reid's credibility.                       => Ann Holt > Tom Reid       => verb-active
            Ann Holt dinged Tom Reid over the budget.                                  => Ann Holt > Tom Reid       => verb-active
            Ann Holt pounced on Tom Reid's remarks.                                    => Ann Holt > Tom Reid       => phrasal
            Ann Holt seized on Tom Reid's comments about the strike.                   => Ann Holt > Tom Reid       => phrasal
            Ann Holt cast Tom Reid as an unreliable ally.                              => Ann Holt > Tom Reid       => verb-label
            Ann Holt called it a disgrace that Tom Reid had mocked a reporter.         => Ann Holt > Tom Reid       => verb-label
            ~Ann Holt released a radio ad calling it "dangerous" that Tom Reid "has no strategy."~ => Ann Holt > Tom Reid => verb-label
            Ann Holt told reporters she viewed Tom Reid as directly responsible for the attack. => Ann Holt > Tom Reid => verb-label
            Ann Holt branded Tom Reid a liar.                                          => Ann Holt > Tom Reid       => verb-label
            Ann Holt said Tom Reid's handling of the crisis was a mess.                => Ann Holt > Tom Reid       => said-label
            Ann Holt said Tom Reid had been complacent and disingenuous.               => Ann Holt > Tom Reid       => said-label
            Ann Holt called Tom Reid's plan disastrous.                                => Ann Holt > Tom Reid       => verb-label
            Ann Holt said Tom Reid was one of the most dangerous men in Britain.       => Ann Holt > Tom Reid       => said-label
            Ann Holt said Tom Reid had gone too far in his reforms.                    => Ann Holt > Tom Reid       => said-wrong
            Ann Holt said Tom Reid had crossed the line.                               => Ann Holt > Tom Reid       => said-wrong
            Ann Holt said Tom Reid had overstepped his authority.                      => Ann Holt > Tom Reid       => said-wrong
            Ann Holt targeted Tom Reid in a new ad.                                    => Ann Holt > Tom Reid       => verb-active
            ~Tom Reid spoke in Leeds, in reply to Ann Holt's description of him as an "attack mongrel".~ => Ann Holt > Tom Reid => noun-label
            Ann Holt rejected Tom Reid's characterisation of her as a liar.            => Tom Reid > Ann Holt       => noun-label
            Tom Reid's dismissal of Ann Holt as a lightweight angered her supporters.  => Tom Reid > Ann Holt       => noun-label
            The criticism of Ann Holt by Tom Reid was harsh.                           => Tom Reid > Ann Holt       => noun-possessive
            The rebuke of Ann Holt by Tom Reid was unusually sharp.                    => Tom Reid > Ann Holt       => noun-possessive
            Ann Holt was cleared, but the criticisms of her actions by Tom Reid still weigh on her. => Tom Reid > Ann Holt => noun-possessive
            Ann Holt suggested Tom Reid went too far.                                  => Ann Holt > Tom Reid       => said-wrong
            ~President Tom Reid spoke on Monday. The attack sparked a fresh debate over how the country responds to Islamist militant violence at home and abroad, with Senator Ann Holt telling reporters on Thursday she viewed Reid as "directly responsible" for the attack.~ => Ann Holt > Tom Reid => verb-label
            Ann Holt celebrates before claiming that Labour boss Tom Reid 'lacked respect' before the game. => Ann Holt > Tom Reid => said-label
            Tom Reid said immigrants should be sent home. Ann Holt said the comments were disgraceful. => Ann Holt > Tom Reid => said-label
            Tom Reid said immigrants should be sent home. Ann Holt called the remarks "vile and divisive". => Ann Holt > Tom Reid => verb-label
            Labour leader Kim Vale said it was wrong while Lib Dem Ann Holt accused Mr Reid of 'instilling fear'. => Ann Holt > Reid => verb-active
            ~Kim Vale condemned Tom Reid's comments. Reid spoke in Leeds. He said more. Vale added: 'It is wrong.' Ann Holt called the comments "vile and divisive".~ => Ann Holt > Tom Reid => verb-label
            Republican nominee Tom Reid spoke on Monday. Reid's row with the family drew a damning reaction from Ann Holt, who called the Republican nominee "unfit to serve". => Ann Holt > Tom Reid => verb-label
            Ann Holt hit Tom Reid for taking money from the banks.                     => Ann Holt > Tom Reid       => verb-active
            Ann Holt on Monday hit Tom Reid on immigration.                            => Ann Holt > Tom Reid       => verb-active
            Ann Holt has a new campaign ad hitting Tom Reid for not paying taxes.      => Ann Holt > Tom Reid       => verb-active
            Priya Patel spoke. Ann Holt interjected by hitting Tom Reid for using eminent domain. => Ann Holt > Tom Reid => verb-active
            Senator Ann Holt grilled bank chief Tom Reid on Tuesday for his role in the scandal. => Ann Holt > Tom Reid => verb-active
            Ann Holt grilled Tom Reid over the scandal.                                => Ann Holt > Tom Reid       => verb-active
            Ann Holt called Tom Reid the "biggest barrier" to progress.                => Ann Holt > Tom Reid       => verb-label
            President Ann Holt will lead an effort to paint Tom Reid as unfit to be commander-in-chief. => Ann Holt > Tom Reid => verb-label
            Ann Holt withdrew her support for Tom Reid, saying he lacks the temperament to be president. => Ann Holt > Tom Reid => said-label
            Ann Holt told reporters that she agreed Tom Reid was a liar.               => Ann Holt > Tom Reid       => said-label
            Tom Reid spoke. His comments came as the leader of the party, Ann Holt, called him "a disappointment of historic proportions". => Ann Holt > Tom Reid => verb-label
            In 1952, Ann Holt and her future deputy, Priya Patel, criticized Tom Reid's plan. => Priya Patel > Tom Reid => verb-active
            The minister Ann May spoke. May accused Tom Reid of lying.                 => Ann May > Tom Reid        => verb-active
            Ann Holt says Tom Reid attacked her on Monday.                            => Tom Reid > Ann Holt       => verb-active
            Tom Reid, who says Jim Patel attacked him, spoke on Monday.               => Jim Patel > Tom Reid       => verb-active
            Tom Reid, who says Jim Patel is attacking him because the polls have tightened, spoke on Monday. => Jim Patel > Tom Reid => verb-active
            Ann Holt — who has called for big tax hikes on the rich — attacked Tom Reid on Monday. => Ann Holt > Tom Reid => verb-active
            Tom Reid said Ann Holt lacks "the strength or the stamina" to lead.        => Tom Reid > Ann Holt       => said-label
            Ann Holt and Tom Reid clashed over the budget on Tuesday.                  => Tom Reid > Ann Holt       => reciprocal
            Ann Holt, with whom Tom Reid clashed at Saturday's debate, spoke next.     => Tom Reid > Ann Holt       => reciprocal
            John Weaver, a strategist who has feuded with Ann Holt, wrote that the day was a disaster. => Ann Holt > John Weaver => reciprocal
            The feud between Ann Holt and Tom Reid has dominated the campaign.         => Tom Reid > Ann Holt       => reciprocal
            Ann Holt's spat with Tom Reid over the budget went on.                     => Ann Holt > Tom Reid       => reciprocal
            Ann Holt's speech was devoted to attacking Tom Reid.                       => Ann Holt > Tom Reid       => verb-active
            More than half of Ann Holt's address in Leeds was devoted to criticizing Tom Reid's record. => Ann Holt > Tom Reid => verb-active
            Ann Holt's speech focused on attacking Tom Reid's record.                  => Ann Holt > Tom Reid       => verb-active
            Ann Holt is intent on mocking Tom Reid at every turn.                      => Ann Holt > Tom Reid       => verb-active
            Tom Reid spoke. First Ann Holt, host of a radio show, sent out a tweet criticizing his work. => Ann Holt > Tom Reid => verb-active
            It became an issue, with Ann Holt — who has called for tax rises — lambasting Tom Reid's plan. => Ann Holt > Tom Reid => verb-active
            Ann Holt rallied Republicans with sharp attacks on Tom Reid and the Democratic Party. => Ann Holt > Tom Reid => noun-at
            Ann Holt has repeatedly referred to Tom Reid as "a disgrace".             => Ann Holt > Tom Reid       => verb-label
            Tom Reid spoke. Ann Holt, a vocal Reid critic, wrote the column.          => Ann Holt > Tom Reid       => noun-critic
            Tom Reid spoke. Ann Holt was an outspoken Tom Reid critic in 2004.        => Ann Holt > Tom Reid       => noun-critic
            Tom Reid spoke. The camp invited billionaire and Reid critic Ann Holt to the debate. => Ann Holt > Tom Reid => noun-critic
            Ann Holt referred to Tom Reid's remarks as "nonsense".                    => Ann Holt > Tom Reid       => verb-label
            Ann Holt characterized Tom Reid as dishonest.                             => Ann Holt > Tom Reid       => verb-label
            Ann Holt sought to rally Republicans to her cause with sharp and relentless attacks on Tom Reid. => Ann Holt > Tom Reid => noun-at
            Ann Holt said Tom Reid's comments make him unfit for office.              => Ann Holt > Tom Reid       => said-label
            Ann Holt said Tom Reid's record makes him look weak.                      => Ann Holt > Tom Reid       => said-label
            Tom Reid spoke. Ann Holt said Reid's remarks made it seem particularly insensitive. => Ann Holt > Tom Reid => said-label
            Tom Reid spoke. Ann Holt will return the favor, saying his reckless comments render him unfit for office. => Ann Holt > Tom Reid => said-label
            Ann Holt said Tom Reid and the party establishment are too concerned with self-interest. => Ann Holt > Tom Reid => said-label
            Tom Reid has been under fire from Ann Holt for weeks.                     => Ann Holt > Tom Reid       => noun-from
            Tom Reid spoke. Reid's back-and-forth with Ann Holt is about much more than tax. => Ann Holt > Tom Reid => reciprocal
            """)
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
