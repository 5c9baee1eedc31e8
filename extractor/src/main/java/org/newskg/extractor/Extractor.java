package org.newskg.extractor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.extractor.criticism.CriticismRules;
import org.newskg.extractor.membership.MembershipRules;
import org.newskg.extractor.nlp.Analyzer;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.persons.Offices;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.quotes.QuoteRules;
import org.newskg.model.Article;
import org.newskg.model.PartyCandidate;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * The extractor's API: article in, evidence-backed triples out. {@link #create()} uses the process's
 * {@link Analyzer} (the CoreNLP models load once per process, on first use); an extractor is thread-safe.
 */
public final class Extractor {

    /** The order of an article's triples: by evidence offset, then relation. */
    static final Comparator<Triple> TEXT_ORDER = Comparator.comparingInt(Triple::start)
            .thenComparing(t -> t.predicate().ordinal());

    private final Analyzer analyzer;
    private final MembershipRules membership;
    private final QuoteRules quotes;
    private final CriticismRules criticism;
    private final Offices offices;

    private Extractor(Analyzer analyzer, MembershipRules membership, QuoteRules quotes, CriticismRules criticism,
            Offices offices) {
        this.analyzer = analyzer;
        this.membership = membership;
        this.quotes = quotes;
        this.criticism = criticism;
        this.offices = offices;
    }

    /** An extractor that reads each article alone. */
    public static Extractor create() {
        Analyzer analyzer = Analyzer.load();
        return new Extractor(analyzer, new MembershipRules(), new QuoteRules(), new CriticismRules(analyzer::parse),
                Offices.NONE);
    }

    /**
     * This extractor, knowing the holders of offices a run's articles name ({@link Offices#learn}, before any is
     * extracted): "the prime minister" of an article that ties that office to nobody is the one person it names whom
     * the run makes prime minister.
     */
    public Extractor knowing(Offices run) {
        return new Extractor(analyzer, membership, quotes, criticism, run);
    }

    /**
     * All triples of one article, in text order, from the article alone (without {@link CorpusParties}).
     * Thread-safe.
     */
    public List<Triple> extract(Article article) {
        return extractArticle(article).triples();
    }

    /**
     * One article's triples in text order, with the {@link PartyCandidate}s that {@link CorpusParties} may
     * complete once the run's other articles are read. Thread-safe.
     */
    public ExtractionResult extractArticle(Article article) {
        Doc doc = analyzer.analyse(article.id(), article.text());
        PersonIndex persons = PersonIndex.of(doc, offices);
        List<Triple> triples = new ArrayList<>();
        MembershipRules.Memberships found = membership.extractWithCandidates(doc, persons);
        List<Triple> members = found.triples();
        for (Triple t : members) {
            if (t.predicate() == Relation.MEMBER_OF && !"member.description".equals(t.rule())) {
                // the party context of role nominals ("the Tory leader"), but not one found by resolving such a nominal
                persons.discourse().noteParty(t.subject(), t.object());
            }
        }
        triples.addAll(members);
        triples.addAll(quotes.extract(doc, persons));
        triples.addAll(criticism.extract(doc, persons));
        triples.sort(TEXT_ORDER);
        return new ExtractionResult(article, triples, found.candidates(), null);
    }
}
