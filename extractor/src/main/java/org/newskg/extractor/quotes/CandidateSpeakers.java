package org.newskg.extractor.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.extractor.quotes.Candidate.Kind;

/**
 * Which person a candidate speaker is: a name is that person; he/she goes to the latest compatible subject or speaker
 * (never to one named in the quote or in the clause its verb reports), or to the speaker of indirect speech just named;
 * a role ("the chancellor") to the name in apposition to it or the latest compatible person; a document ("the
 * statement") to the named person who issued it. The {@link Attributor}'s passes ask it of every speaker they find.
 */
final class CandidateSpeakers extends AttributorPart {

    CandidateSpeakers(Attributor attributor) {
        super(attributor);
    }

    /** The attribution to {@code c}, found by the verb at {@code verb}: a person where {@code c} is one. */
    Attribution resolve(Candidate c, String rule, double confidence, int verb) {
        int anchor = ix.toks[verb].begin();
        switch (c.kind()) {
            case PERSON:
                return new Attribution(c.name(), confidence, rule, anchor);
            case PRONOUN: {
                Set<String> exclude = notTheSpeaker(c, verb);
                String who = discourse.resolvePronoun(ix.toks[c.start()].begin(), exclude, salient).orElse(null);
                String previous = previousSentenceSpeaker(c.start());
                if (previous != null && discourse.genderOnlyFromGivenName(previous) && !exclude.contains(previous)
                        && !samePronounBefore(c.start(), previous)) {
                    // "..., Professor Lee Epstein said. ‘...,’ she said.": the speaker just named, whatever her name suggests;
                    // not "He reminds the house that Caroline Dutt told ... ‘...,’ he says": that "he" is the one
                    who = previous;
                }
                return who == null ? Attribution.unnamed(rule, anchor)
                        : new Attribution(who, confidence - 0.1, rule + "/pronoun", anchor);
            }
            case ROLE: {
                String apposed = apposedName(c.end() + 1, ix.sentenceEnd[c.start()]);
                if (apposed != null) {
                    return new Attribution(apposed, confidence, rule, anchor); // "said the chairman of ..., Labour MP X."
                }
                if ("ORGANIZATION".equals(ix.toks[roleHead(c)].ner())) {
                    return Attribution.unnamed(rule, anchor); // "The New Hampshire Union Leader said": a newspaper
                }
                List<String> words = new ArrayList<>();
                for (int k = c.start(); k <= c.end(); k++) {
                    words.add(ix.word(k));
                }
                String who = discourse.resolveNominal(ix.toks[c.start()].begin(), words, notTheSpeaker(c, verb), salient)
                        .orElse(null);
                return who == null ? Attribution.unnamed(rule, anchor)
                        : new Attribution(who, confidence - 0.15, rule + "/role", anchor);
            }
            default: {
                String author = !lex.documentNouns.contains(c.name()) ? null
                        : "the".equals(ix.lower(c.start())) ? author(c.start(), c.name()) : null;
                if (author == null && lex.documentNouns.contains(c.name())) {
                    author = possessor(c); // "Fontenot's statement said", "the letter from Fontenot said"
                }
                return author == null ? Attribution.unnamed(rule, anchor)
                        : new Attribution(author, confidence - 0.15, rule + "/document", anchor);
            }
        }
    }

    /** The last word of a role speaker's role: "Mayor" of "The Mayor of London", else the phrase's last word. */
    private int roleHead(Candidate c) {
        for (int k = c.start() + 1; k < c.end(); k++) {
            if ("of".equals(ix.lower(k))) {
                return k - 1;
            }
        }
        return c.end();
    }

    /**
     * The name in apposition to a role speaker: "said the chairman of the Commons education select committee, Labour MP
     * Barry Sheerman.": after the role's phrase (no verb, no quote), a comma, up to four capitalised title words, and a
     * name that ends the sentence or the phrase (a comma, a full stop, a bracket). Null when there is none.
     */
    private String apposedName(int from, int end) {
        for (int k = from; k < end && k < from + 15 && !ix.inQuote(k); k++) {
            if (ix.isVerb(k) || ";".equals(ix.word(k)) || ix.mentionStarting[k] != null) {
                return null;
            }
            if (",".equals(ix.word(k))) {
                int j = k + 1;
                while (j < end && j < k + 5 && ix.mentionStarting[j] == null && !ix.inQuote(j)
                        && Character.isUpperCase(ix.word(j).charAt(0)) && ix.toks[j].pos().startsWith("NNP")) {
                    j++; // "Labour MP", "Rep."
                }
                if (j >= end || ix.mentionStarting[j] == null) {
                    return null;
                }
                int e = ix.endOfMention(j);
                String after = e + 1 < end ? ix.word(e + 1) : ".";
                return e + 1 >= end || ",".equals(after) || ".".equals(after) || "(".equals(after) || "-LRB-".equals(after)
                        ? ix.mentionStarting[j].canonical() : null;
            }
        }
        return null;
    }

    /**
     * Who a he/she or role speaking at token {@code k} is not: a person named in the quote itself ("And he lacks the
     * ties that Hillary has," she said), or in the clause the pronoun's verb reports ("Trump isn't a
     * conservative, he said"), as nobody speaks of themselves by name.
     */
    private Set<String> notTheSpeaker(Candidate c, int verb) {
        int k = c.start();
        Set<String> out = new java.util.HashSet<>();
        if (current() >= 0) {
            Quote q = ix.quotes.get(current());
            for (PersonMention m : persons.mentionsIn(q.textBegin(), q.textEnd())) {
                out.add(m.canonical());
            }
            int first = ix.firstAtOrAfter(q.begin());
            if (verb < first && first < ix.size() && ix.sentenceStart[verb] == ix.sentenceStart[first]) {
                // "the paper said Mr Rubio had been ‘rocked’": the reported clause's subject is someone else (but
                // not whoever it names further in: "He said that the campaign's claim that Carson was leaving")
                int i = verb + 1;
                while (i < first && !ix.inQuote(i) && ("that".equals(ix.lower(i)) || ",".equals(ix.word(i)))) {
                    i++;
                }
                if (i < first && ix.mentionStarting[i] != null && !ix.inQuote(i)) {
                    out.add(ix.mentionStarting[i].canonical());
                }
            }
            if (first < verb && first < ix.size() && ix.sentenceStart[verb] == ix.sentenceStart[first]) {
                // "‘...,’ the candidate said of running against Mr Trump": whom the narration speaks of after the
                // verb is not the speaker
                for (int i = verb + 1; i < ix.sentenceEnd[verb] && !ix.inQuote(i); i++) {
                    if (ix.mentionStarting[i] != null && i > verb + 1
                            && ("IN".equals(ix.pos(i - 1)) || "TO".equals(ix.pos(i - 1)))) {
                        out.add(ix.mentionStarting[i].canonical());
                    }
                }
            }
        }
        if ("he".equalsIgnoreCase(ix.word(k)) || "she".equalsIgnoreCase(ix.word(k))) {
            // "He then attacked Mr Hale, saying ...": a name the subject pronoun's own clause goes on to name, before
            // a comma, is someone else (not so "As he arrived, Mr Botin greeted the media, saying")
            for (int i = c.end() + 1; i < verb && ix.sentenceStart[i] == ix.sentenceStart[k] && !ix.inQuote(i)
                    && !",".equals(ix.word(i)); i++) {
                if (ix.mentionStarting[i] != null) {
                    out.add(ix.mentionStarting[i].canonical());
                }
            }
        }
        int s = ix.sentenceStart[k];
        int after = c.end() + 1;
        while (after < ix.size() && ix.pos(after).startsWith("RB")) {
            after++;
        }
        if (k - 1 > s && ",".equals(ix.word(k - 1)) && !ix.inQuote(k - 1) && subjects.clauseStart(s, k) == s
                && after < ix.size() && subjects.speechVerb(after) && !(awaitsObject(k - 2) && quoteNext(after))) {
            for (int i = s; i < k - 1; i++) {
                if (ix.mentionStarting[i] != null && !ix.inQuote(i) && !selfReport(ix.endOfMention(i) + 1, k - 1)) {
                    out.add(ix.mentionStarting[i].canonical());
                }
            }
        }
        return out;
    }

    /**
     * Whether the word at {@code i}, before the comma of an inserted "he said", leaves its phrase open for the quote to
     * complete: "Obama attacked critics, including, he said, ‘politicians who tweet’" narrates what Obama did, and the
     * quote is his; "Reid is unfit, he said" reports a view of Reid.
     */
    private boolean awaitsObject(int i) {
        return i >= 0 && !ix.inQuote(i) && ("IN".equals(ix.pos(i)) || "TO".equals(ix.pos(i)) || "including".equals(ix.lower(i)));
    }

    /** Whether the quote being attributed opens right after the verb at {@code verb} (a comma or colon between). */
    private boolean quoteNext(int verb) {
        int j = verb + 1;
        while (j < ix.size() && !ix.inQuote(j) && (",".equals(ix.word(j)) || ":".equals(ix.word(j)))) {
            j++;
        }
        return current() >= 0 && j < ix.size() && j == ix.firstAtOrAfter(ix.quotes.get(current()).begin());
    }

    /** Verbs of a state of mind only its holder reports: "Henry is hoping ..., he told the Mirror" is Henry's. */
    private static final Set<String> SELF_REPORTS = Set.of("hope", "believe", "think", "feel", "expect", "want", "fear",
            "worry", "wish", "intend", "doubt", "suspect");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

    /**
     * Whether the words from {@code from} (right after a name) to {@code end} open with a state of mind of that name's
     * (auxiliaries and adverbs between): "Holt is hoping the similarities end, he said" reports Holt's own hope, where
     * "Reid is unfit, he said" is someone else's view of Reid.
     */
    private boolean selfReport(int from, int end) {
        int j = from;
        while (j < end && (ix.pos(j).startsWith("RB") || ix.pos(j).equals("MD")
                || AUXILIARIES.contains(ix.lemma(j)) && j + 1 < end && ix.isVerb(j + 1))) {
            j++;
        }
        return j < end && ix.isVerb(j) && SELF_REPORTS.contains(ix.lemma(j));
    }

    /**
     * "‘...,’ Fontenot's statement said", "the letter from Fontenot said": the person whose writing a document noun's
     * phrase names, or null.
     */
    private String possessor(Candidate c) {
        for (int k = Math.max(1, c.start() - 1); k <= c.end(); k++) {
            if (ix.inQuote(k)) {
                continue;
            }
            if ("POS".equals(ix.pos(k)) && ix.mentionEnding[k - 1] != null
                    && ix.mentionEnding[k - 1].canonical().contains(" ")) {
                return ix.mentionEnding[k - 1].canonical(); // a person known by full name: "Chelsea's statement" is a club's
            }
            if (("from".equals(ix.lower(k)) || "by".equals(ix.lower(k))) && k + 1 < ix.size() && ix.mentionStarting[k + 1] != null) {
                return ix.mentionStarting[k + 1].canonical();
            }
        }
        return null;
    }

    /**
     * "Cook provided a written statement. ‘...,’ the statement said": the named person who issued the
     * writing, in one of the three sentences before, by the verb before the noun or a possessive ("Cook's letter").
     */
    private String author(int at, String noun) {
        int floor = ix.sentenceStart[at];
        for (int n = 0; n < 3 && floor > 0; n++) {
            floor = ix.sentenceStart[floor - 1];
        }
        for (int k = at - 1; k >= floor; k--) {
            if (ix.inQuote(k) || !noun.equals(ix.lower(k))) {
                continue;
            }
            int sentence = ix.sentenceStart[k];
            int m = k - 1;
            while (m > sentence && (ix.pos(m).startsWith("JJ") || "VBN".equals(ix.pos(m)))) {
                m--;
            }
            if (m - 1 >= sentence && "POS".equals(ix.pos(m)) && ix.mentionEnding[m - 1] != null) {
                return ix.mentionEnding[m - 1].canonical();
            }
            for (int v = m; v >= sentence && v >= k - 6; v--) {
                if (ix.isVerb(v)) {
                    Candidate c = subjects.subjectOf(v, sentence);
                    return c != null && c.kind() == Kind.PERSON ? c.name() : null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * Whether the narration of the sentence before the one at {@code k} holds the pronoun at {@code k} before it names
     * {@code speaker}: "He reminds the house that Caroline Dutt told ...", where "he" is someone else; not "Lee Gilmore
     * said she understood ...", where "she" is the speaker.
     */
    private boolean samePronounBefore(int k, String speaker) {
        int s = ix.sentenceStart[k];
        if (s == 0) {
            return false;
        }
        for (int i = ix.sentenceStart[s - 1]; i < s; i++) {
            if (ix.mentionStarting[i] != null && ix.mentionStarting[i].canonical().equals(speaker)) {
                return false;
            }
            if (!ix.inQuote(i) && ix.lower(i).equals(ix.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** The named speaker of indirect speech in the sentence before token {@code k}'s, if no one else is named there or between. */
    private String previousSentenceSpeaker(int k) {
        int s = ix.sentenceStart[k];
        if (s == 0) {
            return null;
        }
        for (int i = s; i < k; i++) {
            if (ix.mentionStarting[i] != null && !ix.inQuote(i)) {
                return null;
            }
        }
        int previous = ix.sentenceStart[s - 1];
        Map.Entry<Integer, String> e = narrationSpeakers.lowerEntry(s);
        if (e == null || e.getKey() < previous) {
            return null;
        }
        for (int i = previous; i < s; i++) {
            if (ix.mentionStarting[i] != null && !ix.mentionStarting[i].canonical().equals(e.getValue())) {
                // someone else is named there too: the usual gender-aware resolution decides
                return null;
            }
        }
        return e.getValue();
    }
}
