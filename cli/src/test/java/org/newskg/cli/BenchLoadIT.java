package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code kg bench load} on a tiny input: it warms every method up, runs each the given number of times, and
 * ends with the machine-readable line.
 */
class BenchLoadIT {

    /** Also: ours and LOAD CSV write the same fact relationships (both load every triple; row by row a sample). */
    @Test
    void printsEveryMethodAndEndsWithTheMachineReadableLine() {
        LoaderCommandsIT.Result r = LoaderCommandsIT.run(List.of("bench", "load", "--triples", "500", "--row-sample", "100",
                "--warmup", "0", "--repeat", "1"));

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("method");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ours "))
                .anySatisfy(l -> assertThat(l).startsWith("row-by-row "))
                .anySatisfy(l -> assertThat(l).startsWith("LOAD CSV "));
        assertThat(lines.get(lines.size() - 1)).matches("load_speedup_vs_row=[0-9.]+ load_ratio_vs_load_csv=[0-9.]+"
                + " ours_triples_per_s=[0-9]+ row_triples_per_s=[0-9]+ load_csv_triples_per_s=[0-9]+ triples=500"
                + " row_sample=100 batch_size=5000 warmup=0 repeat=1");
        List<String> rows = lines.stream().filter(l -> l.startsWith("ours ") || l.startsWith("LOAD CSV ")).toList();
        assertThat(rows).hasSize(2);
        String oursFacts = lastField(rows.get(0));
        assertThat(Long.parseLong(oursFacts)).isPositive();
        assertThat(lastField(rows.get(1))).as("LOAD CSV's fact relationships").isEqualTo(oursFacts);
    }

    @Test
    void warmsUpUntimedThenReportsTheMedianOfTheRepeatedRuns() {
        LoaderCommandsIT.Result r = LoaderCommandsIT.run(List.of("bench", "load", "--triples", "300", "--methods", "ours",
                "--warmup", "100", "--repeat", "2"));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("ours: 100 triples in", "warm-up ours:");
        assertThat(r.err().lines().filter(l -> l.contains("ours: 300 triples in"))).hasSize(2);
        assertThat(r.out().lines().filter(l -> l.startsWith("ours "))).hasSize(1);
        assertThat(r.out().lines().toList().get(r.out().lines().toList().size() - 1)).endsWith("warmup=100 repeat=2");
    }

    private static String lastField(String line) {
        String[] f = line.trim().split("\\s+");
        return f[f.length - 1];
    }
}
