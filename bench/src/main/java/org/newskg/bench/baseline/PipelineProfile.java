package org.newskg.bench.baseline;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * Where a CoreNLP pipeline's time goes: builds the pipeline of {@code props}, annotates the texts one
 * after the other and returns CoreNLP's own per-annotator timing report. For BENCHMARKS.md.
 */
public final class PipelineProfile {

    private PipelineProfile() {
    }

    /** CoreNLP's per-annotator timing lines for annotating {@code texts} with {@code props}, one thread. */
    public static String timingInformation(Properties props, List<String> texts) {
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        for (String text : texts) {
            pipeline.annotate(new Annotation(text));
        }
        return pipeline.timingInformation();
    }
}
