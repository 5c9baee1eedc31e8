package org.newskg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.model.ArticleSources;
import org.newskg.model.InputProblem;
import org.newskg.model.Relation;
import org.newskg.snapshot.Extracted;

/**
 * Criticism recall on bulk articles annotated blind (evaluation/bulk-samples): each sample extracted as a run of its own,
 * as {@code kg extract} extracts a folder of its articles, and scored for CRITICISED against its gold; the open samples
 * (whose errors rules may be written from) and the held-out ones (figures only) each held to floors summed over their
 * samples. Skipped where ../shared/corpus/bulk is not next to the project.
 */
class BulkSamplesIT {

    // ---- Floors: they only ever go up. ---------------------------------------------------------------
    // Measured 2026-12-05 (forty-second round, session 47), min-confidence 0.5, as docs/accuracy-history.md reports:
    // open o56a-f 40 of 72 required rows found, 2 false rows; held out h56a-b 12 of 30 and h57a-c 23 of 41, none false.
    // Raised the same day ("the criticisms of her actions by Comey", noun-possessive): open 41 of 72.
    // Forty-third round (session 48): open 42 of 72 ("..., with Senator McCain telling reporters he viewed Obama as
    // directly responsible", an absolute clause the parser hung inside the clause before it); held out unchanged.
    // Forty-fourth round (session 49): open 44 of 72 (o56b's "Lib Dem Nick Clegg Clegg accused Mr Farage" and "the
    // comments" owned by Farage twenty sentences back); held out unchanged.
    static final int OPEN_MIN_FOUND = 44;
    static final int OPEN_MAX_FALSE = 2;
    static final int HELD_OUT_MIN_FOUND = 35;
    static final int HELD_OUT_MAX_FALSE = 0;

    static final double MIN_CONFIDENCE = 0.5;

    record Sample(String name, String kind, List<String> ids) {
    }

    @Test
    void criticismOnBlindSamplesOfTheBulkCorpusMeetsItsFloors() throws IOException {
        Path samples = Extracted.root().resolve("evaluation/bulk-samples");
        Path bulk = Extracted.shared().resolve("corpus/bulk/news_bulk.jsonl");
        assumeTrue(Files.isRegularFile(bulk), "no ../shared/corpus/bulk/news_bulk.jsonl here");
        List<Sample> all = read(samples.resolve("samples.tsv"));
        Set<String> wanted = new java.util.HashSet<>();
        all.forEach(s -> wanted.addAll(s.ids()));
        Map<String, Article> articles = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        ArticleSources.read(List.of(bulk), a -> {
            if (wanted.contains(a.id())) {
                articles.put(a.id(), a);
            }
        }, problems::add);
        assertThat(articles.keySet()).as("sample articles in the bulk corpus").containsAll(wanted);

        Map<String, Score> byKind = new LinkedHashMap<>();
        for (Sample s : all) {
            List<InputProblem> goldProblems = new ArrayList<>();
            List<GoldRow> gold = GoldReader.read(List.of(samples.resolve(s.name() + ".gold.csv")), goldProblems::add);
            assertThat(goldProblems).as("problems reading %s's gold", s.name()).isEmpty();
            assertThat(gold).as("%s's gold rows are of its own articles", s.name())
                    .allSatisfy(g -> assertThat(s.ids()).contains(g.articleId()));
            Evaluation e = Scorer.score(gold, Extracted.run(s.ids().stream().map(articles::get).toList()), MIN_CONFIDENCE);
            Score c = e.score(Relation.CRITICISED);
            System.err.printf("bulk sample %s (%s): CRITICISED %d of %d found, %d false, %d neutral%n", s.name(), s.kind(),
                    c.found(), c.required(), c.falsePositives(), c.neutral());
            byKind.merge(s.kind(), c, (a, b) -> a.plus(b, s.kind()));
        }
        Score open = byKind.get("open");
        Score heldOut = byKind.get("held-out");
        assertThat(open.found()).as("open samples: CRITICISED rows found").isGreaterThanOrEqualTo(OPEN_MIN_FOUND);
        assertThat(open.falsePositives()).as("open samples: false CRITICISED rows").isLessThanOrEqualTo(OPEN_MAX_FALSE);
        assertThat(heldOut.found()).as("held-out samples: CRITICISED rows found").isGreaterThanOrEqualTo(HELD_OUT_MIN_FOUND);
        assertThat(heldOut.falsePositives()).as("held-out samples: false CRITICISED rows")
                .isLessThanOrEqualTo(HELD_OUT_MAX_FALSE);
    }

    /** samples.tsv: name, kind (open or held-out), seed, comma-separated article ids. */
    private static List<Sample> read(Path tsv) throws IOException {
        List<Sample> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                assertThat(r.get("kind")).as("%s: kind", tsv).isIn("open", "held-out");
                out.add(new Sample(r.get("name"), r.get("kind"), List.of(r.get("article_ids").split(","))));
            }
        }
        return out;
    }
}
