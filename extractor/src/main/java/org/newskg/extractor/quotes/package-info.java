/**
 * SAID: direct quotes and their speakers.
 *
 * <p>{@link org.newskg.extractor.quotes.QuoteFinder} finds quotes in raw text (no NLP, linear): every
 * mark (' " ‘ ’ “ ” `` ''), apostrophes, nesting (outermost reported), quotes running over paragraphs
 * (one per paragraph) or re-opened inside one, a missing space before the mark, and quotes missing one
 * of their marks. A quote re-opened inside a paragraph flattened into one line (Daily Mail style, captions
 * inside) stops before two sentences in a row not in the first or second person. {@link org.newskg.extractor.quotes.QuoteRules} then finds each speaker on CoreNLP's
 * tokens, part of speech and {@link org.newskg.extractor.persons.PersonIndex}: a verb of saying after
 * the quote ("said.after", "said.after-inverted", also "‘...,’ Reid had said"; "said.sentence-end" when the quote's
 * sentence runs on and ends on ", X said." (or ", she said in a video message."), or ", said X."; "said.tagged" for a
 * quote that opens its sentence and is followed by a named speaker and any verb in the past, "‘...!’ Reid spluttered.";
 * words to be said too, "‘...,’ the president will say"), before it ("said.before", "said.colon-before",
 * "said.according-to"; a subject's date and reflexive are passed over, "Reid on Tuesday said", "Reid himself
 * conceded"; "said.claim-that" for a quote in the clause of a named person's claim, "blamed the media for Trump's claim
 * that Obama ‘founded ISIS’"), a colon ("said.colon"; also a headline's "‘...’: X on Y", not a caption's "‘Hero’: X (left)"), the previous quote for continued paragraphs
 * ("said.continued"), quotes with only their attribution between ("said.adjacent"), and a quote opening
 * its sentence right after indirect speech ("Mr X said closing pubs did little. ‘If ...’": "said.lead-in").
 * He/she and roles ("the chancellor", "the Spaniard", "the 28-year-old") are resolved by the article's
 * {@link org.newskg.extractor.persons.Discourse}, the resolver every predicate shares, with the speakers
 * found so far (of indirect speech and of quotes, scare quotes aside) as salient persons ("/pronoun",
 * "/role"); never to a person named in the quote itself or in the clause the verb reports ("Trump isn't a
 * conservative, he said"). A he/she right after "..., Professor X said." is X when X's gender is only
 * guessed from the given name. "The statement said" goes to the named person who
 * issued it in the three sentences before ("/document"). Appositives are skipped on both sides ("X, the
 * attorney general of Y, one of the states suing Z, said", "said a leading lawyer, X of Y"); a role speaker with
 * a name in apposition is that name ("said the chairman of the Commons committee, Labour MP X"), and so is a name
 * that opens the sentence before an appositive whose closing comma is missing ("X, the leader of the PCS union
 * said:"; not "X, a top aide said, ..."). "Shot back", "fired back", "hit back" are verbs of saying. A quote
 * after a verb that also takes a plain clause ("pledged", "continue") whose subject is no person is the words of
 * whoever reports that clause ("He added the government had pledged ‘...’"); not after a verb that only introduces
 * speech ("X said the police had said ‘...’": the police's). Two persons
 * named in full and joined by "and" at a finite verb of saying both said it ("..., Fox executives X Y and Z W said
 * in a statement").
 *
 * <p>Choices: a quote whose speaker is not a named person ("a spokesman said", "the BBC reported",
 * "a top strategist said", "X was asked") gives no triple. Fragments of up to three words inside a
 * sentence (scare quotes) are kept only when directly attributed, with confidence 0.45, under the 0.5
 * cut of {@code kg evaluate} ("/fragment"). A title is no speech: up to six capitalised words after "titled",
 * "the painting", "NBC's", ... ("Pissarro's 1886 'Shepherdess Bringing in Sheep'", "Meet the Press"), and the same
 * words quoted again later. Word lists are resources next to these classes.
 */
package org.newskg.extractor.quotes;
