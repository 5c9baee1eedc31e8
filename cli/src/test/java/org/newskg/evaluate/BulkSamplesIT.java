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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.model.ArticleSources;
import org.newskg.model.InputProblem;
import org.newskg.model.Relation;
import org.newskg.snapshot.Extracted;

/**
 * Accuracy on bulk articles annotated blind (evaluation/bulk-samples): each sample extracted as a run of its own, as
 * {@code kg extract} extracts a folder of its articles, and scored against its gold for the predicates it was annotated
 * for (samples.tsv's last column: CRITICISED only, or all three); the open samples (whose errors rules may be written
 * from) and the held-out ones (figures only) each held to floors summed over their samples. Skipped where
 * ../shared/corpus/bulk is not next to the project.
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
    // Forty-fifth round (session 50): four samples annotated for all three predicates (o58a-b open, h58a-b held out,
    // six articles each, seed 5808) joined; the CRITICISED floors now count them too (open 44 of 72 + 8 of 19, held out
    // 35 of 71 + 3 of 6).
    // Forty-sixth round (session 51): five more samples of all three predicates (o59a-b open, h59a-c held out, seed
    // 5909) joined, so every floor counts them; the false-row ceilings rose with them, not with a regression (held out
    // h59a-c, measured before this round's rules and unchanged by them: CRITICISED 10 of 33 with 1 false row, MEMBER_OF
    // 29 of 50 with 1, SAID 86 of 111 with 13). Open: CRITICISED 44 of 72 + 16 of 30, then o59c-e (the next 18 drawn
    // with seed 5909) joined: + 14 of 22.
    // Forty-seventh round (session 52): open 75 ("Warren grilled Wells Fargo CEO John Stumpf on Tuesday for his role in
    // ..."); held out unchanged. Quotes: two judges named "Justice X" as the annotators name them (open SAID 243 found,
    // 13 false rows).
    // Then five more samples of all three predicates (seed 6010: h60a-b held out, o60a-c open) joined, measured on the
    // round's first commit before any rule was written from them (held out h60a-b: CRITICISED 2 of 6, MEMBER_OF 25 of
    // 44, SAID 66 of 71 with 4 false rows; open o60a-c: CRITICISED 13 of 21), so every floor counts them.
    // Forty-eighth round (session 53): open 90 (parser repairs: "Will described Trump as ...", "as the co-chairman ...,
    // Liam Fox, ... called him 'a disappointment ...'"); held out unchanged. Open SAID 335 found, 21 false rows.
    // Fiftieth round (session 55): open 91 ("More than half of Clinton's address ... was devoted to criticizing
    // Trump's foreign policy record"); held out unchanged.
    // Fifty-first round (session 56): open 93 ("suggested that Clinton ... would be too ready to use force overseas",
    // twice); held out unchanged.
    // Fifty-second round (session 57): six open samples and two held out of all three predicates (seed 6111: o61a-f,
    // h61a-b) joined, measured on ce0b050 before any rule was written after the draw (open: CRITICISED 23 of 46 with 2
    // false rows, MEMBER_OF 45 of 81 with none, SAID 187 of 234 with 32; held out: CRITICISED 4 of 11 with 1,
    // MEMBER_OF 18 of 28 with 1, SAID 89 of 97 with 2), so every floor counts them; then the round's name and speaker
    // repairs: open CRITICISED 24 with 1 false row, SAID 206 with 14 (held out unchanged); then given names of both sexes
    // left out of the name list: held out SAID 290 found.
    // Fifty-third round (session 58): open 120 ("Trump said Clinton 'caused death'", "rescinded his endorsement of
    // Trump, saying he lacks the temperament", "sinking his teeth into Sen. Marco Rubio"); held out unchanged.
    // Fifty-fifth round: open 121 ("told BBC Radio Four's Today programme that Mr Howard's stance on the government's
    // anti-terrorism legislation was putting the country at risk", o61a: a parse mend and a wider gate).
    // Fifty-sixth round (session 61): three open samples of all three predicates (seed 6212: o62a-c) joined, measured on
    // 366500d before any rule was written after the draw (CRITICISED 10 of 89 with no false row: 73 of the 89 are in one
    // article whose lists lost their line breaks, see evaluation/bulk-samples/README.md; MEMBER_OF 38 of 129 with 2, SAID
    // 91 of 103 with 3), so every open floor counts them.
    // Then three open samples annotated for CRITICISED only (seed 6313: o63a-c, 36 articles) joined, measured on 366500d
    // before any rule was written after the draw (22 of 63 with 1 false row); then the round's rules from their misses
    // (an opening participle the parser made the root, "Entering the debate, Rubio and Christie -- seeking ... -- faced
    // increasing attacks from Bush and Kasich"; "questioned Trump's 'New York values' and his readiness to be commander
    // in chief"; "said Clinton should be disqualified from the presidency"; "inviting billionaire and Trump critic Mark
    // Cuban"): 29 of 63; held out unchanged.
    // Fifty-seventh round (session 62): open 164 ("saying his reckless comments render him unfit", "said Trump's remarks
    // had already made him a danger", "Cruz's back-and-forth with Marco Rubio", both ways); held out unchanged.
    // Fifty-eighth round (session 63): three open samples annotated for CRITICISED only (seed 6414: o64a-c, 36
    // articles) joined, measured on c9edb42 before any rule was written from them: 19 of 46, no false row; then
    // "questioned Trump's logic" and the like (qualities.txt) found nothing more in them: open 183 of 389.
    // Fifty-ninth round (session 64): open 184 ("said Clinton and the Democratic establishment are too concerned with
    // self-interest": a named subject with its conjuncts under a plural copula); held out unchanged.
    // Then two open samples and two held out of all three predicates (seed 6515: o65a-b, h65a-b, 24 articles) joined,
    // measured on 0ce6d25 before any rule was written after the draw (open: CRITICISED 9 of 23 with 2 false rows,
    // MEMBER_OF 22 of 37 with none, SAID 79 of 98 with 10; held out: CRITICISED 7 of 11 with none, MEMBER_OF 22 of 28
    // with none, SAID 79 of 89 with 4), so every floor counts them.
    // Then a two-word name whose first word is an epithet the article uses as a word ("Demogorgon Trump") is the person
    // named with a given name, not a second one: open 195 with 4 false rows (o65a).
    // Sixty-third round (session 68): open 196 ("said Republican Donald Trump poses a threat to the Constitution",
    // o63a).
    static final Floor OPEN_CRITICISED = new Floor(196, 4);
    static final Floor HELD_OUT_CRITICISED = new Floor(61, 2);
    // Memberships and quotes, on the samples annotated for them (o58a-b, o59a-e, o60a-c, h58a-b, h59a-c, h60a-b),
    // measured in the forty-seventh round (found = required rows found; for SAID a predicted quote may find a gold one
    // without matching it as "correct").
    // Fifty-first round: open MEMBER_OF 142 ("Scott Walker, one of the candidates vanquished by Trump in the Republican
    // presidential race", o60a).
    // Fifty-third round: open MEMBER_OF 189 ("Kaine, who criticized fellow Democrats", "Zionist Union head Isaac
    // Herzog"); held out unchanged.
    // Fifty-fourth round: open MEMBER_OF 191 (a party's polls as its race: "opponents such as Jeb Bush and Rand Paul" in
    // an article about Trump's lead in the Republican polls, o60b); held out 88 -> 89.
    // Fifty-fifth round: open MEMBER_OF 205 (office-holders of an article about one party's race, "Louisiana Gov. Bobby
    // Jindal", and a titled list, "Candidates Ben Carson, Marco Rubio, Rand Paul and John Kasich"); held out 89 -> 90.
    // Fifty-sixth round: o62a-c joined (above); then open MEMBER_OF 245 ("X, a broadly respected Republican,", "X,
    // communications director for the National Republican Senatorial Committee"); held out unchanged.
    // Fifty-seventh round: open MEMBER_OF 246 ("Shadow roads minister Richard Burden" in an article that speaks of "the
    // Conservative-led Government"); held out unchanged.
    // Fifty-eighth round: open MEMBER_OF 247 with 3 false rows, held out 91 (an office in one party's race firm enough
    // for the run's other articles: h60b's one row, figures only).
    // Fifty-ninth round: o65a-b and h65a-b joined (above): open 269 with 3 false rows, held out 113 with 2.
    // Sixty-second round: open MEMBER_OF 272 ("his Tory leadership rival", "contest Bethnal Green, in London, for
    // Respect", "The Glasgow Kelvin MP, who was expelled from Labour,"; o59a, o62a); held out unchanged.
    static final Floor OPEN_MEMBER_OF = new Floor(272, 3);
    static final Floor HELD_OUT_MEMBER_OF = new Floor(113, 2);
    // Fiftieth round: open SAID 338 found, 18 false rows ("Sophie in 't Veld" one person, o60a).
    // Fifty-sixth round: o62a-c joined: open SAID 635 found, 35 false rows.
    // Fifty-seventh round: open SAID 638 ("The Mayor of London said: '...'", three quotes, o62a).
    // Fifty-eighth round: open SAID 640 found, 34 false rows, as measured at 2792dcb; 641 and 33 after the round's
    // organisation nouns and peers' titles.
    // Fifty-ninth round: o65a-b and h65a-b joined (above): open 720 found, 43 false rows; held out 369, 24.
    // Then the epithet ("Demogorgon Trump" is Donald Trump): open 723 found, 40 false rows (o65a); then a line with no
    // verb (a photo's caption run into the text) has no subject a later "he" continues: 728 found, 39 false (o65a).
    // Sixtieth round: attribution shapes the speaker finder missed ("'...,' Simas had said", "Sanders himself
    // acknowledged", "Reid on Tuesday said", ", she said in a video message.", "Trump's claim that Obama 'founded ISIS'"):
    // open 734 found, 39 false rows; held out 370, 24. Then a plural possessive no longer closes a quote when the next
    // mark only closes ("taxpayers’ money", o61c): open 735.
    // Sixty-first round: a he/she after an open phrase ("critics, including, he said, '...'") and no topic from a dash
    // aside ("'...' -- that Bloomberg is perceived as ... -- '...,' he says", o65b): open 738 found, 36 false rows; then
    // ", said X, founder of the party." ends a sentence with a quote in it as ", said X." did (o60a): 739.
    // Sixty-second round: a quote after indirect speech ending in its attribution (", said Mr Thomas.", o62b), "said
    // former secretary of state X" (o60c), "From X's Facebook post:" (o59e): open 743 found, 36 false rows; then the
    // one other person of a clause whose subject cannot be a party nominal is that nominal ("Trump took on Clinton after
    // the Democratic front-runner had said", o61c): 744. Then "slammed Obama as elitist for suggesting that voters
    // '...'" is Obama's, "approached by Clinton who took her by the arm and said, '...'" Clinton's (o62b, o59e): 746
    // found, 34 false rows. Sixty-fourth round: a letter garbled by a wrong decoding read as the letter ("Enrique PeÃ±a
    // Nieto" one speaker, not "Nieto", o61e): 748 found, 32 false rows.
    static final Floor OPEN_SAID = new Floor(748, 32);
    static final Floor HELD_OUT_SAID = new Floor(370, 24);
    // The held-out samples of all three predicates (h58a-b, h59a-c, h60a-b, h61a-b: 54 articles) extracted as one run,
    // as a folder of theirs would be (forty-eighth round, 42 articles: micro F1 .823 against .810 six articles to a
    // run).
    // Fifty-second round: h61a-b joined the run (54 articles), measured on ce0b050 and unchanged by the round's rules
    // but one quote found (given names of both sexes left out of the name list): SAID 289 -> 290.
    // Fifty-eighth round: MEMBER_OF 99 as measured at 2792dcb (figures only).
    // Fifty-ninth round: h65a-b joined the run (66 articles), measured on 0ce6d25 before any rule was written after the
    // draw: MEMBER_OF 125 of 170 with 2 false rows, SAID 369 of 426 with 24, CRITICISED 26 of 67 with 2.
    static final Floor HELD_OUT_ONE_RUN_MEMBER_OF = new Floor(125, 2);
    // Sixtieth round: SAID 370 (one more quote of h59c, figures only).
    static final Floor HELD_OUT_ONE_RUN_SAID = new Floor(370, 24);
    static final Floor HELD_OUT_ONE_RUN_CRITICISED = new Floor(26, 2);

    /** At least {@code found} required rows found, at most {@code falsePositives} false rows. */
    record Floor(int found, int falsePositives) {
    }

    static final double MIN_CONFIDENCE = 0.5;

    record Sample(String name, String kind, List<String> ids, List<Relation> predicates) {
    }

    @Test
    void blindSamplesOfTheBulkCorpusMeetTheirFloors() throws IOException {
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

        Map<String, Score> byKind = new LinkedHashMap<>(); // "open CRITICISED" -> the sum over its samples
        List<String> heldOutIds = new ArrayList<>(); // the held-out samples of all three predicates, as one folder
        List<GoldRow> heldOutGold = new ArrayList<>();
        for (Sample s : all) {
            List<InputProblem> goldProblems = new ArrayList<>();
            List<GoldRow> rows = GoldReader.read(List.of(samples.resolve(s.name() + ".gold.csv")), goldProblems::add);
            assertThat(goldProblems).as("problems reading %s's gold", s.name()).isEmpty();
            assertThat(rows).as("%s's quotes are spans of their articles, not their text", s.name())
                    .filteredOn(g -> g.predicate() == Relation.SAID).allSatisfy(g -> assertThat(g.object()).matches(SPAN));
            List<GoldRow> gold = rows.stream().map(g -> quoted(g, articles.get(g.articleId()))).toList();
            assertThat(gold).as("%s's gold rows are of its own articles", s.name())
                    .allSatisfy(g -> assertThat(s.ids()).contains(g.articleId()));
            List<GoldRow> annotated = gold.stream().filter(g -> s.predicates().contains(g.predicate())).toList();
            assertThat(annotated).as("%s's gold rows are of the predicates it was annotated for", s.name()).hasSameSizeAs(gold);
            if (s.kind().equals("held-out") && s.predicates().containsAll(Scorer.PREDICATES)) {
                heldOutIds.addAll(s.ids());
                heldOutGold.addAll(gold);
            }
            Evaluation e = Scorer.score(gold, Extracted.run(s.ids().stream().map(articles::get).toList()), MIN_CONFIDENCE);
            for (Relation r : s.predicates()) {
                Score c = e.score(r);
                System.err.printf("bulk sample %s (%s): %s %d of %d found, %d false, %d neutral%n", s.name(), s.kind(), r,
                        c.found(), c.required(), c.falsePositives(), c.neutral());
                byKind.merge(s.kind() + " " + r, c, (a, b) -> a.plus(b, s.kind() + " " + r));
            }
        }
        assertMeets(byKind.get("open CRITICISED"), OPEN_CRITICISED, "open samples: CRITICISED");
        assertMeets(byKind.get("held-out CRITICISED"), HELD_OUT_CRITICISED, "held-out samples: CRITICISED");
        assertMeets(byKind.get("open MEMBER_OF"), OPEN_MEMBER_OF, "open samples: MEMBER_OF");
        assertMeets(byKind.get("held-out MEMBER_OF"), HELD_OUT_MEMBER_OF, "held-out samples: MEMBER_OF");
        assertMeets(byKind.get("open SAID"), OPEN_SAID, "open samples: SAID");
        assertMeets(byKind.get("held-out SAID"), HELD_OUT_SAID, "held-out samples: SAID");

        // The same held-out articles as one folder, as a user (or the issue's own held-out set) would run them: the
        // corpus sieve reads all of them together
        Evaluation together = Scorer.score(heldOutGold, Extracted.run(heldOutIds.stream().map(articles::get).toList()),
                MIN_CONFIDENCE);
        for (Relation r : Scorer.PREDICATES) {
            Score c = together.score(r);
            System.err.printf("held-out samples as one run (%d articles): %s %d of %d found, %d false%n",
                    heldOutIds.size(), r, c.found(), c.required(), c.falsePositives());
        }
        assertMeets(together.score(Relation.MEMBER_OF), HELD_OUT_ONE_RUN_MEMBER_OF,
                "held-out samples as one run: MEMBER_OF");
        assertMeets(together.score(Relation.SAID), HELD_OUT_ONE_RUN_SAID, "held-out samples as one run: SAID");
        assertMeets(together.score(Relation.CRITICISED), HELD_OUT_ONE_RUN_CRITICISED,
                "held-out samples as one run: CRITICISED");
    }

    /** A quote's place in its article, "@begin-end" in code points: the gold files hold no text of the corpus. */
    private static final Pattern SPAN = Pattern.compile("@(\\d+)-(\\d+)");

    /** The gold row with its quote's text read from the article, where the row gives the quote as a span. */
    static GoldRow quoted(GoldRow g, Article a) {
        Matcher m = SPAN.matcher(g.object());
        if (g.predicate() != Relation.SAID || a == null || !m.matches()) {
            return g;
        }
        String text = a.text();
        int begin = text.offsetByCodePoints(0, Integer.parseInt(m.group(1)));
        int end = text.offsetByCodePoints(begin, Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)));
        return new GoldRow(g.articleId(), g.subject(), g.predicate(), text.substring(begin, end), g.required(), g.where());
    }

    private static void assertMeets(Score score, Floor floor, String what) {
        assertThat(score).as("%s: no sample scored", what).isNotNull();
        assertThat(score.found()).as("%s rows found", what).isGreaterThanOrEqualTo(floor.found());
        assertThat(score.falsePositives()).as("%s false rows", what).isLessThanOrEqualTo(floor.falsePositives());
    }

    /** samples.tsv: name, kind (open or held-out), seed, comma-separated article ids, the predicates annotated. */
    private static List<Sample> read(Path tsv) throws IOException {
        List<Sample> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                assertThat(r.get("kind")).as("%s: kind", tsv).isIn("open", "held-out");
                List<Relation> predicates = java.util.Arrays.stream(r.get("predicates").split(",")).map(Relation::valueOf).toList();
                out.add(new Sample(r.get("name"), r.get("kind"), List.of(r.get("article_ids").split(",")), predicates));
            }
        }
        return out;
    }
}
