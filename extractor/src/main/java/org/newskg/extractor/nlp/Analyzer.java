package org.newskg.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.model.ResourceFiles;

/**
 * The one owner of the CoreNLP pipeline: built once per process (model loading is the expensive
 * part) and shared by all threads; {@link StanfordCoreNLP#annotate(Annotation)} with these
 * annotators is thread-safe.
 *
 * <p>The dependency parser is not part of the pipeline: rules that need syntax ask for single
 * sentences with {@link #parse(Sentence)}, and the parser model is loaded on the first such call.
 */
public final class Analyzer {

    private static final String PROPERTIES = "/org/newskg/extractor/pipeline.properties";

    private final StanfordCoreNLP pipeline;
    private final String parserModel;
    private volatile DependencyParser parser;

    private Analyzer(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
        this.parserModel = props.getProperty("newskg.depparse.model", DependencyParser.DEFAULT_MODEL);
    }

    /**
     * The process's analyzer: the pipeline described by pipeline.properties, loaded on the first call (several
     * seconds) and shared by every later one, in production as in tests (one model load per test JVM).
     */
    public static Analyzer load() {
        return Shared.INSTANCE;
    }

    /** Loaded on first use of {@link #load()} (the holder idiom: thread-safe, once). */
    private static final class Shared {
        static final Analyzer INSTANCE = new Analyzer(defaultProperties());
    }

    public static Properties defaultProperties() {
        return ResourceFiles.properties(Analyzer.class, PROPERTIES);
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

    /** Tokenises, splits, tags and runs NER over {@code text}. */
    public Doc analyse(String articleId, String text) {
        String read = IN_WORD_APOSTROPHE.matcher(ABBREVIATION_STOP.matcher(text).replaceAll(" ")).replaceAll("'");
        read = TIME_STAMP.matcher(read).replaceAll("$1\n");
        java.util.regex.Matcher dateline = DATELINE.matcher(read);
        if (dateline.find() && dateline.start() < DATELINE_REACH) {
            read = read.substring(0, dateline.end(1)) + "\n" + read.substring(dateline.end(1) + 1);
        }
        read = Captions.endsAsLineBreaks(read);
        read = PARENTHESIS.matcher(read).replaceAll(" ,$1, ");
        read = GLUED_QUOTE.matcher(read).replaceAll("\"");
        read = GLOTTAL_STOP.matcher(read).replaceAll("\u02bc");
        Annotation annotation = new Annotation(read);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        int tokenIndex = 0;
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : coreSentences) {
            List<Token> tokens = new ArrayList<>();
            int si = sentences.size();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String word = t.originalText();
                if (word.equals(",") && t.beginPosition() < text.length() && text.charAt(t.beginPosition()) != ',') {
                    word = text.substring(t.beginPosition(), t.beginPosition() + 1); // a dash read as a comma
                }
                boolean apostrophe = word.indexOf('\'') >= 0 || word.indexOf('\u02bc') >= 0;
                if (apostrophe && t.endPosition() - t.beginPosition() == word.length()
                        && t.endPosition() <= text.length()) {
                    word = text.substring(t.beginPosition(), t.endPosition()); // "O’Malley" as written
                }
                tokens.add(new Token(tokenIndex++, word, t.beginPosition(), t.endPosition(), t.tag(),
                        t.lemma(), t.ner() == null ? "O" : t.ner(), si));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                String tag = mendedTag(tokens, k);
                if (!tag.equals(t.pos())) {
                    tokens.set(k, new Token(t.index(), t.word(), t.begin(), t.end(), tag, t.lemma(), t.ner(), si));
                }
            }
            sentences.add(new Sentence(si, tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens));
        }
        return new Doc(articleId, text, modalsThatAreSurnames(sentences));
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

    /**
     * The basic dependency parse of one sentence of a {@link Doc} made by this analyzer. Loads the
     * parser model on first use (about a second); thread-safe.
     */
    public Dependencies parse(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>();
        int i = 1;
        for (Token t : sentence.tokens()) {
            CoreLabel l = new CoreLabel();
            String word = t.word().length() > 1 ? t.word().replace('\u2019', '\'') : t.word(); // as the tagger read it
            l.setWord(word);
            l.setValue(word);
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setNER(t.ner());
            l.setIndex(i++);
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            labels.add(l);
        }
        CoreMap coreSentence = new ArrayCoreMap();
        coreSentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        GrammaticalStructure gs = parser().predict(coreSentence);
        int n = labels.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(rels, "dep");
        for (TypedDependency td : gs.typedDependencies()) {
            int dep = td.dep().index() - 1;
            if (dep >= 0 && dep < n) {
                heads[dep] = td.gov().index() - 1;
                rels[dep] = td.reln().toString();
            }
        }
        relativeWho(sentence.tokens(), heads, rels);
        relativeOfNounBeforeName(sentence.tokens(), heads, rels);
        nameUnderParenthetical(sentence.tokens(), heads, rels);
        participleOnDate(sentence.tokens(), heads, rels);
        relativeVerbTakenForSubject(sentence.tokens(), heads, rels);
        verbAfterRelative(sentence.tokens(), heads, rels);
        namesAfterOpening(sentence.tokens(), heads, rels);
        participleTakenForSubject(sentence.tokens(), heads, rels);
        clauseAfterSubordinator(sentence.tokens(), heads, rels);
        relativeTakenForComplement(sentence.tokens(), heads, rels);
        asPhraseTakenForSubject(sentence.tokens(), heads, rels);
        asClauseSubjectTakenForPhrase(sentence.tokens(), heads, rels);
        appositiveTakenForObject(sentence.tokens(), heads, rels);
        appositiveOfConjunct(sentence.tokens(), heads, rels);
        measureTakenForSubject(sentence.tokens(), heads, rels);
        pastTenseJoinedToModal(sentence.tokens(), heads, rels);
        relativeReportTakenForMainClause(sentence.tokens(), heads, rels);
        reportedSubjectTakenForObject(sentence.tokens(), heads, rels);
        reportTakenForSubject(sentence.tokens(), heads, rels);
        otherTakenForObject(sentence.tokens(), heads, rels);
        reportTakenForDep(sentence.tokens(), heads, rels);
        reportUnderAudience(sentence.tokens(), heads, rels);
        absoluteWithTakenForObject(sentence.tokens(), heads, rels);
        return new Dependencies(sentence, heads, rels);
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

    /** Verbs of saying whose object and infinitive-like complement the parser may make of a reported clause. */
    private static final java.util.Set<String> SAYS = java.util.Set.of("say", "claim", "insist", "argue", "suggest",
            "allege", "charge", "complain", "add", "warn", "contend", "declare", "maintain", "write", "tweet");
    /** Auxiliaries of a finite clause. */
    private static final java.util.Set<String> FINITE_AUX = java.util.Set.of("had", "has", "have", "was", "were", "is",
            "are", "would", "will", "could", "should", "did", "does", "might", "may", "must");

    /**
     * "Holt said Reid should be ashamed", "Holt warned Reid would be a disastrous president": the parser sometimes makes the
     * verb of saying the clausal subject (csubj) of the reported predicate, the reported subject its object. When a verb
     * of saying is the csubj of a predicate after it, with its object after it and a finite auxiliary or copula of the
     * predicate after that object, read the verb as the head (taking the predicate's place), the predicate as its
     * reported clause and the object as that clause's subject. Not "What Reid said was wrong": no object after the verb.
     */
    private static void reportTakenForSubject(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 0; v < heads.length; v++) {
            int x = heads[v];
            if (!rels[v].equals("csubj") || x <= v || !tokens.get(v).pos().startsWith("VB")
                    || !SAYS.contains(tokens.get(v).lemma())) {
                continue;
            }
            for (int o = v + 1; o < x; o++) {
                if (heads[o] != v || !rels[o].equals("obj")) {
                    continue;
                }
                if (!finiteAux(tokens, heads, rels, x, o + 1, x, true)) {
                    continue;
                }
                heads[v] = heads[x];
                rels[v] = rels[x];
                for (int k = 0; k < heads.length; k++) {
                    if (heads[k] == x && k < v) {
                        heads[k] = v; // what came before the verb was the sentence's, not the report's
                    }
                    if (heads[k] == x && rels[k].equals("punct") && k == heads.length - 1) {
                        heads[k] = v;
                    }
                }
                heads[x] = v;
                rels[x] = "ccomp";
                heads[o] = x;
                rels[o] = "nsubj";
                break;
            }
        }
    }

    /**
     * "Holt, who said Mr Reid had let down the activists": the parser sometimes reads the reported clause's subject as the
     * verb of saying's object and its verb as the verb's open complement (as in "saw Reid leave"). When a verb of saying
     * has an object followed by an xcomp (or a loose dependent) that has a finite auxiliary of its own after that
     * object, read the xcomp as the reported clause (ccomp) and the object as its subject.
     */
    private static void reportedSubjectTakenForObject(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 0; v < heads.length; v++) {
            if (!tokens.get(v).pos().startsWith("VB") || !SAYS.contains(tokens.get(v).lemma())) {
                continue;
            }
            for (int x = v + 1; x < heads.length; x++) {
                if (heads[x] != v || !(rels[x].equals("xcomp") || rels[x].equals("dep"))) {
                    continue; // "who says Trump is/dep attacking him": the parser's loose dependent too
                }
                for (int o = v + 1; o < x; o++) {
                    if (heads[o] != v || !rels[o].equals("obj")) {
                        continue;
                    }
                    if (finiteAux(tokens, heads, rels, x, o + 1, x, false)) {
                        heads[o] = x;
                        rels[o] = "nsubj";
                        rels[x] = "ccomp";
                    }
                }
            }
        }
    }

    /** How the parser hangs a clause it could not place on the verb before it. */
    private static final java.util.Set<String> LOOSE_CLAUSES = java.util.Set.of("dep", "parataxis", "conj");

    /**
     * "Tom Reid, who says Jim Patel is attacking him because ..., spoke on Monday": the parser makes the reported verb
     * ("attacking") the sentence's root with the relative clause's head ("Reid") as its subject, the reported subject
     * ("Patel") the object of "says", and the real main verb ("spoke") a loose dependent of it. When a verb of saying in
     * a relative clause on the root's subject has an object followed by a finite auxiliary of the root, and a past or
     * present verb with no subject of its own hangs on the root after a comma, read the root as the report (ccomp of the
     * verb of saying, the object its subject) and that verb as the main clause, with the relative clause's head as its
     * subject.
     */
    private static void relativeReportTakenForMainClause(List<Token> tokens, int[] heads, String[] rels) {
        int root = root(heads);
        if (root < 0) {
            return;
        }
        for (int x = 0; x < root; x++) {
            if (heads[x] != root || !rels[x].equals("nsubj")) {
                continue;
            }
            for (int v = x + 1; v < root; v++) {
                if (heads[v] != x || !rels[v].equals("acl:relcl") || !SAYS.contains(tokens.get(v).lemma())) {
                    continue;
                }
                int object = -1;
                for (int o = v + 1; o < root; o++) {
                    object = heads[o] == v && rels[o].equals("obj") ? o : object;
                }
                boolean aux = object >= 0 && finiteAux(tokens, heads, rels, root, object + 1, root, false);
                int main = -1;
                for (int m = root + 1; m < heads.length && main < 0; m++) {
                    String tag = tokens.get(m).pos();
                    if (heads[m] == root && LOOSE_CLAUSES.contains(rels[m]) && !hasSubject(m, heads, rels)
                            && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
                            && tokens.get(m - 1).word().equals(",")) {
                        main = m;
                    }
                }
                if (object < 0 || !aux || main < 0) {
                    continue;
                }
                attach(heads, rels, main, -1, "root");
                attach(heads, rels, x, main, "nsubj");
                attach(heads, rels, object, root, "nsubj");
                attach(heads, rels, root, v, "ccomp");
                attach(heads, rels, main - 1, main, "punct");
                for (int k = main + 1; k < heads.length; k++) {
                    if (heads[k] == root) {
                        heads[k] = main; // the full stop and whatever follows the main verb
                    }
                }
                return;
            }
        }
    }

    /**
     * "Holt and Reid clashed, each saying the other had misled voters": the parser makes "the other" the object of the
     * verb of saying (an acl of "each") and the reported verb a clause of its own with "each" as its subject. Read the
     * reported verb as the verb of saying's clause (ccomp) with "the other" as its subject, "each" left to the sentence.
     */
    private static void otherTakenForObject(List<Token> tokens, int[] heads, String[] rels) {
        for (int e = 0; e < heads.length; e++) {
            int x = heads[e];
            if (!tokens.get(e).word().equalsIgnoreCase("each") || !rels[e].equals("nsubj") || x <= e) {
                continue;
            }
            for (int v = e + 1; v < x; v++) {
                boolean onEach = heads[v] == e && (rels[v].equals("acl") || rels[v].equals("conj"))
                        || rels[v].equals("conj") && heads[v] > e && heads[heads[v]] == e && rels[heads[v]].equals("acl");
                if (!onEach || !SAYS.contains(tokens.get(v).lemma())) {
                    continue; // "each saying the other ...", "each touting their record and saying the other ..."
                }
                for (int o = v + 1; o < x; o++) {
                    if (heads[o] == v && rels[o].equals("obj") && tokens.get(o).word().equalsIgnoreCase("other")
                            && o > 0 && tokens.get(o - 1).word().equalsIgnoreCase("the")) {
                        heads[e] = heads[x];
                        rels[e] = "dep";
                        heads[x] = v;
                        rels[x] = "ccomp";
                        heads[o] = x;
                        rels[o] = "nsubj";
                        return;
                    }
                }
            }
        }
    }

    /**
     * "McCain telling reporters on Thursday he viewed Obama as responsible": the parser sometimes hangs a reported clause
     * that has no "that" on the verb of saying as a loose dependent or as parataxis. A finite verb with a subject of its
     * own, a dep or parataxis of a verb of saying after it with no punctuation between, is the verb's reported clause
     * (ccomp).
     */
    private static void reportTakenForDep(List<Token> tokens, int[] heads, String[] rels) {
        for (int x = 0; x < heads.length; x++) {
            int v = heads[x];
            boolean loose = rels[x].equals("dep") || rels[x].equals("parataxis");
            if (v < 0 || v >= x || !loose || !FINITE.contains(tokens.get(x).pos()) || !tokens.get(v).pos().startsWith("VB")
                    || !(SAYS.contains(tokens.get(v).lemma()) || REPORTING.contains(tokens.get(v).lemma()))) {
                continue;
            }
            boolean subject = false;
            boolean punctuation = false;
            for (int k = v + 1; k < x; k++) {
                subject |= heads[k] == x && rels[k].equals("nsubj");
                punctuation |= tokens.get(k).pos().equals(",") || tokens.get(k).pos().equals(":")
                        || tokens.get(k).pos().equals("``") || tokens.get(k).pos().equals("''");
            }
            if (subject && !punctuation) {
                rels[x] = "ccomp";
            } else if (!subject && !punctuation && SAYS.contains(tokens.get(v).lemma())) {
                objectBeforeReport(tokens, heads, rels, v, x);
            }
        }
    }

    /**
     * "Hain told BBC Radio Four's Today programme that Mr Howard's stance was putting the country at risk": the parser
     * sometimes hangs the reported clause of a verb of telling on its audience, the object noun before "that" (a ccomp of a
     * noun, which Universal Dependencies never has: a noun's clause is an acl), or as a relative clause whose "that" holds a
     * role the clause fills already ("told Sky News's political editor that Reid had betrayed voters"). That clause is the
     * verb's (ccomp), and its "that" the clause's mark.
     */
    private static void reportUnderAudience(List<Token> tokens, int[] heads, String[] rels) {
        for (int x = 0; x < heads.length; x++) {
            int n = heads[x];
            boolean relative = rels[x].equals("acl:relcl");
            if (n < 0 || n >= x || !rels[x].equals("ccomp") && !relative || !tokens.get(n).pos().startsWith("NN")
                    || !FINITE.contains(tokens.get(x).pos()) && !finiteAux(tokens, heads, rels, x, 0, x, true)) {
                continue;
            }
            int v = heads[n];
            if (v < 0 || v >= n || !rels[n].equals("obj") && !rels[n].equals("iobj") || !tokens.get(v).pos().startsWith("VB")
                    || !REPORTING.contains(tokens.get(v).lemma())) {
                continue;
            }
            int that = -1;
            for (int k = n + 1; k < x && that < 0; k++) {
                if ("that".equalsIgnoreCase(tokens.get(k).word()) && (heads[k] == x || heads[k] == n)) {
                    that = k;
                }
            }
            if (that < 0 || relative && !roleTaken(heads, rels, x, that)) {
                continue; // "told the story of how ...": no report of the verb's
            }
            rels[x] = "ccomp";
            heads[x] = v;
            heads[that] = x;
            rels[that] = "mark";
        }
    }

    /**
     * Whether the relative pronoun {@code that} holds a role of verb {@code x} (subject or object) that another of its
     * dependents holds too: "the editor that Reid had betrayed voters" is no relative clause.
     */
    private static boolean roleTaken(int[] heads, String[] rels, int x, int that) {
        for (int k = 0; k < heads.length; k++) {
            if (k != that && heads[k] == x && rels[k].equals(rels[that]) && (rels[k].equals("obj") || rels[k].equals("nsubj"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether verb {@code x} has a finite auxiliary of its own ("was putting", "had let") among tokens {@code from} to
     * {@code to} (exclusive); with {@code copula}, a finite copula counts too ("should be ashamed").
     */
    private static boolean finiteAux(List<Token> tokens, int[] heads, String[] rels, int x, int from, int to,
            boolean copula) {
        for (int a = Math.max(0, from); a < to; a++) {
            if (heads[a] == x && (rels[a].equals("aux") || copula && rels[a].equals("cop"))
                    && FINITE_AUX.contains(tokens.get(a).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Holt suggested Reid went too far": with no subject of its own, the loose finite verb's subject is the noun the
     * parser made the verb of saying's object, when that object's phrase ends right before the verb (a verb of saying
     * has no person for its object: "suggested Reid" is the start of the report). Not when a verb in the clause has a
     * conjunct verb, which may be the verb of saying's own.
     */
    private static void objectBeforeReport(List<Token> tokens, int[] heads, String[] rels, int v, int x) {
        for (int k = x + 1; k < heads.length; k++) {
            if (rels[k].equals("conj") && tokens.get(k).pos().startsWith("VB") && under(heads, k, x)) {
                return; // "claims her son was among the boys threatened ... and is calling for her to resign": whose?
            }
        }
        for (int o = v + 1; o < x; o++) {
            if (heads[o] != v || !rels[o].equals("obj") || !tokens.get(o).pos().startsWith("NN")) {
                continue;
            }
            for (int k = o + 1; k < x; k++) {
                if (!under(heads, k, o)) {
                    return; // something between the object's phrase and the verb
                }
            }
            heads[o] = x;
            rels[o] = "nsubj";
            rels[x] = "ccomp";
            return;
        }
    }

    /**
     * "..., with Senator Tom Holt telling reporters he viewed Reid as responsible": the parser sometimes reads "with" and
     * the name as a phrase of the verb before ("responds to violence, with Holt") and the participle as a loose
     * dependent of the name. "with" + a person's name + a participle right after it is a clause of its own ("with a
     * speech criticising Reid" is not): the participle an adverbial clause, the name its subject, "with" its marker.
     * After a comma such a clause is the sentence's main verb's, wherever the parser hung it.
     */
    private static void absoluteWithTakenForObject(List<Token> tokens, int[] heads, String[] rels) {
        int root = root(heads);
        for (int g = 1; g < heads.length; g++) {
            if (!tokens.get(g).pos().equals("VBG")) {
                continue;
            }
            int n = heads[g];
            if (n >= 0 && n < g && (rels[g].equals("dep") || rels[g].equals("acl")) && "PERSON".equals(tokens.get(n).ner())
                    && (rels[n].equals("obl") || rels[n].equals("nmod")) && heads[n] >= 0) {
                int with = child(tokens, heads, rels, n, "case", "with");
                boolean adjacent = true; // nothing between the name's phrase and the participle
                for (int k = n + 1; k < g; k++) {
                    adjacent &= under(heads, k, n);
                }
                if (with >= 0 && adjacent) {
                    attach(heads, rels, g, heads[n], "advcl");
                    attach(heads, rels, n, g, "nsubj");
                    attach(heads, rels, with, g, "mark");
                }
            }
            int with = child(tokens, heads, rels, g, "mark", "with");
            if (rels[g].equals("advcl") && with > 0 && tokens.get(with - 1).word().equals(",") && root >= 0 && root != g
                    && heads[g] != root) {
                heads[g] = root; // after a comma, the sentence's: not a clause inside "a debate over how ... responds"
            }
        }
    }

    /** The child of {@code head} with this label and word, or -1. */
    private static int child(List<Token> tokens, int[] heads, String[] rels, int head, String label, String word) {
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == head && rels[k].equals(label) && tokens.get(k).word().equalsIgnoreCase(word)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether token {@code k} is in the phrase headed by {@code top}. */
    private static boolean under(int[] heads, int k, int top) {
        for (int up = k; up >= 0; up = heads[up]) {
            if (up == top) {
                return true;
            }
        }
        return false;
    }

    /** The labels the parser gives a relative pronoun and its verb when it misses the relative clause. */
    private static final java.util.Set<String> LOOSE = java.util.Set.of("acl", "appos", "dep");
    /** The tags of a finite verb (or a modal). */
    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP", "MD");

    /**
     * "from Gavin Threlfall of Reform UK, who lashed out at both Ms A and Mr B": the parser sometimes makes the
     * relative pronoun an apposition (or a loose dependent) of the name and the clause's finite verb a dependent of the
     * pronoun. Read as the relative clause it is: the verb an acl:relcl of the name, "who" its subject.
     */
    private static void relativeWho(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 0; v < heads.length; v++) {
            int who = heads[v];
            if (who >= 0 && who < v && LOOSE.contains(rels[v]) && FINITE.contains(tokens.get(v).pos())
                    && LOOSE.contains(rels[who]) && tokens.get(who).pos().equals("WP") && heads[who] >= 0
                    && heads[who] < who && tokens.get(heads[who]).pos().startsWith("NN")) {
                heads[v] = heads[who];
                rels[v] = "acl:relcl";
                heads[who] = v;
                rels[who] = "nsubj";
            }
        }
    }

    /**
     * "drew a damning reaction from Ann Holt, who called Reid ...": the parser sometimes hangs a "who" clause right after
     * a name on the noun the name comes "from" or "by"; "who" is a person: the clause is the name's.
     */
    private static void relativeOfNounBeforeName(List<Token> tokens, int[] heads, String[] rels) {
        for (int who = 2; who < heads.length; who++) {
            int name = who - 2;
            int v = heads[who];
            if (!tokens.get(who).word().equalsIgnoreCase("who") || !tokens.get(who - 1).word().equals(",")
                    || !rels[who].equals("nsubj") || v <= who || !rels[v].equals("acl:relcl")
                    || !"PERSON".equals(tokens.get(name).ner()) || heads[name] < 0 || heads[v] != heads[name]
                    || !rels[name].startsWith("nmod")) {
                continue;
            }
            for (int c = 0; c < name; c++) {
                String w = tokens.get(c).word().toLowerCase(java.util.Locale.ROOT);
                if (heads[c] == name && rels[c].equals("case") && (w.equals("from") || w.equals("by"))) {
                    heads[v] = name;
                    break;
                }
            }
        }
    }

    /**
     * "filed a lawsuit in 2013 alleging that ...", "spoke on Tuesday, saying ...": the parser sometimes hangs a
     * participle on the date before it; a date does nothing, so the participle is the clause's adverbial, the verb's.
     */
    private static void participleOnDate(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 1; v < heads.length; v++) {
            int date = heads[v];
            if (!tokens.get(v).pos().equals("VBG") || !rels[v].equals("acl") || date < 0 || date >= v
                    || !(tokens.get(date).pos().equals("CD") || "DATE".equals(tokens.get(date).ner()))
                    || !rels[date].startsWith("obl") || heads[date] < 0 || !tokens.get(heads[date]).pos().startsWith("VB")) {
                continue;
            }
            heads[v] = heads[date];
            rels[v] = "advcl";
        }
    }

    /**
     * "Sens. John McCain (Ariz.), Kelly Ayotte (N.H.) and Pat Toomey (Pa.) have denounced ...": the parser sometimes
     * makes a name a loose dependent of the state in parentheses after it, which then stands in the name's place. The
     * name takes the place back, the parenthesis hangs on it.
     */
    private static void nameUnderParenthetical(List<Token> tokens, int[] heads, String[] rels) {
        for (int open = 1; open + 2 < heads.length; open++) {
            int name = open - 1;
            int inside = heads[name];
            if (!tokens.get(open).pos().equals("-LRB-") || !"PERSON".equals(tokens.get(name).ner())
                    || !rels[name].equals("dep") || inside <= open || inside > open + 3) {
                continue;
            }
            int close = -1;
            for (int k = open + 1; k <= Math.min(heads.length - 1, open + 4) && close < 0; k++) {
                close = tokens.get(k).pos().equals("-RRB-") ? k : -1;
            }
            if (close < 0 || inside >= close) {
                continue;
            }
            heads[name] = heads[inside];
            rels[name] = rels[inside];
            for (int k = 0; k < heads.length; k++) {
                if (heads[k] == inside && (k < open || k > close)) {
                    heads[k] = name; // what hung on the state (a coordinated name, "and") hangs on the name
                }
            }
            heads[inside] = name;
            rels[inside] = "appos";
        }
    }

    /**
     * "Nora Quill, a Democrat who considered running herself, faulted Vos for ...": the parser sometimes makes the
     * relative clause's own verb the subject of the sentence's main verb, "who" that verb's object, and the main verb the
     * relative clause. A finite verb is never a subject: when one right after who/that/which is the subject of a later
     * finite verb that follows a comma, is a relative clause of the noun before the pronoun and has the pronoun as its
     * object, read the pronoun as the subject of its own verb, that verb as the noun's relative clause, and the later verb
     * as a loose dependent of the noun, which {@link #verbAfterRelative} then reads as the main verb.
     */
    private static void relativeVerbTakenForSubject(List<Token> tokens, int[] heads, String[] rels) {
        for (int s = 1; s < heads.length; s++) {
            int v = heads[s];
            int pronoun = s - 1;
            String word = tokens.get(pronoun).word().toLowerCase(java.util.Locale.ROOT);
            if (!rels[s].equals("nsubj") || !FINITE.contains(tokens.get(s).pos()) || v <= s
                    || !FINITE.contains(tokens.get(v).pos()) || !rels[v].equals("acl:relcl") || heads[v] < 0 || heads[v] >= pronoun
                    || !tokens.get(v - 1).word().equals(",") || heads[pronoun] != v || !rels[pronoun].equals("obj")
                    || !(word.equals("who") || word.equals("that") || word.equals("which"))) {
                continue;
            }
            attach(heads, rels, s, heads[v], "acl:relcl");
            attach(heads, rels, pronoun, s, "nsubj");
            rels[v] = "dep";
            return;
        }
    }

    /** The labels of a main verb the parser hung inside a relative clause before it. */
    private static final java.util.Set<String> SWALLOWED = java.util.Set.of("acl", "dep", "conj", "parataxis");

    /**
     * "Alasdair MacAulay, who is no relation, accused Kenneth Reid of ...", "Tom Reid and Ann Holt, whose parties have
     * clashed, then criticised each other", "Mr Reid, a former organiser who has represented Salford West since 2015,
     * hit back": the parser sometimes makes the name the root, the relative clause (or an apposition holding one) a loose
     * dependent of it and the sentence's main verb a dependent inside that clause. When the root is a noun with a
     * relative clause opened by who/whose/which (or an apposition) right after its comma, and a verb with no subject of
     * its own follows the clause's closing comma (an adverb between them allowed) inside the clause's subtree, read the
     * verb as the root and the noun as its subject, the relative clause an acl:relcl of the noun (as the parser may
     * already have it: "Siobhán Brady, who is no relation to the minister, condemned ...").
     */
    private static void verbAfterRelative(List<Token> tokens, int[] heads, String[] rels) {
        int n = heads.length;
        int root = -1;
        for (int i = 0; i < n; i++) {
            if (heads[i] < 0) {
                root = i;
                break;
            }
        }
        if (root < 0 || !(tokens.get(root).pos().startsWith("NN") || tokens.get(root).pos().equals("PRP"))) {
            return;
        }
        for (int w = root + 2; w < n; w++) {
            String tag = tokens.get(w).pos();
            boolean relative = tag.equals("WP") || tag.equals("WP$") || tokens.get(w).word().equalsIgnoreCase("which");
            boolean afterApposition = relative && !tokens.get(w - 1).word().equals(",") && apposedBefore(w, root, heads, rels);
            if (!tokens.get(w - 1).word().equals(",") && !afterApposition || !relative && heads[w - 1] != root) {
                continue;
            }
            int clause = w; // the child of the root whose subtree holds the relative pronoun (or the apposition)
            while (clause >= 0 && heads[clause] != root) {
                clause = heads[clause];
            }
            boolean appositive = clause >= 0 && rels[clause].equals("appos") && heads[w - 1] == root;
            if (clause < 0 || !(relative || appositive)) {
                continue;
            }
            if (!appositive && !LOOSE.contains(rels[clause]) && !rels[clause].equals("acl:relcl")) {
                return;
            }
            for (int v = w + 2; v < n; v++) {
                int comma = tokens.get(v - 1).pos().startsWith("RB") ? v - 2 : v - 1;
                String vt = tokens.get(v).pos();
                if (!(vt.equals("VBD") || vt.equals("VBN") || vt.equals("VBZ")) || !SWALLOWED.contains(rels[v])
                        || comma <= w || !tokens.get(comma).word().equals(",") || !under(v, clause, heads)
                        || hasSubject(v, heads, rels)) {
                    continue;
                }
                heads[v] = -1;
                rels[v] = "root";
                heads[root] = v;
                rels[root] = "nsubj";
                rels[clause] = appositive ? "appos" : "acl:relcl";
                for (int k = v + 1; k < n; k++) {
                    if (heads[k] == root) {
                        heads[k] = v; // the full stop and whatever else came after the verb
                    }
                }
                return;
            }
        }
    }

    /**
     * "Linh Nguyen, a Labor MP from western Sydney who is no relation to X, mocked Y": whether the word before the
     * relative pronoun at {@code w} ends an apposition of the root that its comma opened.
     */
    private static boolean apposedBefore(int w, int root, int[] heads, String[] rels) {
        for (int a = root + 2; a < w; a++) {
            if (heads[a] == root && rels[a].equals("appos") && under(w - 1, a, heads)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X used his speech as Tory leader to launch an attack on Y", "used the debate as a chance to attack Y": the parser
     * reads "as" as a subordinator and the noun after it as the subject of the infinitive. An infinitive has no subject
     * of its own (but after "for"), so the noun is the phrase "as ..." of the verb above, and the infinitive that verb's
     * clause of purpose, whose subject is that verb's.
     */
    private static void asPhraseTakenForSubject(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 3; v < heads.length; v++) {
            if (!tokens.get(v).pos().equals("VB")) {
                continue;
            }
            int to = -1;
            int subject = -1;
            int as = -1;
            for (int k = 0; k < v; k++) {
                if (heads[k] != v) {
                    continue;
                }
                String w = tokens.get(k).word();
                if (rels[k].equals("mark") && w.equals("to")) {
                    to = k;
                } else if (rels[k].equals("mark") && w.equalsIgnoreCase("as")) {
                    as = k;
                } else if (rels[k].equals("nsubj")) {
                    subject = k;
                }
            }
            int main = heads[v];
            for (int step = 0; main >= 0 && step < heads.length && !tokens.get(main).pos().startsWith("VB"); step++) {
                main = heads[main];
            }
            if (as < 0 || to < 0 || subject < 0 || !(as < subject && subject < to) || main < 0 || main > as
                    || !tokens.get(main).pos().startsWith("VB") || !tokens.get(subject).pos().startsWith("NN")) {
                continue;
            }
            attach(heads, rels, as, subject, "case");
            attach(heads, rels, subject, main, "obl");
            attach(heads, rels, v, main, "advcl");
        }
    }

    /** Words before "as" that make it part of a compound ("such as", "as well as", "so as", "as ... as"). */
    private static final java.util.Set<String> AS_COMPOUNDS = java.util.Set.of("such", "well", "so", "as");

    /**
     * "His comments come as the co-chairman of the party, Liam Fox, on Saturday called him ...": the parser reads "as"
     * as a preposition and the noun after it as a phrase of the verb, which is left with no subject. A finite past or
     * present verb with no subject, whose phrase "as ..." (a common noun) comes first of its dependents, is a clause "as"
     * opens, and the noun its subject (an adverbial clause of the verb above). Also when the parser hung both the phrase
     * and the verb, as a loose dependent, on the verb above ("The remarks came as the leader ..., Tom Reid, attacked
     * her record").
     */
    private static void asClauseSubjectTakenForPhrase(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 3; v < heads.length; v++) {
            String tag = tokens.get(v).pos();
            if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) || heads[v] < 0 || heads[v] > v) {
                continue;
            }
            int phrase = -1;
            boolean subject = false;
            for (int k = 0; k < heads.length; k++) {
                if (heads[k] != v) {
                    continue;
                }
                subject |= rels[k].startsWith("nsubj") || rels[k].startsWith("csubj") || rels[k].equals("expl");
                if (phrase < 0 && k < v && rels[k].equals("obl")) {
                    phrase = k;
                }
            }
            if (phrase < 0 && rels[v].equals("dep")) { // "came as the leader ..., Tom Reid, attacked": both on "came"
                for (int k = heads[v] + 1; k < v; k++) {
                    if (heads[k] == heads[v] && rels[k].equals("obl") && within(k, v, heads, rels)) {
                        phrase = k;
                        break;
                    }
                }
            }
            if (subject || phrase < 2 || !tokens.get(phrase).pos().matches("NNS?")) {
                continue;
            }
            int as = -1;
            for (int k = 0; k < phrase; k++) {
                if (heads[k] == phrase && rels[k].equals("case") && tokens.get(k).word().equalsIgnoreCase("as")) {
                    as = k;
                }
            }
            if (as < 0 || AS_COMPOUNDS.contains(tokens.get(as - 1).word().toLowerCase(java.util.Locale.ROOT))) {
                continue; // not "such as", "as well as"
            }
            boolean first = true;
            for (int k = heads[v] + 1; k < as; k++) {
                first &= !under(k, v, heads) || rels[k].equals("punct");
            }
            if (!first) {
                continue;
            }
            attach(heads, rels, as, v, "mark");
            attach(heads, rels, phrase, v, "nsubj");
            if (rels[v].equals("ccomp") || rels[v].equals("dep")) {
                rels[v] = "advcl";
            }
        }
    }

    /**
     * "X was attacked by the Liberal Democrat leader, Owain Lloyd, over ...", "She went on to accuse the chancellor, Simon
     * Threlkeld, of ...": the parser hangs the name after the comma on the verb (as its object or a loose dependent)
     * instead of on the noun of "by ..." or the object before it, whose appositive it is (so the role noun, resolved
     * by itself, took someone else). A person's name (NER) right after such a noun and a comma, on the same verb, is
     * read as that noun's appositive.
     */
    private static void appositiveTakenForObject(List<Token> tokens, int[] heads, String[] rels) {
        for (int n = 1; n + 2 < heads.length; n++) {
            int v = heads[n];
            boolean byPhrase = rels[n].startsWith("obl") && caseWord(n, 0, java.util.Set.of("by"), heads, rels, tokens) >= 0;
            if (v < 0 || !(byPhrase || rels[n].equals("obj")) || !tokens.get(n + 1).word().equals(",")
                    || !tokens.get(n).pos().startsWith("NN")) {
                continue;
            }
            int k = n + 2;
            while (k + 1 < heads.length && heads[k] > k && rels[k].equals("compound")) {
                k++;
            }
            if (heads[k] == v && (rels[k].equals("obj") || rels[k].equals("dep")) && tokens.get(k).ner().equals("PERSON")
                    && tokens.get(n + 2).ner().equals("PERSON")) {
                attach(heads, rels, k, n, "appos");
            }
        }
    }

    /**
     * "Eisenhower and his future secretary of State, John Foster Dulles, criticized ...": the parser hangs the name
     * after the comma on the first conjunct ("Eisenhower"), whose appositive it cannot be across the second. A person's
     * name (a proper noun whose first word NER tags PERSON: it may take "Dulles" for a place) in apposition to a noun,
     * right after a common noun conjoined to that noun (and that conjunct's own words, then a comma), is read as the
     * conjunct's appositive.
     */
    private static void appositiveOfConjunct(List<Token> tokens, int[] heads, String[] rels) {
        for (int a = 2; a < heads.length; a++) {
            int first = heads[a];
            if (first < 0 || !rels[a].equals("appos") || !tokens.get(a).pos().equals("NNP")) {
                continue;
            }
            int start = a;
            while (start > 0 && heads[start - 1] == a && rels[start - 1].equals("compound")) {
                start--;
            }
            if (start < 2 || !tokens.get(start - 1).word().equals(",") || !tokens.get(start).ner().equals("PERSON")) {
                continue;
            }
            for (int c = first + 1; c < start - 1; c++) {
                if (heads[c] == first && rels[c].equals("conj") && tokens.get(c).pos().startsWith("NN")
                        && !tokens.get(c).pos().startsWith("NNP") && within(c, start - 1, heads, rels)) {
                    attach(heads, rels, a, c, "appos");
                    break;
                }
            }
        }
    }

    /** Whether every token after {@code c} and before {@code end} hangs on {@code c} or is a punctuation mark. */
    private static boolean within(int c, int end, int[] heads, String[] rels) {
        for (int k = c + 1; k < end; k++) {
            if (!under(k, c, heads) && !rels[k].equals("punct")) {
                return false;
            }
        }
        return true;
    }

    /** The last "case" dependent of {@code n} from {@code from} on, before it, whose word is one of {@code words}; -1. */
    private static int caseWord(int n, int from, java.util.Set<String> words, int[] heads, String[] rels,
            List<Token> tokens) {
        int found = -1;
        for (int k = from; k < n; k++) {
            if (heads[k] == n && rels[k].equals("case")
                    && words.contains(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
                found = k;
            }
        }
        return found;
    }

    /** Nouns of a span of time: "two months after X filed a complaint". */
    private static final java.util.Set<String> SPANS = java.util.Set.of("second", "minute", "hour", "day", "week",
            "month", "year", "moment");
    /** The words that open a clause a span of time measures: "two months after", "days since". */
    private static final java.util.Set<String> SPAN_MARKS = java.util.Set.of("before", "after", "until", "till", "since");

    /**
     * "The announcement came two months after Rep. Maxine Odom filed a complaint accusing Vance": the parser makes the
     * span of time the subject of the clause after "after" (or "before") and hangs the clause's real subject on the span.
     * When a verb's subject is such a span with a noun opened by after/before/since/until between it and the verb,
     * that noun is the subject, the subordinator marks the clause and the span measures it.
     */
    private static void measureTakenForSubject(List<Token> tokens, int[] heads, String[] rels) {
        for (int span = 0; span < heads.length; span++) {
            int v = heads[span];
            if (v <= span || !rels[span].equals("nsubj")
                    || !SPANS.contains(tokens.get(span).lemma().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (int n = span + 1; n < v; n++) {
                if (heads[n] != span || !rels[n].startsWith("nmod") || !tokens.get(n).pos().startsWith("NN")) {
                    continue;
                }
                int marker = caseWord(n, span + 1, SPAN_MARKS, heads, rels, tokens);
                if (marker < 0) {
                    continue;
                }
                attach(heads, rels, n, v, "nsubj");
                attach(heads, rels, marker, v, "mark");
                attach(heads, rels, span, v, "obl:npmod");
                break;
            }
        }
    }

    /**
     * "He maintained that Ryan should focus on the budget, and mocked him for losing": the parser joins a past-tense verb
     * after "and" to the bare verb of a modal in the complement before it ("should ... mocked" cannot be). When a verb
     * in the past tense, with no subject of its own, is the conjunct of a bare verb that has a modal, and that verb is
     * the complement of a verb in the past tense, the conjunct is that verb's.
     */
    private static void pastTenseJoinedToModal(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 1; v < heads.length; v++) {
            int bare = heads[v];
            if (!rels[v].equals("conj") || !tokens.get(v).pos().equals("VBD") || bare < 0 || bare > v
                    || !tokens.get(bare).pos().equals("VB") || !rels[bare].equals("ccomp") || hasSubject(v, heads, rels)) {
                continue;
            }
            int main = heads[bare];
            boolean modal = false;
            for (int k = 0; k < bare; k++) {
                modal |= heads[k] == bare && tokens.get(k).pos().equals("MD");
            }
            if (modal && main >= 0 && main < bare && tokens.get(main).pos().equals("VBD")) {
                attach(heads, rels, v, main, "conj");
            }
        }
    }

    /** The labels the parser gives a relative clause it took for another verb's complement or adjunct. */
    private static final java.util.Set<String> RELATIVE_MISREAD = java.util.Set.of("ccomp", "advcl", "dep");

    /**
     * "In a subtle jab at Ted Cruz, who has fought to repeal the law, Obama said ...": the parser sometimes reads the
     * relative clause after a name in an opening adjunct as the complement of the main verb after it, and hangs the
     * adjunct inside that clause ("In a jab at X, who opposes the law, Obama said": or makes the clause the root and the
     * main verb its parataxis). When a verb's subject is "who" right after a comma and a name, and the verb is the
     * complement, adverbial clause or loose dependent of a later verb (or the root, with such a verb after it) that has a
     * subject of its own after the clause, read the clause as a relative clause of the name, the later verb as the root,
     * and what the clause held before the name as that verb's.
     */
    private static void relativeTakenForComplement(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 3; v < heads.length; v++) {
            int who = v - 1;
            while (who > 0 && heads[who] == v && !tokens.get(who).word().equalsIgnoreCase("who")) {
                who--; // "who has", "who in May had"
            }
            if (who < 2 || heads[who] != v || !rels[who].equals("nsubj") || !tokens.get(who).word().equalsIgnoreCase("who")
                    || !tokens.get(who - 1).word().equals(",") || !tokens.get(who - 2).pos().equals("NNP")
                    || !tokens.get(who - 2).ner().equals("PERSON")) {
                continue;
            }
            int main = heads[v] < 0 ? laterClause(v, heads, rels, tokens) : heads[v];
            if (main <= v || heads[v] >= 0 && !RELATIVE_MISREAD.contains(rels[v]) || !tokens.get(main).pos().startsWith("VB")
                    || !subjectBetween(v, main, heads, rels)) {
                continue;
            }
            int name = who - 2;
            int[] before = heads.clone();
            String[] labels = rels.clone();
            if (heads[v] < 0) { // "In a jab at X, who opposes the law, Obama said": the relative clause the root
                attach(heads, rels, main, -1, "root");
                for (int c = main + 1; c < heads.length; c++) {
                    if (heads[c] == v) {
                        heads[c] = main;
                    }
                }
            }
            for (int c = 0; c <= name; c++) {
                if (heads[c] == v) {
                    heads[c] = main; // "In a subtle jab at Ted Cruz": the main verb's adjunct
                }
            }
            if (under(name, v, heads)) { // the name is the clause's own: leave it
                System.arraycopy(before, 0, heads, 0, heads.length);
                System.arraycopy(labels, 0, rels, 0, rels.length);
                continue;
            }
            attach(heads, rels, v, name, "acl:relcl");
            return;
        }
    }

    /** The verb after a root's relative clause that has a subject of its own: the parser's parataxis or complement. */
    private static int laterClause(int v, int[] heads, String[] rels, List<Token> tokens) {
        for (int c = v + 1; c < heads.length; c++) {
            if (heads[c] == v && tokens.get(c).pos().startsWith("VB")
                    && (rels[c].equals("parataxis") || rels[c].equals("ccomp") || rels[c].equals("dep"))) {
                return c;
            }
        }
        return -1;
    }

    /** Whether {@code main} has a subject between {@code v} and itself. */
    private static boolean subjectBetween(int v, int main, int[] heads, String[] rels) {
        for (int c = v + 1; c < main; c++) {
            if (heads[c] == main && rels[c].startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /** Makes {@code dep} a dependent of {@code head} (-1: the root) with relation {@code rel}. */
    private static void attach(int[] heads, String[] rels, int dep, int head, String rel) {
        heads[dep] = head;
        rels[dep] = rel;
    }

    /** Words that open a clause of time, which the parser may take for a preposition before the clause's subject. */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("before", "after", "until", "till");
    /** Verbs whose complement before them is what they report: "..., Tom Holt told reporters". */
    private static final java.util.Set<String> REPORTING = java.util.Set.of("say", "tell", "add", "insist", "warn", "claim");

    /**
     * "The pair traded barbs for several minutes before the committee's deputy chair, Labor senator Owen Pritchard,
     * called a short adjournment": the parser sometimes reads "before" as a preposition of the first clause's verb, makes
     * the second clause's verb the root and the first clause its complement. When the root has a complement before it
     * (with no "that") and a subject and an object after it, and the complement has an adjunct opened by before/after/until whose noun
     * stands right before that subject's comma, read the first verb as the root, the second as its adverbial clause
     * opened by the subordinator, the adjunct's noun as its subject and the name after the comma as its apposition.
     */
    private static void clauseAfterSubordinator(List<Token> tokens, int[] heads, String[] rels) {
        int root = root(heads);
        if (root < 0) {
            return;
        }
        int subject = -1;
        int complement = -1;
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == root && rels[i].equals("nsubj") && i < root) {
                subject = i;
            }
            if (heads[i] == root && rels[i].equals("ccomp") && i < root) {
                complement = complement < 0 ? i : complement;
            }
        }
        boolean object = false;
        for (int i = root + 1; i < heads.length; i++) {
            object |= heads[i] == root && rels[i].equals("obj");
        }
        if (subject < 0 || complement < 0 || complement > subject || !object || REPORTING.contains(tokens.get(root).lemma())) {
            return; // "Reid will resign after the vote, his deputy, Tom Holt, said": a report, its verb with no object
        }
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == complement && rels[i].equals("mark")) {
                return; // "that ..." is a real complement
            }
        }
        int first = subject;
        for (int i = subject - 1; i >= 0 && i == first - 1; i--) {
            int up = i;
            for (int step = 0; step < 4 && up >= 0 && up != subject; step++) {
                up = heads[up];
            }
            first = up == subject ? i : first; // "Labor senator Owen Pritchard": the subject's words before it
        }
        if (first < 2 || !tokens.get(first - 1).word().equals(",")) {
            return;
        }
        for (int adjunct = complement + 1; adjunct < first - 1; adjunct++) {
            if (heads[adjunct] != complement || !rels[adjunct].startsWith("obl")) {
                continue;
            }
            int marker = caseWord(adjunct, complement + 1, SUBORDINATORS, heads, rels, tokens);
            boolean reaches = true;
            for (int k = adjunct + 1; k < first - 1; k++) {
                reaches &= !tokens.get(k).pos().startsWith("VB");
            }
            if (marker < 0 || !reaches) {
                continue;
            }
            attach(heads, rels, complement, -1, "root");
            attach(heads, rels, root, complement, "advcl");
            attach(heads, rels, marker, root, "mark");
            attach(heads, rels, adjunct, root, "nsubj");
            attach(heads, rels, subject, adjunct, "appos");
            return;
        }
    }

    /**
     * "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush": the parser sometimes makes the
     * opening participle the main verb's subject and the name after the comma an apposition inside the participle's
     * phrase (of the place before it). When the first word is a participle that is the subject of a finite verb, and a
     * person's name (PERSON proper nouns) stands right before that verb after a comma, the name is the subject and the
     * participle an adverbial clause.
     */
    private static void participleTakenForSubject(List<Token> tokens, int[] heads, String[] rels) {
        int n = heads.length;
        if (n < 5 || !tokens.get(0).pos().equals("VBG") || !rels[0].equals("nsubj") || heads[0] < 2) {
            return;
        }
        int v = heads[0];
        if (!FINITE.contains(tokens.get(v).pos())) {
            return;
        }
        int start = v;
        while (start > 1 && tokens.get(start - 1).pos().startsWith("NNP") && "PERSON".equals(tokens.get(start - 1).ner())) {
            start--;
        }
        if (start == v || !tokens.get(start - 1).word().equals(",") || heads[v - 1] == v) {
            return;
        }
        attach(heads, rels, v - 1, v, "nsubj");
        for (int k = start; k < v - 1; k++) {
            attach(heads, rels, k, v - 1, "compound");
        }
        attach(heads, rels, 0, v, "advcl");
        attach(heads, rels, start - 1, v, "punct");
    }

    /**
     * "At a debate Tuesday night in Lafayette, Brandtner and Ashby-Kemp accused each other of lying", "Entering the
     * debate, Rubio and Christie faced increasing attacks from Bush and Kasich": the parser
     * sometimes reads the names after an opening prepositional phrase's comma as a list with the place before it, makes
     * the phrase's noun the root and the main verb a dependent of it. When the sentence opens with a preposition whose
     * noun is the root, no verb stands before the first comma, and only names (capitalised words, "and", commas) stand
     * between that comma and a finite verb with no subject of its own, read the verb as the root, the names as its subject
     * (joined by "and") and the opening phrase as its adjunct. The same when the sentence opens with a participle the
     * parser made the root (its phrase then an adverbial clause of the verb).
     */
    private static void namesAfterOpening(List<Token> tokens, int[] heads, String[] rels) {
        int n = heads.length;
        if (n < 5) {
            return;
        }
        // "Entering the debate, Rubio and Christie faced attacks from Bush": an opening participle the parser made the
        // root, with the names after its comma as conjuncts of its object
        boolean participle = (tokens.get(0).pos().equals("VBG") || tokens.get(0).pos().equals("VBN")) && heads[0] < 0;
        if (!participle && (!tokens.get(0).pos().equals("IN") || heads[0] < 0 || heads[heads[0]] >= 0
                || !tokens.get(heads[0]).pos().startsWith("NN"))) {
            return;
        }
        int root = participle ? 0 : heads[0];
        int comma = 1;
        while (comma < n && !tokens.get(comma).word().equals(",")) {
            if (tokens.get(comma).pos().startsWith("VB") || tokens.get(comma).pos().equals("MD")) {
                return;
            }
            comma++;
        }
        int names = comma + 1; // past the last name
        while (names < n && (tokens.get(names).pos().startsWith("NNP") || tokens.get(names).word().equals("and"))) {
            names++;
        }
        int v = names;
        int close = -1; // "Rubio and Christie -- seeking breakout performances -- faced": past a dash parenthetical
        if (v < n && DASHES.contains(tokens.get(v).word())) {
            close = v + 1;
            while (close < n && close <= v + MAX_PARENTHETICAL && !DASHES.contains(tokens.get(close).word())) {
                close++;
            }
            if (close >= n || close > v + MAX_PARENTHETICAL) {
                return;
            }
            v = close + 1;
        }
        if (v >= n || names == comma + 1 || !FINITE.contains(tokens.get(v).pos()) || tokens.get(v).pos().equals("MD")
                || !tokens.get(names - 1).pos().startsWith("NNP") || !tokens.get(comma + 1).pos().startsWith("NNP")
                || heads[v] < 0 || hasSubject(v, heads, rels) || !under(v, root, heads)) {
            return;
        }
        heads[v] = -1;
        rels[v] = "root";
        heads[root] = v;
        rels[root] = participle ? "advcl" : "obl";
        heads[comma] = v;
        rels[comma] = "punct";
        int first = -1;
        int start = comma + 1;
        for (int k = comma + 1; k <= names; k++) {
            if (k < names && !tokens.get(k).word().equals("and")) {
                continue;
            }
            int head = k - 1; // the last word of the name that ends here
            for (int j = start; j < head; j++) {
                heads[j] = head;
                rels[j] = "compound";
            }
            if (first < 0) {
                first = head;
                heads[head] = v;
                rels[head] = "nsubj";
            } else {
                heads[head] = first;
                rels[head] = "conj";
                heads[start - 1] = head;
                rels[start - 1] = "cc";
            }
            start = k + 1;
        }
        for (int k = names; close >= 0 && k <= close; k++) {
            if (heads[k] < names || heads[k] > close) { // the parenthetical's top words: the first name's
                heads[k] = first;
                rels[k] = DASHES.contains(tokens.get(k).word()) ? "punct" : tokens.get(k).pos().startsWith("VB") ? "acl" : "appos";
            }
        }
        for (int k = v + 1; k < n; k++) {
            if (heads[k] == root || heads[k] >= comma && heads[k] < names) {
                heads[k] = v; // the full stop and whatever else after the verb hung on the opening or the names
            }
        }
    }

    /** Dashes that open and close a parenthetical: "Rubio and Christie -- seeking breakout performances -- faced". */
    private static final Set<String> DASHES = Set.of("--", "—", "–");
    /** How many words a dash parenthetical between a subject and its verb may hold. */
    private static final int MAX_PARENTHETICAL = 20;

    /** Whether token {@code i} lies in the subtree of {@code top}. */
    private static boolean under(int i, int top, int[] heads) {
        for (int k = i, steps = 0; k >= 0 && steps <= heads.length; k = heads[k], steps++) {
            if (k == top) {
                return true;
            }
        }
        return false;
    }

    /** The (last) token with no head, the sentence's root; -1 if none. */
    private static int root(int[] heads) {
        int root = -1;
        for (int i = 0; i < heads.length; i++) {
            root = heads[i] < 0 ? i : root;
        }
        return root;
    }

    private static boolean hasSubject(int v, int[] heads, String[] rels) {
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == v && rels[k].startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    private DependencyParser parser() {
        DependencyParser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    p = DependencyParser.loadFromModelFile(parserModel);
                    parser = p;
                }
            }
        }
        return p;
    }
}
