package org.newskg.extractor.nlp;

import java.util.regex.Pattern;
import org.newskg.model.Mojibake;

/**
 * The text CoreNLP reads in place of an article's own ({@link #of}): characters its tokenizer, splitter or tagger
 * misreads (a letter garbled by a wrong decoding, {@link Mojibake}; an abbreviation's full stop, a curly apostrophe, a
 * live blog's time stamp, a dateline, a caption's end, a parenthesis between dashes, a glued quotation mark, a glottal
 * stop) are read as others it reads well. Each reading keeps the text's length, so every offset still points into the
 * article's own text.
 */
final class TextAsRead {

    private TextAsRead() {
    }

    /**
     * The full stop of an abbreviation before a bracket or a comma: "Sen. Ann Holt (D-Fla.) said", "Tom Reid,
     * R-Tex., accused", and of the dotted states it does not know after a party's letter ("(R-S.C.)", "R-N.H.,"; it
     * knows "N.Y." and "N.J."). CoreNLP's tokenizer splits it off the abbreviation it does not know and its splitter then
     * ends the sentence there, in the middle of every such sentence. CoreNLP reads it as a space (the same
     * length, so every offset still points into the article's own text).
     */
    private static final Pattern ABBREVIATION_STOP = Pattern.compile(
            "(?:(?<=[\\s(,\\-][A-Z][A-Za-z]{0,4})|(?<=\\b[RDI]-(?:N\\.C|S\\.C|N\\.H)))\\.(?=[),])");

    /**
     * A curly apostrophe inside a word ("Labour’s", "O’Malley", "don’t"): CoreNLP's tagger and NER, trained on straight
     * ones, misread the words around it ("Labour’s housing spokesman, Tadhg Verling," tags no person; 13 of 37 bulk
     * sentences with "O’Malley"-like surnames tagged none), so they read a straight one there (the same length: offsets
     * and the tokens' words still come from the article's own text). A closing quotation mark is never followed by a
     * letter; "MPs’ expenses" is left as written.
     */
    private static final Pattern IN_WORD_APOSTROPHE = Pattern.compile("(?<=\\p{L})\u2019(?=\\p{L})");

    /**
     * A live blog's time stamp opening a paragraph ("2.31pm: Pyke rounds on Stent", "21:19 – Holt ...", "10.05am Holt
     * ..."): CoreNLP parses the stamp as the sentence's head and the rest as its dependents. The character between the
     * stamp and the text is read as a line break, which always ends a sentence here (the same length: offsets stay).
     */
    private static final Pattern TIME_STAMP = Pattern.compile(
            "(?m)^((?:\\d{1,2}[.:]\\d{2}\\s?[aApP]\\.?[mM]\\.?|\\d{1,2}:\\d{2})"
                    + "(?:\\s?(?:GMT|BST|UTC|ET|EST|EDT|CT|PT|AEST|AEDT|NZST|NZDT))?\\s?)[:\\u2013\\u2014 -](?=\\s|\\p{Lu})");

    /**
     * An opening quotation mark written without the space before it ("that Hancock'should resign immediately'", "get rid
     * of'much of' it"): CoreNLP's tokenizer keeps "Hancock'should" one word, a name lost. An apostrophe between two
     * letters and a lower-case word that is no clitic ("it's", "we'd", "ma'am"), with a closing mark later on its line
     * (an apostrophe after a letter or a stop, before a space, a stop or the end; "club's" on the way is no closing
     * mark), is read as a straight double quotation mark, which the tokenizer splits off (a curly single one it does
     * not; the same length). Read before {@link #GLOTTAL_STOP}, which would take "Reid'should" for a name like
     * "Fa'alogo".
     */
    private static final Pattern GLUED_QUOTE = Pattern.compile(
            "(?<=\\p{L}{2})'(?=\\p{Ll}{2,})(?!(?:s|d|ll|re|ve|m|t|am|an|em|er|n)\\b)"
                    + "(?=(?:[^\\n']|(?<=\\p{L})'(?=\\p{L})){0,300}[\\p{L}.,!?]'(?:[\\s.,;:!?]|$))");

    /**
     * The glottal stop of a Polynesian name ("Ana Fa'alogo-Pryce", "Ka'ahumanu"): an apostrophe between lower-case
     * letters inside a capitalised word, not a clitic ("It's", "She'd"). CoreNLP's tokenizer splits such a word at
     * its hyphen, and no name survives; it reads the modifier letter apostrophe (U+02BC, a letter) instead, and the
     * token keeps the article's own text.
     */
    private static final Pattern GLOTTAL_STOP = Pattern.compile(
            "(?<=\\b\\p{Lu}\\p{Ll}{0,3})['\u2019](?=\\p{Ll})(?!(?:s|d|ll|re|ve|m|t)\\b)");

    /**
     * A wire story's dateline opening the first paragraph ("TUCSON — Rep. Ann Holt ...", "DES MOINES, Iowa (AP) — ...",
     * "WASHINGTON (Reuters) - ..."): CoreNLP reads the place as the sentence's subject. The space after its dash is read as
     * a line break, which always ends a sentence here (the same length: offsets stay). Only in an article's first
     * {@value #DATELINE_REACH} characters, and only a place in capitals of three letters or more.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^(\\p{Lu}{3,}\\.?(?:[ -]\\p{Lu}{2,}\\.?)*(?:, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)?"
                    + "(?: \\((?:AP|Reuters|AFP|UPI|CNN|Bloomberg|dpa|PA)\\))? ?(?:\u2014|\u2013|\u2015|--|-)) (?=\\p{Lu})");
    private static final int DATELINE_REACH = 600;

    /**
     * "Hillary Clinton — who has called for tax hikes on the rich — attacked Donald Trump": a parenthesis between two
     * dashes (em or en, spaced, in one sentence, words on both sides): CoreNLP's tagger and parser, trained on few
     * dashes, lose the sentence across it ("attacked" read as a participle of "Trump", the subject left without its
     * verb). They read the two dashes as commas, which they read well (the same length; the tokens keep the dashes as
     * written).
     */
    private static final Pattern PARENTHESIS = Pattern.compile(
            "(?<=[\\p{L}\\p{N}\"\u201d\u2019)]) [\u2014\u2013]( [^\n\u2014\u2013.!?;]{2,200}? )[\u2014\u2013] "
                    + "(?=[\\p{L}\\p{N}])");

    /** {@code text} as the pipeline reads it: the readings above, in this order (the same length). */
    static String of(String text) {
        String read = Mojibake.readAsLetters(text);
        read = IN_WORD_APOSTROPHE.matcher(ABBREVIATION_STOP.matcher(read).replaceAll(" ")).replaceAll("'");
        read = TIME_STAMP.matcher(read).replaceAll("$1\n");
        java.util.regex.Matcher dateline = DATELINE.matcher(read);
        if (dateline.find() && dateline.start() < DATELINE_REACH) {
            read = read.substring(0, dateline.end(1)) + "\n" + read.substring(dateline.end(1) + 1);
        }
        read = Captions.endsAsLineBreaks(read);
        read = PARENTHESIS.matcher(read).replaceAll(" ,$1, ");
        read = GLUED_QUOTE.matcher(read).replaceAll("\"");
        read = GLOTTAL_STOP.matcher(read).replaceAll("\u02bc");
        return read;
    }
}
