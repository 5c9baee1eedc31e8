package org.newskg.loader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newskg.model.Triple;

/**
 * Turns a stream of triples (as a triples file holds them, each article's rows together) into one
 * {@link ArticleContribution} per article, holding only the current article in memory. An article whose
 * rows reappear after another article's is loaded in addition to, not instead of, its earlier rows, and
 * a warning says so (keep each article's triples together so that a changed article replaces cleanly).
 */
public final class TripleGrouper implements Consumer<Triple> {

    private final Consumer<ArticleContribution> sink;
    private final Consumer<String> warnings;
    private final Set<String> done = new HashSet<>();
    private String current;
    private List<Triple> triples = new ArrayList<>();

    public TripleGrouper(Consumer<ArticleContribution> sink, Consumer<String> warnings) {
        this.sink = sink;
        this.warnings = warnings;
    }

    @Override
    public void accept(Triple t) {
        if (!t.articleId().equals(current)) {
            finish();
            current = t.articleId();
        }
        triples.add(t);
    }

    /** Hands on the article being collected. */
    public void finish() {
        if (current == null) {
            return;
        }
        boolean again = !done.add(current);
        if (again) {
            warnings.accept("the triples of article '" + current + "' are not together in the input; its later rows"
                    + " are added to the earlier ones (keep each article's rows together, as kg extract writes them)");
        }
        sink.accept(ArticleContribution.ofTriples(current, triples, again));
        current = null;
        triples = new ArrayList<>();
    }
}
