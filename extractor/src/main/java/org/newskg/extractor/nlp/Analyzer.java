package org.newskg.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The one owner of the CoreNLP pipeline: built once per process (model loading is the expensive
 * part) and shared by all threads; {@link StanfordCoreNLP#annotate(Annotation)} with these
 * annotators is thread-safe.
 */
public final class Analyzer {

    private static final String PROPERTIES = "/org/newskg/extractor/pipeline.properties";

    private final StanfordCoreNLP pipeline;

    private Analyzer(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Loads the pipeline described by pipeline.properties. Takes several seconds. */
    public static Analyzer load() {
        return new Analyzer(defaultProperties());
    }

    public static Properties defaultProperties() {
        Properties props = new Properties();
        try (InputStream in = Analyzer.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PROPERTIES);
            }
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    /** Tokenises, splits, tags and runs NER over {@code text}. */
    public Doc analyse(String articleId, String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        int tokenIndex = 0;
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : coreSentences) {
            List<Token> tokens = new ArrayList<>();
            int si = sentences.size();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(tokenIndex++, t.originalText(), t.beginPosition(), t.endPosition(), t.tag(),
                        t.lemma(), t.ner() == null ? "O" : t.ner(), si));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            sentences.add(new Sentence(si, tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens));
        }
        return new Doc(articleId, text, sentences);
    }
}
