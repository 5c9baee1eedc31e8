package org.newskg.extractor.membership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.model.CorpusParties;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * The corpus sieve, {@code member.corpus}: what the other articles of a run say of a person decides which of
 * an article's parties that article ties them to. An article often names a well-known person without their
 * party while it names parties, and its reader knows which is theirs; the run knows it too when its other
 * articles state it. A {@link PartyCandidate} (a person the article names plainly, with no party there,
 * beside a party the article names) becomes a MEMBER_OF triple when the run's other articles place that person in
 * that party firmly and in no other that weighs as much ({@link CorpusParties}, the decision the loader also applies
 * when it removes such memberships the graph no longer supports). A person whose parties are close, or whom the run
 * never places, gets nothing.
 *
 * <p>Two phases: {@link #learn} every article's triples, then {@link #complete} each article. Serializable, so that a
 * Spark job can broadcast what it learned to the tasks that complete the articles.
 */
public final class CorpusMemberships implements java.io.Serializable {

    private static final long serialVersionUID = 2L;

    public static final String RULE = CorpusParties.RULE;
    /** Below every sieve that reads the text, above the evaluation's 0.5 cut. */
    static final double CONFIDENCE = 0.6;

    private final CorpusParties parties = new CorpusParties();

    /** Records the parties an article gives its persons. */
    public void learn(List<Triple> triples) {
        parties.learn(triples);
    }

    /** The MEMBER_OF triples the run's other articles decide for this article's candidates. */
    public List<Triple> complete(String articleId, List<PartyCandidate> candidates) {
        List<Triple> out = new ArrayList<>();
        Map<String, String> decided = new HashMap<>(); // person -> party, "" for none: once per person, not per pair
        for (PartyCandidate c : candidates) {
            String party = decided.computeIfAbsent(c.person(),
                    p -> java.util.Objects.requireNonNullElse(parties.partyElsewhere(p, articleId), ""));
            if (c.party().equals(party)) {
                out.add(new Triple(articleId, c.person(), EntityType.PERSON, Relation.MEMBER_OF, c.party(),
                        EntityType.PARTY, CONFIDENCE, c.evidence(), c.start(), c.end(), RULE));
            }
        }
        return out;
    }
}
