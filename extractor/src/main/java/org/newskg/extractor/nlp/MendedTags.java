package org.newskg.extractor.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Part-of-speech tags that CoreNLP's tagger gets wrong in ways that would wreck the parse, mended before the tokens
 * leave {@link Analyzer}: one token at a time ({@link #mendedTag}), and a surname that is also a modal, across an
 * article ({@link #modalsThatAreSurnames}).
 */
final class MendedTags {

    private MendedTags() {
    }

    /**
     * "Theresa May ... May accused Mr Corbyn of ...", "George Will ... Will described Trump as ...": the tagger reads a
     * capitalised surname that is also a modal as the modal, and the parse loses the sentence's subject. A modal is
     * followed by a verb's base form, never by a past or a present-tense form: a capitalised "modal" followed by one
     * (VBD, VBN, VBZ), that is the last word of a full name (two words or more, NER PERSON) of the same article, is that
     * person's surname (a proper noun tagged PERSON, and the verb after it a past tense, not a participle).
     */
    static List<Sentence> modalsThatAreSurnames(List<Sentence> sentences) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            List<Token> ts = s.tokens();
            for (int k = 1; k < ts.size(); k++) {
                boolean last = k + 1 == ts.size() || !"PERSON".equals(ts.get(k + 1).ner());
                if (last && "PERSON".equals(ts.get(k).ner()) && "PERSON".equals(ts.get(k - 1).ner())) {
                    surnames.add(ts.get(k).word());
                }
            }
        }
        List<Sentence> mended = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Token> ts = s.tokens();
            List<Token> copy = null;
            for (int k = 0; k + 1 < ts.size(); k++) {
                Token t = ts.get(k);
                Token next = ts.get(k + 1);
                if (t.pos().equals("MD") && Character.isUpperCase(t.word().charAt(0)) && surnames.contains(t.word())
                        && (next.pos().equals("VBD") || next.pos().equals("VBN") || next.pos().equals("VBZ"))) {
                    copy = copy == null ? new ArrayList<>(ts) : copy;
                    copy.set(k, new Token(t.index(), t.word(), t.begin(), t.end(), "NNP", t.word(), "PERSON",
                            t.sentence()));
                    String tense = next.pos().equals("VBN") ? "VBD" : next.pos();
                    copy.set(k + 1, new Token(next.index(), next.word(), next.begin(), next.end(), tense, next.lemma(),
                            next.ner(), next.sentence()));
                }
            }
            mended.add(copy == null ? s : new Sentence(s.index(), s.begin(), s.end(), copy));
        }
        return mended;
    }

    /** The auxiliaries of a perfect: "have since denounced". */
    private static final java.util.Set<String> PERFECT_AUX = java.util.Set.of("has", "have", "had", "'ve", "'s", "'d");
    /** Articles, after which a verb's base form is a noun: "took a poke/VB at". */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");

    /**
     * The tag of token {@code i}, with four tagger errors mended that would wreck the whole parse.
     * "by judge Natalia Kills", "Ann Marks said": a surname that is also a verb ("Kills/VBZ") inside a person's name (NER
     * tags it PERSON, right after a proper noun NER also tags PERSON) is a proper noun. "Holt and Reid have since/IN
     * denounced ...": "since" between an auxiliary and a past participle is an adverb. "Holt took a poke/VB at Reid": a
     * lower-case base form right after an article is a noun. A quotation mark taken for a possessive or a closing mark
     * that opens a quotation ({@link #opensQuotation}) is an opening one.
     */
    static String mendedTag(List<Token> ts, int i) {
        Token t = ts.get(i);
        String tag = t.pos();
        if (i == 0 || tag.startsWith("NNP")) {
            return tag;
        }
        Token before = ts.get(i - 1);
        if ("PERSON".equals(t.ner()) && "PERSON".equals(before.ner()) && before.pos().equals("NNP")
                && Character.isUpperCase(t.word().charAt(0)) && (tag.startsWith("VB") || tag.startsWith("NN"))) {
            return "NNP";
        }
        if (tag.equals("IN") && t.word().equalsIgnoreCase("since") && i + 1 < ts.size()
                && ts.get(i + 1).pos().equals("VBN") && PERFECT_AUX.contains(before.word().toLowerCase(java.util.Locale.ROOT))) {
            return "RB";
        }
        if ((tag.equals("VB") || tag.equals("VBP")) && ARTICLES.contains(before.word().toLowerCase(java.util.Locale.ROOT))
                && Character.isLowerCase(t.word().charAt(0))) {
            return "NN";
        }
        if (tag.equals("POS") && opensQuotation(ts, i, SINGLE_QUOTES)
                || tag.equals("''") && opensQuotation(ts, i, STRAIGHT_DOUBLE)) {
            return "``";
        }
        return tag;
    }

    /** Single quotation marks, as the tokenizer leaves them standing alone. */
    private static final java.util.Set<String> SINGLE_QUOTES = java.util.Set.of("'", "\u2018", "\u2019");

    /** The straight double quotation mark, which the tokenizer may take for a closing one after a word. */
    private static final java.util.Set<String> STRAIGHT_DOUBLE = java.util.Set.of("\"");

    /**
     * "called the comments 'one of the most shocking things'", "said Reid 'lacked respect'": a lone single quotation mark
     * the tagger took for a possessive, and "called Tony Blair "a disappointment of historic proportions"": a straight
     * double one it took for a closing mark, open a quotation when a word follows and the marks of the same kind after
     * it in the sentence are odd in number (one of them closes it); "the Tories' plan, which Reid called 'dead'" keeps
     * its possessive.
     */
    private static boolean opensQuotation(List<Token> ts, int i, java.util.Set<String> marks) {
        if (!marks.contains(ts.get(i).word()) || i + 1 >= ts.size()
                || !Character.isLetter(ts.get(i + 1).word().charAt(0))) {
            return false;
        }
        int after = 0;
        for (int k = i + 1; k < ts.size(); k++) {
            after += marks.contains(ts.get(k).word()) ? 1 : 0;
        }
        return after % 2 == 1;
    }
}
