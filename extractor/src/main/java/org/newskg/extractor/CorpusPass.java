package org.newskg.extractor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newskg.extractor.membership.MembershipRules;
import org.newskg.model.CorpusParties;
import org.newskg.model.Triple;

/**
 * The run-wide step after every article is extracted: holds the results of a run, in order, and hands them
 * on at {@link #finish()} completed by {@link CorpusParties} (the memberships the run's other articles
 * decide). A run's results are held in memory until then: their triples and article texts, about the size
 * of the input. A membership an article read from its context alone ("his party") goes when the run's other articles
 * firmly place the person in another party ({@link CorpusParties#overruled}). Memberships stated by earlier runs
 * ({@link #withPrior}: the graph {@code kg run} loads into, or the triples files {@code kg extract --prior} names)
 * count as the run's other articles do, except those of an article the run reads again: its new triples stand for it.
 */
public final class CorpusPass implements Consumer<ExtractionResult> {

    private final Consumer<ExtractionResult> downstream;
    private final List<ExtractionResult> held = new ArrayList<>();
    private final CorpusParties memberships = new CorpusParties();
    private final List<Triple> prior = new ArrayList<>();

    /** @param downstream receives every result, completed, in the order they were given */
    public CorpusPass(Consumer<ExtractionResult> downstream) {
        this.downstream = downstream;
    }

    /** Adds what earlier runs stated: their MEMBER_OF and LEFT triples are learned at {@link #finish()}. */
    public CorpusPass withPrior(Collection<Triple> triples) {
        prior.addAll(triples);
        return this;
    }

    @Override
    public void accept(ExtractionResult result) {
        held.add(result);
        memberships.learn(result.triples());
    }

    /** Completes every held result and hands it on. */
    public void finish() {
        Set<String> read = new HashSet<>();
        held.forEach(r -> read.add(r.article().id()));
        memberships.learn(prior.stream().filter(t -> !read.contains(t.articleId())).toList());
        prior.clear();
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
        List<Triple> kept = r.triples().stream().filter(t -> !overruled(t)).toList();
        if (more.isEmpty() && kept.size() == r.triples().size()) {
            return r;
        }
        List<Triple> all = new ArrayList<>(kept);
        all.addAll(more);
        all.sort(Extractor.TEXT_ORDER);
        return new ExtractionResult(r.article(), all, List.of(), null);
    }

    /** A membership read from the article's context that the run's other articles overrule. */
    private boolean overruled(Triple t) {
        return MembershipRules.readFromContext(t.rule()) && memberships.overruled(t);
    }
}
