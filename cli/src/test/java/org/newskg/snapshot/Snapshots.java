package org.newskg.snapshot;

import java.util.List;

/** What the snapshot tests share: the switch that rewrites them, and a line diff for their failure messages. */
final class Snapshots {

    /** The system property that rewrites the snapshots instead of comparing with them. */
    static final String UPDATE = "snapshot.update";

    private Snapshots() {
    }

    /** Whether {@code -Dsnapshot.update=true} was given. */
    static boolean updating() {
        return Boolean.getBoolean(UPDATE);
    }

    /**
     * The lines only in {@code expected} ("- ") and only in {@code actual} ("+ "), in order, with the unchanged
     * lines left out (a longest-common-subsequence diff).
     */
    static String diff(List<String> expected, List<String> actual) {
        int n = expected.size();
        int m = actual.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = expected.get(i).equals(actual.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.append("- ").append(expected.get(i++)).append('\n');
            } else {
                out.append("+ ").append(actual.get(j++)).append('\n');
            }
        }
        return out.length() == 0 ? "(the same rows; they differ in bytes: line endings or quoting)\n" : out.toString();
    }
}
