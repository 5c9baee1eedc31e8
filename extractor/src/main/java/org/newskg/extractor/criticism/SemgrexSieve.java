package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.DependencyPattern;
import org.newskg.model.Relation;

/**
 * The sieves written as Semgrex patterns in {@code patterns.semgrex}: each line is a rule name, a tab and a
 * pattern over the basic dependencies, with the nodes {@code =cue}, {@code =target} and either
 * {@code =critic} or {@code =clause} (the critic is that verb's subject, inherited as
 * {@link VerbSubjects#subjects} explains); instead of {@code =target}, {@code =subjectof} makes the target that
 * verb's inherited subject. {@code ${VERB}}, {@code ${NOUN}}, {@code ${ADJ}} stand for the
 * cue lemmas of that kind in cues.tsv ({@code ${FIRE}}: NOUN and UNDER; {@code ${FIRE_WORDS}} the same
 * without the slashes, to extend in a pattern), {@code ${REMARK}} the REMARK cues, {@code ${PARTICLE}} the verbs of the
 * PARTICLE cues (a node {@code =particle} must then be one of the particles cues.tsv lists for the verb); a line
 * {@code define NAME /regex/}
 * (tab-separated) defines {@code ${NAME}} for the lines after it. One sieve per rule name, in the order of the file.
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
        Map<String, String> macros = new LinkedHashMap<>(Map.of(
                "${VERB}", Cue.regex(lexicon, Cue.Kind.VERB, Relation.CRITICISED),
                "${PRAISE}", Cue.regex(lexicon, Cue.Kind.VERB, Relation.PRAISED),
                "${NOUN}", Cue.regex(lexicon, Cue.Kind.NOUN, Relation.CRITICISED),
                "${FIRE}", Cue.regex(lexicon, Cue.Kind.NOUN, Relation.CRITICISED).replaceFirst("/$", "|")
                        + Cue.regex(lexicon, Cue.Kind.UNDER, Relation.CRITICISED).substring(1),
                "${ADJ}", Cue.regex(lexicon, Cue.Kind.ADJ, Relation.CRITICISED),
                "${FIRE_WORDS}", Cue.regex(lexicon, Cue.Kind.NOUN, Relation.CRITICISED).replaceAll("^/|/$", "") + "|"
                        + Cue.regex(lexicon, Cue.Kind.UNDER, Relation.CRITICISED).replaceAll("^/|/$", ""),
                "${REMARK}", Cue.regex(lexicon, Cue.Kind.REMARK, Relation.CRITICISED),
                "${PARTICLE}", Cue.regex(lexicon, Cue.Kind.PARTICLE, Relation.CRITICISED)));
        Map<String, List<DependencyPattern>> byName = new LinkedHashMap<>();
        for (String line : WordLists.lines(SemgrexSieve.class, resource)) {
            String[] f = line.split("\t", 2);
            if (f[0].strip().equals("define")) {
                String[] d = f.length == 2 ? f[1].split("\t", 2) : new String[0];
                if (d.length != 2) {
                    throw new IllegalStateException(resource + ": 'define<TAB>NAME<TAB>/regex/' expected in: " + line);
                }
                macros.put("${" + d[0].strip() + "}", d[1].strip());
                continue;
            }
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

    /**
     * The words of each {@code define NAME /a|b|c/} line (a plain alternation) of a pattern resource, by name: for a
     * parse gate that must let through what the patterns read.
     */
    static Map<String, Set<String>> definedWords(String resource) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String line : WordLists.lines(SemgrexSieve.class, resource)) {
            String[] f = line.split("\t");
            if (f.length == 3 && f[0].strip().equals("define") && f[2].strip().matches("/[a-z|-]+/")) {
                String regex = f[2].strip();
                out.put(f[1].strip(), Set.of(regex.substring(1, regex.length() - 1).split("\\|")));
            }
        }
        return Map.copyOf(out);
    }

    /** No {@code =particle} node, or one that cues.tsv lists for the cue's verb ("slap down", not "slap on"). */
    private static boolean particleOfCue(ParsedSentence p, int cue, Integer particle) {
        if (particle == null) {
            return true;
        }
        String word = p.d.token(particle).word().toLowerCase(Locale.ROOT);
        return CriticismRules.cues(p.d.token(cue))
                .anyMatch(c -> c.kind() == Cue.Kind.PARTICLE && c.particles().contains(word));
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
                if (out.settled(p, cue) || !particleOfCue(p, cue, m.get("particle"))) {
                    continue;
                }
                Integer critic = m.get("critic");
                Integer clause = m.get("clause");
                List<Integer> critics = critic != null ? List.of(critic) : p.subjects(clause != null ? clause : cue);
                Integer target = m.get("target");
                List<Integer> targets = target != null ? List.of(target) : p.subjects(m.get("subjectof"));
                Relation relation = CriticismRules.cues(p.d.token(cue)).map(Cue::relation).findFirst()
                        .orElse(Relation.CRITICISED);
                out.add(p, relation, cue, critics, targets, name, 0.75);
            }
        }
    }
}
