package org.newskg.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.extractor.CorpusPass;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.persons.Offices;
import org.newskg.model.Article;
import org.newskg.model.ArticleSources;
import org.newskg.model.InputProblem;
import org.newskg.model.Triple;

/**
 * What the extractor makes of the project's article sets, extracted once per test JVM and shared by the tests
 * that read them (the accuracy test, the snapshots): the examples, and where ../shared is present the
 * development set (the seed article and ../shared/corpus/dev).
 */
public final class Extracted {

    /** The seed article, part of the development set. */
    public static final String SEED = "examples/articles/livingstone-quits-labour.txt";

    private static final Map<List<Path>, List<Triple>> CACHE = new HashMap<>();

    private Extracted() {
    }

    /** The triples of examples/articles, in the order {@code kg extract examples/articles} writes them. */
    public static List<Triple> examples() {
        return of(List.of(root().resolve("examples/articles")));
    }

    /** The triples of the development set, or empty when ../shared/corpus/dev is not here. */
    public static Optional<List<Triple>> devSet() {
        Path dev = shared().resolve("corpus/dev");
        if (!Files.isDirectory(dev)) {
            return Optional.empty();
        }
        return Optional.of(of(List.of(root().resolve(SEED), dev)));
    }

    /** ../shared next to the project (it may not exist). */
    public static Path shared() {
        return root().resolve("../shared").normalize();
    }

    /** The triples of the articles under {@code paths}, in input order; extracted on first use only. */
    public static synchronized List<Triple> of(List<Path> paths) {
        List<Triple> cached = CACHE.get(paths);
        if (cached != null) {
            return cached;
        }
        List<Article> input = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        ArticleSources.read(paths, input::add, problems::add);
        assertThat(problems).as("problems reading " + paths).isEmpty();
        List<Triple> result = run(input);
        CACHE.put(paths, result);
        return result;
    }

    /** The triples of {@code articles} extracted as one run, as {@code kg extract} extracts a folder of them. */
    public static List<Triple> run(List<Article> articles) {
        // as kg extract: the run's office holders, read before any article is extracted
        Extractor extractor = Extractor.create().knowing(Offices.learned(articles.stream().map(Article::text).toList()));
        List<Triple> triples = new ArrayList<>();
        CorpusPass corpus = new CorpusPass(r -> triples.addAll(r.triples())); // as kg extract: the run completes each article
        for (Article a : articles) {
            corpus.accept(extractor.extractArticle(a));
        }
        corpus.finish();
        return List.copyOf(triples);
    }

    /** The project's root directory (holding examples/ and tools/), found upwards from the working directory. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("examples/articles"))
                && Files.exists(dir.resolve("tools/score.py")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("project root above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
