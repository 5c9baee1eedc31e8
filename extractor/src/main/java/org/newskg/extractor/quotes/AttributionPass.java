package org.newskg.extractor.quotes;

/**
 * An {@link AttributorPart} that looks for a quote's speaker in one kind of place: what it finds it has
 * {@link CandidateSpeakers} make a person of, and it knows an "according to".
 */
abstract sealed class AttributionPass extends AttributorPart permits SpeakerAfter, SpeakerBefore, SpeakerCarriedOver {

    AttributionPass(Attributor attributor) {
        super(attributor);
    }

    /** The speaker {@code c} is, by {@link CandidateSpeakers#resolve}. */
    final Attribution resolve(Candidate c, String rule, double confidence, int verb) {
        return attributor.speakers.resolve(c, rule, confidence, verb);
    }

    /** The last comma at or before {@code k} and after {@code p}, outside quotes; else where the search stopped. */
    final int commaBefore(int k, int p) {
        while (k > p && !",".equals(ix.word(k)) && !ix.inQuote(k)) {
            k--;
        }
        return k;
    }

    /** Whether "according to" stands at token {@code k}, outside a quote, with a word after it before {@code end}. */
    final boolean accordingTo(int k, int end) {
        return k + 2 < end && !ix.inQuote(k) && ix.lower(k).equals("according") && ix.lower(k + 1).equals("to");
    }
}
