package org.newskg.extractor.membership;

/**
 * One named membership rule. The name is the {@code rule} of every triple the sieve finds; a sieve
 * looks at one sentence (with its context) at a time and adds what it finds to the context.
 *
 * @param name the rule name ("member.title-before-name")
 * @param rule what the sieve does with one sentence
 */
record Sieve(String name, Rule rule) {

    /** The body of a sieve. */
    @FunctionalInterface
    interface Rule {
        void apply(Context c);
    }
}
