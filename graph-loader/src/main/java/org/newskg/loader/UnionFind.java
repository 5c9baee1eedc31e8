package org.newskg.loader;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Which raw keys are one cluster so far: a union-find whose roots do not depend on the order of the unions. */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    UnionFind(Collection<String> keys) {
        for (String k : keys) {
            parent.put(k, k);
        }
    }

    String find(String k) {
        String p = parent.get(k);
        if (p.equals(k)) {
            return k;
        }
        String root = find(p);
        parent.put(k, root);
        return root;
    }

    /** Roots are the alphabetically first key: the same whatever the order of the unions. */
    void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }
}
