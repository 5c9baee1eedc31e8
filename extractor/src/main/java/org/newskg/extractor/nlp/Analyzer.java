package org.newskg.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newskg.model.Mojibake;
import org.newskg.model.ResourceFiles;

/**
 * The one owner of the CoreNLP pipeline: built once per process (model loading is the expensive
 * part) and shared by all threads; {@link StanfordCoreNLP#annotate(Annotation)} with these
 * annotators is thread-safe.
 *
 * <p>The dependency parser is not part of the pipeline: rules that need syntax ask for single
 * sentences with {@link #parse(Sentence)}, and the parser model is loaded on the first such call.
 *
 * <p>Its parts, package-private: {@link TextAsRead}, what the pipeline reads in place of an article's text;
 * {@link MendedTags}, the tagger's mistakes mended before the tokens leave; {@link SentenceParser}, the parse of one
 * sentence with the parser's known mistakes mended.
 */
public final class Analyzer {

    private static final String PROPERTIES = "/org/newskg/extractor/pipeline.properties";

    private final StanfordCoreNLP pipeline;
    private final SentenceParser parser;

    private Analyzer(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
        this.parser = new SentenceParser(props);
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

    /** Tokenises, splits, tags and runs NER over {@code text}. */
    public Doc analyse(String articleId, String text) {
        Annotation annotation = new Annotation(TextAsRead.of(text));
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
                if (t.endPosition() <= text.length()
                        && Mojibake.garbled(text.substring(t.beginPosition(), t.endPosition()))) {
                    word = text.substring(t.beginPosition(), t.endPosition()); // "PeÃ±a", read as "Peñna", as written
                }
                tokens.add(new Token(tokenIndex++, word, t.beginPosition(), t.endPosition(), t.tag(),
                        t.lemma(), t.ner() == null ? "O" : t.ner(), si));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                String tag = MendedTags.mendedTag(tokens, k);
                if (!tag.equals(t.pos())) {
                    tokens.set(k, new Token(t.index(), t.word(), t.begin(), t.end(), tag, t.lemma(), t.ner(), si));
                }
            }
            sentences.add(new Sentence(si, tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens));
        }
        return new Doc(articleId, text, MendedTags.modalsThatAreSurnames(sentences));
    }

    /**
     * The basic dependency parse of one sentence of a {@link Doc} made by this analyzer. Loads the
     * parser model on first use (about a second); thread-safe.
     */
    public Dependencies parse(Sentence sentence) {
        return parser.parse(sentence);
    }
}
