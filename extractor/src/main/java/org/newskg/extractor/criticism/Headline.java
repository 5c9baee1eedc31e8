package org.newskg.extractor.criticism;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.model.Relation;

/**
 * headline: "Clinton Blasts Trump Over Deportation Plan", "Reid slams Holt": a headline's present-tense cue verb
 * that the tagger took for a plural noun (so the parse has no verb to hang the names on), standing right between
 * two names. The parse is not used: the name just before the verb is the critic, the name just after it the target
 * (or the owner of what follows, "Slams Holt's Plan"); "Holt tweet that blasts Reid": a writing of the first name's
 * (authored-nouns.txt) may stand between it and the verb. Not when the first name is itself inside a description
 * ("Daughter of Eric Garner Blasts Clinton") or the second modifies a noun ("Slams Holt Campaign").
 */
final class Headline implements Sieve {

    @Override
    public String name() {
        return "headline";
    }

    /** Whether a sentence has a present-tense cue verb the tagger did not take for a verb: worth parsing for. */
    static boolean candidate(Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 1; i + 1 < ts.size(); i++) {
            if (misTaggedCue(ts.get(i)) && (capitalised(ts.get(i - 1)) || authoredBefore(ts, i) >= 0) && capitalised(ts.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Writings that speak for their author: "Holt Tweet That Blasts Reid", "Holt Ad Slams Reid". */
    private static final Set<String> AUTHORED = WordLists.words(Headline.class, "authored-nouns.txt");

    /**
     * "Holt tweet that blasts Reid", "Holt Ad Slams Reid": the index of the token just before a writing (its author's
     * name ends there) when one stands before the cue at {@code i}, with "that" or "which" between; -1 if none.
     */
    private static int authoredBefore(List<Token> ts, int i) {
        int k = i - 1;
        if (k >= 0 && (ts.get(k).word().equalsIgnoreCase("that") || ts.get(k).word().equalsIgnoreCase("which"))) {
            k--;
        }
        if (k < 1) {
            return -1;
        }
        String w = ts.get(k).word().toLowerCase(Locale.ROOT);
        boolean writing = AUTHORED.contains(w) || w.endsWith("s") && AUTHORED.contains(w.substring(0, w.length() - 1));
        return writing ? k - 1 : -1;
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.word().charAt(0));
    }

    private static boolean misTaggedCue(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (t.pos().startsWith("VB") || !w.endsWith("s") || w.length() < 4) {
            return false;
        }
        String stem = w.substring(0, w.length() - 1);
        return CriticismRules.isVerbCue(stem) || w.endsWith("es") && CriticismRules.isVerbCue(stem.substring(0, stem.length() - 1));
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        List<Token> ts = p.s.tokens();
        for (int i = 1; i + 1 < ts.size(); i++) {
            if (!misTaggedCue(ts.get(i))) {
                continue;
            }
            int author = authoredBefore(ts, i);
            Token before = ts.get(author >= 0 ? author : i - 1);
            Token after = ts.get(i + 1);
            Optional<PersonMention> critic = p.persons.mentionAt(before.begin()).filter(m -> m.end() == before.end());
            Optional<PersonMention> target = p.persons.mentionAt(after.begin()).filter(m -> m.begin() == after.begin());
            if (critic.isEmpty() || target.isEmpty() || insideDescription(ts, critic.get())
                    || modifiesNoun(ts, target.get())) {
                continue;
            }
            out.emit(p, Relation.CRITICISED, critic.get().canonical(), target.get().canonical(), 0.75, p.s.begin(), name());
        }
    }

    /** "Daughter Of Eric Garner": the name is a complement, not who speaks. */
    private static boolean insideDescription(List<Token> ts, PersonMention m) {
        for (int k = 0; k < ts.size(); k++) {
            if (ts.get(k).begin() == m.begin()) {
                return k > 0 && ts.get(k - 1).word().equalsIgnoreCase("of");
            }
        }
        return true;
    }

    /** "Slams Holt Campaign", "Mocks Holt Supporters": the name modifies the noun after it. */
    private static boolean modifiesNoun(List<Token> ts, PersonMention m) {
        for (int k = 0; k < ts.size(); k++) {
            if (ts.get(k).end() == m.end()) {
                return k + 1 < ts.size() && ts.get(k + 1).pos().startsWith("NN");
            }
        }
        return true;
    }
}
