package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.DependencyPattern;
import org.newskg.model.Relation;

/**
 * The sieves written as Semgrex patterns in {@code patterns.semgrex}: each line is a rule name, a tab and a
 * pattern over the basic dependencies, with the nodes {@code =cue}, {@code =target} and either
 * {@code =critic} or {@code =clause} (the critic is that verb's subject, inherited as
 * {@link ParsedSentence#subjects} explains). {@code ${VERB}}, {@code ${NOUN}}, {@code ${ADJ}} stand for the
 * cue lemmas of that kind in cues.tsv ({@code ${FIRE}}: NOUN and UNDER; {@code ${FIRE_WORDS}} the same
 * without the slashes, to extend in a pattern). One sieve per rule name, in the order of the file.
 */
final class SemgrexSieve implements Sieve {

    private final String name;
    private final List<DependencyPattern> patterns;

    private SemgrexSieve(String name, List<DependencyPattern> patterns) {
        this.name = name;
        this.patterns = List.copyOf(patterns);
    }

    /** The sieves of a pattern resource, in file order. */
    static List<Sieve> load(String resource, Map<String, List<Cue>> lexicon) {
        Map<String, String> macros = Map.of(
                "${VERB}", Cue.regex(lexicon, Cue.Kind.VERB, Relation.CRITICISED),
                "${PRAISE}", Cue.regex(lexicon, Cue.Kind.VERB, Relation.PRAISED),
                "${NOUN}", Cue.regex(lexicon, Cue.Kind.NOUN, Relation.CRITICISED),
                "${FIRE}", Cue.regex(lexicon, Cue.Kind.NOUN, Relation.CRITICISED).replaceFirst("/$", "|")
                        + Cue.regex(lexicon, Cue.Kind.UNDER, Relation.CRITICISED).substring(1),
                "${ADJ}", Cue.regex(lexicon, Cue.Kind.ADJ, Relation.CRITICISED),
                "${FIRE_WORDS}", Cue.regex(lexicon, Cue.Kind.NOUN, Relation.CRITICISED).replaceAll("^/|/$", "") + "|"
                        + Cue.regex(lexicon, Cue.Kind.UNDER, Relation.CRITICISED).replaceAll("^/|/$", ""));
        Map<String, List<DependencyPattern>> byName = new LinkedHashMap<>();
        for (String line : WordLists.lines(SemgrexSieve.class, resource)) {
            String[] f = line.split("\t", 2);
            if (f.length != 2) {
                throw new IllegalStateException(resource + ": 'rule<TAB>pattern' expected in: " + line);
            }
            String pattern = f[1].strip();
            for (Map.Entry<String, String> m : macros.entrySet()) {
                pattern = pattern.replace(m.getKey(), m.getValue());
            }
            byName.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(DependencyPattern.compile(pattern));
        }
        List<Sieve> out = new ArrayList<>();
        byName.forEach((n, ps) -> out.add(new SemgrexSieve(n, ps)));
        return out;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (DependencyPattern pattern : patterns) {
            for (Map<String, Integer> m : pattern.matches(p.d)) {
                int cue = m.get("cue");
                if (out.settled(p, cue)) {
                    continue;
                }
                Integer critic = m.get("critic");
                Integer clause = m.get("clause");
                List<Integer> critics = critic != null ? List.of(critic) : p.subjects(clause != null ? clause : cue);
                List<Integer> targets = List.of(m.get("target"));
                Relation relation = CriticismRules.cues(p.d.token(cue)).map(Cue::relation).findFirst()
                        .orElse(Relation.CRITICISED);
                out.add(p, relation, cue, critics, targets, name, 0.75);
            }
        }
    }
}
