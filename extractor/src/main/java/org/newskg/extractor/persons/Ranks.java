package org.newskg.extractor.persons;

import static org.newskg.extractor.persons.NameShape.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.NameSpans.Span;

/**
 * The rank titles an article writes with a name, read for {@link Namesakes} when a bare surname has several
 * namesakes: the rank right before it ("President Bush"), the rank of an appositive right after it ("Whitfield, the
 * commissioner,"), and the ranks before the full names, to tell which namesake the article gave that rank.
 */
final class Ranks {

    private static final NameLexicon LEX = NameLexicon.DEFAULT;

    private final Doc doc;

    Ranks(Doc doc) {
        this.doc = doc;
    }

    /**
     * The rank titles of the title phrase right before a full name: "president" of "Former President Bill Clinton",
     * "secretary" of "Secretary of State Hillary Clinton" (so that "Secretary Clinton" is she); up to four words
     * back, through "of", "the" and capitalised words.
     */
    Set<String> ranksBefore(Span sp) {
        List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
        Set<String> out = new HashSet<>();
        for (int k = sp.firstToken() - 1; k >= Math.max(0, sp.firstToken() - 4); k--) {
            String w = ts.get(k).word();
            String r = rank(w);
            if (r != null) {
                out.add(r);
            } else if (!(w.equals("of") || w.equals("the") || Character.isUpperCase(w.charAt(0)))) {
                break; // "Secretary of State Hillary Clinton": "State" and "of" are part of the title
            }
        }
        return out;
    }

    /** The namesakes the article named in full with this rank before them ("Commissioner Dale Whitfield"). */
    List<String> ranked(List<String> owners, String rank, Map<Span, String> resolved) {
        List<String> ranked = new ArrayList<>();
        for (Map.Entry<Span, String> e : resolved.entrySet()) {
            if (e.getKey().words().size() >= 2 && owners.contains(e.getValue())
                    && ranksBefore(e.getKey()).stream().map(TitleReader::title).anyMatch(TitleReader.title(rank)::equals)
                    && !ranked.contains(e.getValue())) {
                ranked.add(e.getValue());
            }
        }
        return ranked;
    }

    /** The rank of an appositive right after a bare surname ("Whitfield, the commissioner, said"), else null. */
    String rankAfter(Span sp) {
        List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
        int k = sp.firstToken();
        while (k < ts.size() && ts.get(k).begin() < sp.end()) {
            k++;
        }
        if (sp.words().size() != 1 || k + 3 >= ts.size() || !",".equals(ts.get(k).word())
                || !"the".equalsIgnoreCase(ts.get(k + 1).word()) || !",".equals(ts.get(k + 3).word())) {
            return null;
        }
        return rank(ts.get(k + 2).word());
    }

    /** The rank title right before a name ("President", "Sen."; not an honorific such as "Mr"), lower case; else null. */
    String rankBefore(Span sp) {
        List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
        if (sp.firstToken() == 0) {
            return null;
        }
        return rank(ts.get(sp.firstToken() - 1).word());
    }

    /** A title that is not an honorific, as a rank ("president" of "President", "sen" of "Sen."), else null. */
    private static String rank(String w) {
        return LEX.isTitle(w) && !LEX.isHonorific(w) ? lower(w).replace(".", "") : null;
    }
}
