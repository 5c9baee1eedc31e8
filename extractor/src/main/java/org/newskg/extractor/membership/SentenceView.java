package org.newskg.extractor.membership;

import org.newskg.extractor.persons.RoleWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonMention;

/** One sentence with its person and party mentions laid over its tokens, and the token tests the sieves share. */
final class SentenceView {

    private static final Set<String> ROLES = RoleWords.PARTY_ROLE.words();
    private static final Set<String> TIME_WORDS = WordLists.with(WordLists.WEEKDAYS, "tonight", "today", "yesterday",
            "tomorrow", "morning", "afternoon", "evening", "week", "month", "year", "weekend", "earlier", "later", "now",
            "then");

    final Sentence sentence;
    final List<Token> tokens;
    /** person mention starting at each token, or null. */
    final PersonMention[] personStart;
    /** person mention covering each token, or null. */
    final PersonMention[] personAt;
    /** party mention starting at each token, or null. */
    final PartyMention[] partyStart;
    /** party mention covering each token, or null. */
    private final PartyMention[] partyCover;
    final List<PartyMention> parties;

    SentenceView(Sentence sentence, List<PersonMention> persons, List<PartyMention> parties) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.parties = parties;
        int n = tokens.size();
        personStart = new PersonMention[n];
        personAt = new PersonMention[n];
        partyStart = new PartyMention[n];
        partyCover = new PartyMention[n];
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
            for (int i = p.first(); i <= p.last(); i++) {
                partyCover[i] = p;
            }
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

    /** The words from {@code from} to {@code to} (inclusive), as written ("" outside the sentence). */
    List<String> words(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(this::word).toList();
    }

    /** The word in lower case, "" outside the sentence. */
    String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    String lemma(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lemma().toLowerCase(Locale.ROOT) : "";
    }

    /** The person mention starting at {@code i}, or null (also outside the sentence). */
    PersonMention person(int i) {
        return i >= 0 && i < personStart.length ? personStart[i] : null;
    }

    /** The party mention starting at {@code i}, or null (also outside the sentence). */
    PartyMention party(int i) {
        return i >= 0 && i < partyStart.length ? partyStart[i] : null;
    }

    /** The party mention covering {@code i}, or null (also outside the sentence). */
    PartyMention partyAt(int i) {
        return i >= 0 && i < partyCover.length ? partyCover[i] : null;
    }

    /** The first position of the person mention at {@code i} ("Trump" of "Donald Trump": "Donald"); {@code i} if none. */
    int startOf(int i) {
        int s = i;
        while (s > 0 && personAt[s] != null && personAt[s - 1] == personAt[s]) {
            s--;
        }
        return s;
    }

    /**
     * The position just past a person mention that starts at {@code i}, and past a photo caption's marker after the
     * name ("Geoff Young, left, in the Democratic primary", "Tim Farron (right)"): the comma after the marker stays.
     */
    int endOf(int i) {
        PersonMention m = personAt[i];
        int k = i;
        while (k < tokens.size() && personAt[k] == m) {
            k++;
        }
        if (",".equals(word(k)) && CAPTION_MARKS.contains(lower(k + 1)) && ",".equals(word(k + 2))) {
            return k + 2;
        }
        if (("(".equals(word(k)) || "-LRB-".equals(word(k))) && CAPTION_MARKS.contains(lower(k + 1))
                && (")".equals(word(k + 2)) || "-RRB-".equals(word(k + 2)))) {
            return k + 3;
        }
        return k;
    }

    /** Words that place a person in a photo and say nothing of them: "X, pictured, said", "Y (left)". */
    private static final Set<String> CAPTION_MARKS = Set.of("left", "right", "centre", "center", "pictured", "above",
            "below", "inset", "top", "bottom");

    boolean isPossessive(int i) {
        String w = word(i);
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    /** Whether a noun continues the phrase at {@code k} ("the Labour government"), not a time word or a participle. */
    boolean nounFollows(int k) {
        return k < size() && pos(k).startsWith("NN") && !word(k).endsWith("ing")
                && !TIME_WORDS.contains(lower(k));
    }

    /** The first position from {@code k} on that is not a role word ("leader", "MP") or starts a person's name. */
    int afterRoles(int k) {
        while (k < size() && personStart[k] == null && isRole(word(k))) {
            k++;
        }
        return k;
    }

    /** A role word, or a place name in a title ("Ohio Gov.", "London UKIP MEP"). */
    boolean isRoleAt(int k) {
        return k < size() && (isRole(word(k)) || "LOCATION".equals(token(k).ner()) && pos(k).startsWith("NNP"));
    }

    /** Past "of Texas", "in Colorado", "(R-Ill.)", "in 2008" after a name. */
    int skipTrailer(int e) {
        int j = e;
        if (("of".equals(word(j)) || "in".equals(word(j)) || "from".equals(word(j)))
                && pos(j + 1).startsWith("NNP")) {
            j++;
            while (j < size() && pos(j).startsWith("NNP") && personStart[j] == null) {
                j++;
            }
        } else if ("in".equals(word(j)) && "CD".equals(pos(j + 1))) {
            j += 2;
        }
        return pastBracket(j, e + 8);
    }

    /**
     * Past a bracket that opens at {@code j} ("(R-Ill.)", "(Ind, Southgate)"), looking for its close no further than
     * {@code limit}; {@code j} when no bracket opens there.
     */
    int pastBracket(int j, int limit) {
        if (!"(".equals(word(j)) && !"-LRB-".equals(word(j))) {
            return j;
        }
        while (j < size() && !")".equals(word(j)) && !"-RRB-".equals(word(j)) && j < limit) {
            j++;
        }
        return j + 1;
    }

    static boolean isDash(String word) {
        return org.newskg.extractor.WordLists.DASHES.contains(word);
    }

    static boolean isRole(String word) {
        if ("MS".equals(word) || "MSs".equals(word)) {
            return true; // "the Labour MS for Cwm Rhondda": a Member of the Senedd, in capitals only (not "Ms")
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".") && w.length() > 1) {
            w = w.substring(0, w.length() - 1);
        }
        return ROLES.contains(w) || w.startsWith("ex-") && ROLES.contains(w.substring(3));
    }
}
