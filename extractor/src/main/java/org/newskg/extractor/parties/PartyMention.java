package org.newskg.extractor.parties;

import java.util.List;
import java.util.Set;

/**
 * Where a sentence names a party, as tokens of that sentence.
 *
 * @param first      position of the first token in the sentence
 * @param last       position of the last token (inclusive)
 * @param surface    the alias as matched ("Tory", "Lib Dems", "UKIP")
 * @param uses       how the alias can be used: as a name, as a modifier before a role, as a member noun
 * @param candidates the parties the alias can mean, most common reading first
 * @param plural     whether the alias is a plural member noun ("Republicans", "Tories")
 */
public record PartyMention(int first, int last, String surface, Set<PartyGazetteer.Use> uses,
        List<Party> candidates, boolean plural) {

    public PartyMention {
        uses = Set.copyOf(uses);
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty() || last < first) {
            throw new IllegalArgumentException("bad party mention " + surface);
        }
    }

    public boolean is(PartyGazetteer.Use use) {
        return uses.contains(use);
    }
}
