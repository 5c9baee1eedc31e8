package org.newskg.extractor.membership;

import java.util.List;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonMention;

/** One sentence with its person and party mentions laid over its tokens. */
final class SentenceView {

    final Sentence sentence;
    final List<Token> tokens;
    /** person mention starting at each token, or null. */
    final PersonMention[] personStart;
    /** person mention covering each token, or null. */
    final PersonMention[] personAt;
    /** party mention starting at each token, or null. */
    final PartyMention[] partyStart;
    final List<PartyMention> parties;

    SentenceView(Sentence sentence, List<PersonMention> persons, List<PartyMention> parties) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.parties = parties;
        int n = tokens.size();
        personStart = new PersonMention[n];
        personAt = new PersonMention[n];
        partyStart = new PartyMention[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            for (PersonMention m : persons) {
                if (m.begin() <= t.begin() && t.end() <= m.end()) {
                    personAt[i] = m;
                    if (i == 0 || personAt[i - 1] != m) {
                        personStart[i] = m;
                    }
                }
            }
        }
        for (PartyMention p : parties) {
            partyStart[p.first()] = p;
        }
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
    }

    String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    /** The position just past a person mention that starts at {@code i}. */
    int endOf(int i) {
        PersonMention m = personAt[i];
        int k = i;
        while (k < tokens.size() && personAt[k] == m) {
            k++;
        }
        return k;
    }

    boolean isPossessive(int i) {
        String w = word(i);
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }
}
