package org.newskg.extractor.membership;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extractor.persons.PersonMention;

/**
 * The persons of a list of names in a race sentence ("A, B and C", "former Florida governor A, retired
 * neurosurgeon B"): past the titles before a name and an appositive title after it, and where a listed mention
 * starts.
 */
final class NameLists {

    private NameLists() {
    }

    /** Past titles, adjectives and descriptions before a name in a list ("former Florida governor", "retired neurosurgeon"). */
    static int loose(SentenceView v, int k) {
        int limit = k + 5;
        while (k < v.size() && k < limit && v.person(k) == null && v.party(k) == null
                && (v.isRoleAt(k) || v.pos(k).startsWith("JJ") || v.pos(k).equals("VBN") || v.pos(k).startsWith("NN")
                || v.pos(k).equals("VBD") && v.pos(k + 1).startsWith("NN") && v.person(k + 1) == null
                || v.pos(k).equals("DT"))) {
            k++;
        }
        return k;
    }

    /** The persons of a list starting at {@code k}: "A, B and C", each name possibly after its titles. */
    static List<PersonMention> list(SentenceView v, int k) {
        List<PersonMention> out = new ArrayList<>();
        int j = loose(v, k);
        while (j < v.size() && v.person(j) != null) {
            out.add(v.person(j));
            int e = appositive(v, v.skipTrailer(v.endOf(j)));
            if (",".equals(v.word(e)) && "and".equals(v.word(e + 1))) {
                e++;
            }
            if (!(",".equals(v.word(e)) || "and".equals(v.word(e)) || "or".equals(v.word(e)))) {
                break;
            }
            j = loose(v, e + 1);
        }
        return out;
    }

    /** Past an appositive title after a name in a list ("A, the business secretary, B"): the comma that ends it, else {@code e}. */
    static int appositive(SentenceView v, int e) {
        if (!",".equals(v.word(e)) || !("the".equals(v.lower(e + 1)) || "a".equals(v.lower(e + 1)))) {
            return e;
        }
        int k = loose(v, e + 1);
        return k > e + 2 && ",".equals(v.word(k)) ? k : e;
    }

    /** Where the mention {@code m} starts, at or after {@code from}; the sentence's last position when it does not. */
    static int indexOf(SentenceView v, PersonMention m, int from) {
        for (int i = from; i < v.size(); i++) {
            if (v.personStart[i] == m) {
                return i;
            }
        }
        return v.size() - 1;
    }
}
