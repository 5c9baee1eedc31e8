package org.newskg.extractor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newskg.extractor.membership.CorpusMemberships;
import org.newskg.model.Triple;

/**
 * The run-wide step after every article is extracted: holds the results of a run, in order, and hands them
 * on at {@link #finish()} completed by {@link CorpusMemberships} (the memberships the run's other articles
 * decide). A run's results are held in memory until then: their triples and article texts, about the size
 * of the input.
 */
public final class CorpusPass implements Consumer<ExtractionResult> {

    private final Consumer<ExtractionResult> downstream;
    private final List<ExtractionResult> held = new ArrayList<>();
    private final CorpusMemberships memberships = new CorpusMemberships();

    /** @param downstream receives every result, completed, in the order they were given */
    public CorpusPass(Consumer<ExtractionResult> downstream) {
        this.downstream = downstream;
    }

    @Override
    public void accept(ExtractionResult result) {
        held.add(result);
        memberships.learn(result.triples());
    }

    /** Completes every held result and hands it on. */
    public void finish() {
        for (ExtractionResult r : held) {
            downstream.accept(complete(r));
        }
        held.clear();
    }

    private ExtractionResult complete(ExtractionResult r) {
        if (r.failed()) {
            return r;
        }
        List<Triple> more = memberships.complete(r.article().id(), r.candidates());
        if (more.isEmpty()) {
            return r;
        }
        List<Triple> all = new ArrayList<>(r.triples());
        all.addAll(more);
        all.sort(Extractor.TEXT_ORDER);
        return new ExtractionResult(r.article(), all, List.of(), null);
    }
}
