/**
 * SAID: direct quotes and their speakers.
 *
 * <p>{@link org.newskg.extractor.quotes.QuoteFinder} finds quotes in raw text (no NLP, linear): every
 * mark (' " ‘ ’ “ ” `` ''), apostrophes, nesting (outermost reported), quotes running over paragraphs
 * (one per paragraph) or re-opened inside one, a missing space before the mark, and quotes missing one
 * of their marks. {@link org.newskg.extractor.quotes.QuoteRules} then finds each speaker on CoreNLP's
 * tokens, part of speech and {@link org.newskg.extractor.persons.PersonIndex}: a verb of saying after
 * the quote ("said.after", "said.after-inverted"), before it ("said.before", "said.colon-before",
 * "said.according-to"), a colon ("said.colon"), the previous quote for continued paragraphs
 * ("said.continued") and quotes with only their attribution between ("said.adjacent"). He/she and roles
 * ("the chancellor") go to the latest compatible main-clause subject or speaker ("/pronoun", "/role").
 *
 * <p>Choices: a quote whose speaker is not a named person ("a spokesman said", "the BBC reported",
 * "a top strategist said", "X was asked") gives no triple. Fragments of up to three words inside a
 * sentence (scare quotes) are kept only when directly attributed, with confidence 0.45, under the 0.5
 * cut of {@code kg evaluate} ("/fragment"). Word lists are resources next to these classes.
 */
package org.newskg.extractor.quotes;
