package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.extractor.WordLists;
import org.newskg.model.Relation;

/**
 * One entry of the cue lexicon (resource cues.tsv).
 *
 * @param lemma     the lemma that triggers it
 * @param relation  CRITICISED or PRAISED
 * @param kind      how its arguments are found
 * @param particles for PHRASAL cues, the particles ("out", "at"); the last one introduces the target
 */
record Cue(String lemma, Relation relation, Kind kind, List<String> particles) {

    /**
     * VERB "X slammed Y"; PHRASAL "X hit out at Y" (target after the last particle); PARTICLE "X called out Y"
     * (target is the object); NOUN "X's attack on Y"; ADJ "X was critical of Y"; RETORT "Y hit back";
     * RECIPROCAL "X and Y traded insults"; CONTINUATION "Then he turned to Y", after a criticism; LABEL "X called Y
     * a liar"; QUALITY "X questioned Y's judgment": a criticism only when the object is one of a person's
     * qualities (qualities.txt); SAYING "X said Y was unfit": a criticism only when the reported clause predicates an
     * insult (insults.txt) of Y or Y's words; DEMAND "X called on Y to resign": a demand that Y leave a post (exits.tsv);
     * REMARK "X's disparaging remarks about Y": scorn in what X said about Y; REASON "X hit Y for taking money", "X grilled Y
     * over the scandal": a verb that criticises only when it gives its reason (after "for", "over" or "on").
     */
    enum Kind { VERB, PHRASAL, PARTICLE, NOUN, UNDER, ADJ, FEELING, RETORT, RECIPROCAL, CONTINUATION, LABEL, QUALITY, SAYING,
        DEMAND, REMARK, REASON }

    Cue {
        particles = List.copyOf(particles);
    }

    /** The lexicon: lemma to its cues (a lemma can be a verb and a noun, or several phrasal verbs). */
    static Map<String, List<Cue>> lexicon() {
        Map<String, List<Cue>> out = new HashMap<>();
        for (String line : WordLists.lines(Cue.class, "cues.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalStateException("cues.tsv: at least 3 columns expected in: " + line);
            }
            List<String> particles = f.length > 3 ? List.of(f[3].strip().split("\\s+")) : List.of();
            Cue cue = new Cue(f[0].strip().toLowerCase(Locale.ROOT), Relation.parse(f[1]), Kind.valueOf(f[2].strip()),
                    particles);
            out.computeIfAbsent(cue.lemma(), k -> new ArrayList<>()).add(cue);
        }
        return Map.copyOf(out);
    }

    /** The lemmas of one kind and relation as a Semgrex regex ("/attack|slam/"), for the pattern files. */
    static String regex(Map<String, List<Cue>> lexicon, Kind kind, Relation relation) {
        return lexicon.values().stream().flatMap(List::stream)
                .filter(c -> c.kind() == kind && c.relation() == relation).map(Cue::lemma).distinct().sorted()
                .collect(java.util.stream.Collectors.joining("|", "/", "/"));
    }
}
