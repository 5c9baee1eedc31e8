/**
 * CRITICISED (and PRAISED): one named person verbally attacks (or praises) another.
 *
 * <p>{@link org.newskg.extractor.criticism.CriticismRules} parses only the sentences that hold a cue of
 * {@code cues.tsv} and at least two persons (or a pronoun or role nominal), then runs an ordered list of
 * named sieves over the parse; each settles the cues it can and the next skips them, and the sieve's name
 * is the triple's rule ({@code criticism.<name>}):
 *
 * <ol>
 *   <li>{@code reciprocal}: "Holt and Reid traded insults", "attacked each other", "Holt and Reid, who had gone after each other", "the two rivals ...",
 *       "Holt feuded with Reid", "Holt and Reid clashed over tax" (a verb reciprocal by itself; "clash" and "spar" only
 *       over something or where words are traded); a quarrel noun between two persons: "the feud between Holt and
 *       Reid", "Holt's row with Reid", "Holt had a blazing row with Reid", "a war of words between" (not a reported,
 *       denied or three-sided one) (both directions; "praised each other" is praise)</li>
 *   <li>{@code verb-passive} (Semgrex): "Reid was attacked by Holt"</li>
 *   <li>{@code verb-active}: "Holt slammed Reid", "condemned Mr Reid's comments", "a speech criticising Reid's record",
 *       "the one who attacked Reid was Holt", "used her speech to attack Reid", "joined the debate, accusing Reid of
 *       lying", "Holt mocked Patel for criticizing Reid" (Patel's criticism), "caused a stir in May, when he criticised
 *       Reid" (the main clause's subject of the pronoun's gender), "Holt said that Reid had shown disrespect, and he
 *       accused Reid of ..." (a conjunct in the simple past after a comma is narration, not the report),
 *       "Reid complained Holt unfairly had attacked him" (the object the parser gave the reporting verb is the
 *       perfect's subject), "Holt says Reid attacked her" (the object pronoun of a report with a named subject is the
 *       one who reports it, of its gender), "blamed the crisis on Reid", "released an ad that attacks Reid" (a speech,
 *       ad or video is its author's; not a letter someone received), "held a rally, while skewering Reid as ..." (a
 *       gerund the parser hung on its object), "with Holt attacking Reid", "Holt is on solid ground attacking Reid",
 *       "counter-accused Reid of ...", "sniped that Reid was learning on the job" (a scorning verb's reported subject),
 *       "mocking a familiar target: Reid" (a name after a colon), "Holt, who was fined 500 pounds for insulting Reid",
 *       "half of Holt's address was devoted to criticizing Reid's record", "focused on attacking Reid" (a gerund after
 *       "to" or "on" under a verb of devotion or focus), "sent out a tweet criticizing her work", "with Holt — who has
 *       called for tax rises — lambasting Reid's plan" (a participle after a closing dash is the phrase's before the
 *       opening one)</li>
 *   <li>{@code verb-label}: "Holt called Reid a liar", "called his remarks reckless", "dismissed Reid as a lightweight",
 *       "characterized Reid as dishonest", "referred to Reid as 'a disgrace'",
 *       "compared Reid to Hitler", "likened the reporter, Reid, to a concentration camp guard",
 *       "Reid accused Holt of lying. Holt dismissed the charge as nonsense." (a charge of charges.txt that names no
 *       author or target answers whoever last criticised the critic),
 *       "cast Reid as weak", "painted Reid as out of touch", "taking to Twitter to
 *       call Reid 'totally delusional'" (an adjective the parser made an adverb, after a named object), "called him a
 *       'pathological liar'", "called Reid the 'Devil'" (a noun predicate the parser made a bare noun or time modifier
 *       of the verb), "called Reid's remarks racist" (the object the parser glued to the insult as its compound),
 *       "called Reid's remarks about a judge 'racist'" (an insult the parser hung on an adjunct after the object),
 *       "called it a disgrace that Reid had mocked a reporter" (an insult of "it" is said of the clause after it),
 *       "viewed Reid as responsible for the attack" (a verb of belief blames only so: "considers Reid a racist" is no
 *       verbal attack)</li>
 *   <li>{@code noun-label}: "Hain's description of him as an 'attack mongrel'", "rejected Reid's characterisation of
 *       Holt as a liar" (a noun of labelling owned by the critic, "of" the target, "as" an insult)</li>
 *   <li>{@code said-label}: "Holt said Reid was unfit to lead", "said Reid's remarks were wrong" (an insult of
 *       insults.txt predicated in the reported clause; not inside a quote), "told Reid she was not fit for her post"
 *       (a denied quality of unfit-qualities.txt), "said the crisis was Reid's fault", "said it was inappropriate for
 *       Reid to criticise Patel", "said Reid should be ashamed of himself", "said Reid had no credibility left", "said Reid
 *       lacked the judgment to lead" (a lack of lacking.txt or of a quality), "warned that Reid would be a disaster" (a
 *       predicted insult, not of "it"), "said Reid was too close to Wall Street", "suggested that Reid would be too
 *       ready to use force" (an adjective under "too", unless excusable-excess.txt lists it: "too ill to travel");
 *       "Holt and Reid each said the other was unfit" (both directions); a pronoun only where it cannot be the speaker
 *       (the listener of "told", or the other gender than the named speaker)</li>
 *   <li>{@code said-wrong}: "Holt said Reid had misled voters", "said the chancellor had failed to deal with it",
 *       "suggested Reid feigned injury", "says Reid has failed", "said Reid poses a threat to the Constitution", "said
 *       Reid had treated her family disrespectfully" (a
 *       wrongdoing of wrongdoing.txt, or a deed in a manner of wrong-manners.txt, or "had gone too far", predicated
 *       of a named person or role nominal in the reported clause); after a verb of complaint any deed of a named person ("Holt complained
 *       that Reid had ignored her call", "complained Reid unfairly had attacked her")</li>
 *   <li>{@code told-quote}: "Howard told Blair: 'You have betrayed the country'", "told Mr Farage: 'Don't tell lies'",
 *       "told Reid: 'You are a disgrace'", "'You're very rude,' Holt told Reid" (a quotation to the listener, before or
 *       after the verb, accusing "you", or forbidding a wrongdoing)</li>
 *   <li>{@code phrasal}: "Holt hit out at Reid", "called out Reid", "Reid, whom Holt lit into at a debate" (a particle
 *       stranded in a relative clause)</li>
 *   <li>{@code noun-possessive} (Semgrex): "Holt's attack on Reid", "the criticism of Reid by Holt", "He said his
 *       attacks on Reid had paid off" (a possessive in a reported clause is the speaker of its gender), "views Holt as
 *       an unknown, because of his
 *       penchant for controversy and his harsh criticism of ... Reid" (a possessive critic is the one person of its
 *       gender its sentence named before it)</li>
 *   <li>{@code noun-from} (Semgrex): "Reid came under fire from Holt", "faced criticism from Holt", "is taking heat from
 *       Holt", "Reid said he would stay, drawing a sharp reply from Holt", "Reid shrugged off Holt's criticism", "forced
 *       Reid to respond to Holt's accusations" (the answerer is the target), "Reid resigned amid criticism from Holt", "eager to show resolve amid attacks from Holt" (the target the
 *       inherited subject), "has faced a steady barrage from Holt"; "That drew an attack from Holt" and "The remark drew a rebuke from Holt" (an act of act-nouns.txt the
 *       sentences before report, as for {@code act-author}) mean whom the sentences before were about</li>
 *   <li>{@code noun-that} (Semgrex): "Holt's accusation that Reid is lying"</li>
 *   <li>{@code noun-relative} ({@code NounRelative}): "an attack he leveled just seconds earlier at Reid" (a relative
 *       clause without pronoun the parser hung elsewhere)</li>
 *   <li>{@code noun-aimed} (Semgrex): "Holt's criticism was aimed at Reid"</li>
 *   <li>{@code noun-at}: "Holt launched an attack on Reid", "In a swipe at Reid, Holt said ...", "went on the attack
 *       against Reid", "concentrating her fire on Reid", "regretted lobbing insults at Reid" (a light verb's gerund the
 *       parser made an adjective)</li>
 *   <li>{@code adjective} (Semgrex): "Holt was critical of Reid"</li>
 *   <li>{@code noun-about} (Semgrex): "Holt made derogatory comments about Reid", "Holt's disparaging remarks about
 *       Reid", "said nasty things about Reid" (a REMARK adjective on a thing said)</li>
 *   <li>{@code feeling}: "Holt was appalled by Reid's remarks", "said she was disgusted at Reid" (the one who
 *       feels it, of a person or of what they said or did)</li>
 *   <li>{@code resignation-call} ({@code ResignationCall}): "Holt called on Reid to resign", "demanded Reid's
 *       resignation", "urged the board to sack Reid", "joined calls for Reid to stand down", "said Reid should resign",
 *       "repeated calls for the mayor to apologise"
 *       (what counts as leaving a post: exits.tsv)</li>
 *   <li>{@code noun-critic} (Semgrex): "Holt, a fierce critic of Reid, ...", "Holt has been a critic of Reid", "Holt,
 *       Reid's fiercest critic", "Holt has been one of Reid's harshest critics", "Holt, a vocal Reid critic", "Reid critic
 *       Ann Holt"</li>
 *   <li>{@code harsh-words} (Semgrex): "Holt reserved her sharpest words for Reid", "had harsh words for Reid", "saved
 *       some of her harshest criticism for Reid's plan"</li>
 *   <li>{@code act-author}: "Reid announced a cap. Holt condemned the move" (an act of act-nouns.txt with no owner
 *       named, whose author is the latest named main-clause subject within three sentences, reporting it with one of
 *       the act's verbs). A saying so reported is its author's for {@code verb-label} and {@code said-label} too: "Reid
 *       said immigrants should be sent home. Holt said the comments were disgraceful", "... Holt called the remarks
 *       'vile'" (not when the author's sentence names anyone else: "Cole said: 'Reid is attention seeking.'" is a
 *       reaction, and the comments after it are still Reid's)</li>
 *   <li>{@code headline}: "Holt Blasts Reid Over Plan" (a cue verb the tagger took for a plural noun, between two
 *       names, or after a writing of the first: "Holt tweet that blasts Reid"; no parse used)</li>
 *   <li>{@code retort}: "..., and Reid hit back" (at whoever just criticised Reid; a bare "But Reid hit straight back."
 *       at the only one who did a few paragraphs back); "Holt ripped into Reid. The Fianna
 *       Fáil leader hit back, accusing Ms Holt of ..." (a role nobody was given, answering the critic it names: the one
 *       just criticised)</li>
 *   <li>{@code continuation}: "First, Reid attacked Moore. Then he turned to Patel."</li>
 * </ol>
 *
 * <p>{@link org.newskg.extractor.criticism.Findings} turns every finding into triples the same way: both ends
 * must be persons (names, or pronouns and role nominals as {@code PersonIndex} resolves them, a role nominal the
 * title lookup misses only when the one resolver's answer is the one person the article named with that role and
 * the sentence does not name ("Cable accused the chancellor": {@code RoleNominals}), or names only as the owner of
 * something in a clause the nominal's relative or adverbial clause hangs below ("Reid's row drew a rebuke from Holt,
 * who called the Republican nominee unfit"); a critic and a target that are
 * pronouns of one gender ("Sanders questioned Trump's veracity. He called him a liar") are the named subject of the
 * sentence before and the one other person of that gender it names, the critic resolved first, else nothing
 * ({@code PronounPair}), unless the sentence names one person of that gender between them ("He said Ryan should
 * focus on the budget, and mocked him": Ryan); a he or she subject after "and" whose first verb's object is of its
 * gender and subject of the other is that object ("Grell accused Mayhew-Sloane ..., and she rounded on him"); an object "him" or "her" right after a sentence that criticised exactly one person of that
 * gender, with a named critic and nobody else of that gender before it, is that person ("Christie has demeaned Rubio's
 * toughness. And Cruz has cast him as weak"), and one the resolver leaves open is the one person of its gender the
 * article named, when all it named are of known gender and no unnamed person of that gender is near ("attack the
 * Democratic nominee's integrity, blaming her"); a partner word owned by the critic's "her" is the one the sentence
 * named the critic the partner of ("X's ex-girlfriend Y has taken a swipe at her former partner"); a role noun a
 * misattached relative clause hangs on is the critic ("The presidential hopeful, who castigates Reid"); a possessive on the object of a
 * verb with a named subject is that subject, not the reporter ("he said Reid will have to tone down his attacks on
 * Holt"); a role nominal target is never the person a he or she critic of its sentence is ("Halloway rose. He accused
 * the prime minister of ...": the pair gives nothing, unless the sentence names that person); a pronoun critic inside
 * a quotation opened before its sentence gives nothing ({@code Discourse.insideQuote}); a single
 * capitalised name counts when NER tags it a person and never anything else), a target that is something a
 * person said or did ("Reid's remarks", target-nouns.txt) stands for its owner, "them" as a target for the named
 * persons of a coordination the verb above holds ("sued Reid and other Democrats, accusing them of ..."), and negated, hedged or merely
 * intended cues ("did not criticise", "might be condemning", "refused to criticise", non-factive.txt), and cues in
 * what a denial takes back ("denied a report that she had called Reid a liar") give nothing. The Semgrex sieves are the lines of {@code patterns.semgrex}, each after an example sentence.
 */
package org.newskg.extractor.criticism;
