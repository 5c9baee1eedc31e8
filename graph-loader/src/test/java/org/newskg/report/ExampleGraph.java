package org.newskg.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newskg.loader.ArticleContribution;
import org.newskg.loader.GraphLoader;
import org.newskg.loader.Neo4jTarget;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * The example graph of the report and Browser tests, written by the real loader: hand-made triples of the seed
 * article (as the extractor finds them, without loading CoreNLP), plus a made-up follow-up article, so that counts
 * across articles, leaving a party and praise have something to show.
 */
public final class ExampleGraph {

    public static final String SEED = "livingstone-quits-labour";
    public static final String FOLLOW_UP = "made-up-follow-up";

    private ExampleGraph() {
    }

    /** Loads hand-made triples of the seed article (as the extractor finds them), plus the follow-up. */
    public static void loadHandMade(Neo4jTarget target) {
        String creasy = "Labour MP Stella Creasy slammed Mr Livingstone over his continued refusal to apologise.";
        String streeting = "Labour MP Wes Streeting adding to Huffington Post: ‘Ken Livingstone’s exit from the Labour"
                + " party is welcome, but he should have been expelled.";
        List<Triple> seed = List.of(
                triple(SEED, "Stella Creasy", Relation.MEMBER_OF, "Labour Party", creasy),
                triple(SEED, "Wes Streeting", Relation.MEMBER_OF, "Labour Party", streeting),
                triple(SEED, "Michel Fabricant", Relation.MEMBER_OF, "Conservative Party",
                        "Conservative MP Michel Fabricant told MailOnline."),
                triple(SEED, "Ken Livingstone", Relation.MEMBER_OF, "Labour Party",
                        "The Labour veteran insisted he still did not accept the allegation."),
                triple(SEED, "Stella Creasy", Relation.CRITICISED, "Ken Livingstone", creasy),
                triple(SEED, "Stella Creasy", Relation.SAID, "Distraction? No they were completely unacceptable and"
                        + " need to be recognised formally as such.", "She said: ‘Distraction? No they were completely"
                                + " unacceptable and need to be recognised formally as such."),
                triple(SEED, "Ken Livingstone", Relation.SAID, "After much consideration, I have decided to resign"
                        + " from the Labour Party.", "In a statement, Mr Livingstone said: ‘After much consideration,"
                                + " I have decided to resign from the Labour Party."),
                triple(SEED, "Ken Livingstone", Relation.SAID, "They collaborated,",
                        "‘They collaborated,’ Mr Livingstone said."),
                triple(SEED, "Jeremy Corbyn", Relation.SAID, "Ken Livingstone’s resignation is sad after such a long"
                        + " and vital contribution to London and progressive politics, but was the right thing to do.",
                        "Mr Corbyn said: ‘Ken Livingstone’s resignation is sad after such a long and vital contribution"
                                + " to London and progressive politics, but was the right thing to do."),
                triple(SEED, "Wes Streeting", Relation.SAID, "We must now make it clear that he will never be welcome"
                        + " to return.", "‘We must now make it clear that he will never be welcome to return.’"));
        try (GraphLoader loader = loader(target)) {
            loader.accept(ArticleContribution.ofTriples(SEED, seed, false));
            loader.accept(ArticleContribution.ofTriples(FOLLOW_UP, followUp(), false));
        }
    }

    /** A made-up second article: a repeated criticism, a departure, praise and a criticism across parties. */
    private static List<Triple> followUp() {
        return List.of(
                triple(FOLLOW_UP, "Stella Creasy", Relation.CRITICISED, "Ken Livingstone",
                        "Stella Creasy again attacked Ken Livingstone."),
                triple(FOLLOW_UP, "Ken Livingstone", Relation.LEFT, "Labour Party",
                        "Ken Livingstone has left the Labour Party."),
                triple(FOLLOW_UP, "Wes Streeting", Relation.PRAISED, "Sadiq Khan", "Wes Streeting praised Sadiq Khan."),
                triple(FOLLOW_UP, "Sadiq Khan", Relation.MEMBER_OF, "Labour Party", "Labour's Sadiq Khan."),
                triple(FOLLOW_UP, "Michel Fabricant", Relation.CRITICISED, "Wes Streeting",
                        "Michel Fabricant lambasted Wes Streeting."));
    }

    private static GraphLoader loader(Neo4jTarget target) {
        return new GraphLoader(target, GraphLoader.DEFAULT_BATCH_SIZE, problem -> {
            throw new IllegalStateException("the loader rejected an example triple: " + problem);
        });
    }

    private static Triple triple(String article, String subject, Relation predicate, String object, String evidence) {
        EntityType objectType = predicate.objectType();
        double confidence = article.equals(FOLLOW_UP) ? 0.5 : 0.9;
        return new Triple(article, subject, EntityType.PERSON, predicate, object, objectType, confidence, evidence, 0,
                evidence.length(), "example");
    }

    /** The project's root directory (holding examples/), found upwards from the working directory. */
    static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/articles"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no examples/articles above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
