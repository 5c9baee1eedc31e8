package org.newskg.bench.baseline;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.newskg.model.Article;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.model.ResourceFiles;
import org.newskg.model.Triple;

/**
 * The baseline of ACCURACY.md and BENCHMARKS.md: CoreNLP 4.5.10's own full pipeline
 * (corenlp-full.properties), its output mapped to our triples without rules of ours.
 *
 * <ul>
 * <li>SAID: every quote of the QuoteAnnotator whose QuoteAttributionAnnotator canonical speaker mention
 *     (statistical coreference) is known; the quote's text without the outer marks.
 * <li>MEMBER_OF: KBP relations {@code per:employee_or_member_of} and {@code org:political/religious_affiliation}
 *     whose object the party gazetteer knows, with the gazetteer's canonical party name.
 * <li>CRITICISED: none; no CoreNLP annotator has such a relation.
 * </ul>
 *
 * Needs about 5.5 GB of heap. {@link #extract} takes one document at a time (the quote attributor keeps
 * per-document state); {@link #extractAll} uses CoreNLP's own multi-threading.
 */
public final class CoreNlpBaseline {

    private static final String PROPERTIES = "corenlp-full.properties";
    private static final Set<String> MEMBERSHIP = Set.of("per:employee_or_member_of", "org:political/religious_affiliation");
    private static final String QUOTE_MARKS = "\"'“”‘’`«»„‚‹›";

    private final StanfordCoreNLP pipeline;
    private final PartyNames parties;
    private final long loadMillis;

    private CoreNlpBaseline(Properties props) {
        long t0 = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(props);
        this.parties = PartyNames.load();
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** Loads the full pipeline (about 50 s). */
    public static CoreNlpBaseline load() {
        return new CoreNlpBaseline(properties());
    }

    /** The pipeline configuration. */
    public static Properties properties() {
        return ResourceFiles.properties(CoreNlpBaseline.class, PROPERTIES);
    }

    /** CoreNLP's per-annotator timing report for everything this pipeline annotated so far. */
    public String timingInformation() {
        return pipeline.timingInformation();
    }

    /** How long loading the models took. */
    public long loadMillis() {
        return loadMillis;
    }

    /** The triples of one article. */
    public synchronized List<Triple> extract(Article article) {
        Annotation doc = new Annotation(article.text());
        pipeline.annotate(doc);
        return triples(article, doc);
    }

    /**
     * The triples of several articles, annotated by CoreNLP's own {@code annotate(Iterable, threads)};
     * results in input order. An article whose annotation fails gets an empty list.
     */
    public List<List<Triple>> extractAll(List<Article> articles, int threads) {
        List<Annotation> docs = new ArrayList<>();
        for (Article a : articles) {
            docs.add(new Annotation(a.text()));
        }
        pipeline.annotate(docs, Math.max(1, threads));
        List<List<Triple>> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            out.add(docs.get(i).get(CoreAnnotations.SentencesAnnotation.class) == null
                    ? List.of() : triples(articles.get(i), docs.get(i)));
        }
        return out;
    }

    private List<Triple> triples(Article article, Annotation doc) {
        List<Triple> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes != null) {
            for (CoreMap q : quotes) {
                String speaker = speaker(doc, q);
                String text = stripMarks(q.get(CoreAnnotations.TextAnnotation.class));
                if (speaker == null || speaker.isBlank() || text.isBlank()) {
                    continue;
                }
                int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                out.add(new Triple(article.id(), speaker.strip(), EntityType.PERSON, Relation.SAID, text,
                        EntityType.QUOTE, 1.0, article.text().substring(begin, end), begin, end,
                        "corenlp.quote-attribution"));
            }
        }
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<RelationTriple> kbp = sentence.get(CoreAnnotations.KBPTriplesAnnotation.class);
            if (kbp == null) {
                continue;
            }
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            for (RelationTriple r : kbp) {
                if (!MEMBERSHIP.contains(r.relationGloss())) {
                    continue;
                }
                String party = parties.canonical(r.objectGloss()).orElse(null);
                String subject = span(article.text(), r.canonicalSubject);
                if (party == null || subject.isBlank()) {
                    continue;
                }
                out.add(new Triple(article.id(), subject, EntityType.PERSON, Relation.MEMBER_OF, party,
                        EntityType.PARTY, Math.max(0, Math.min(1, r.confidence)), article.text().substring(begin, end),
                        begin, end, "corenlp.kbp:" + r.relationGloss()));
            }
        }
        return out;
    }

    /**
     * The quote's canonical speaker mention, as written in the article (CoreNLP's own string joins tokens
     * with spaces: "Kilroy - Silk").
     */
    private static String speaker(Annotation doc, CoreMap quote) {
        String gloss = quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
        Integer begin = quote.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class);
        Integer end = quote.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        if (gloss == null || begin == null || end == null || tokens == null) {
            return gloss;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        String squeezed = gloss.replaceAll("\\s+", "");
        // the end index is inclusive in the versions we know; accept either reading, else keep CoreNLP's string
        for (int last : new int[] {end, end - 1}) {
            if (begin >= 0 && last >= begin && last < tokens.size()) {
                String s = span(text, tokens.subList(begin, last + 1));
                if (s.replaceAll("\\s+", "").equals(squeezed)) {
                    return s;
                }
            }
        }
        return gloss;
    }

    /** The article text from the first token's start to the last token's end. */
    private static String span(String text, List<CoreLabel> tokens) {
        if (tokens == null || tokens.isEmpty()) {
            return "";
        }
        return text.substring(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition()).strip();
    }

    static String stripMarks(String quote) {
        String s = quote == null ? "" : quote.strip();
        while (s.length() >= 2 && QUOTE_MARKS.indexOf(s.charAt(0)) >= 0
                && QUOTE_MARKS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("``") && s.endsWith("''")) {
            s = s.substring(2, s.length() - 2).strip();
        }
        return s;
    }
}
