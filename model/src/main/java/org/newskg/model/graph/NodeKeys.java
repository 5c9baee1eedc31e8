package org.newskg.model.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newskg.model.EntityType;
import org.newskg.model.Names;

/** The business key of a node: how two spellings of one person (or party, quote) become one node. */
public final class NodeKeys {

    private NodeKeys() {
    }

    /**
     * The key of a node named {@code name}; for a quote, {@code speakerKey} is the key of who said it
     * (the same words from two people are two quotes). Empty when the name has no letters or digits.
     */
    public static String key(EntityType type, String name, String speakerKey) {
        String key = rawKey(type, name, speakerKey);
        return key.codePoints().anyMatch(Character::isLetterOrDigit) ? key : "";
    }

    private static String rawKey(EntityType type, String name, String speakerKey) {
        return switch (type) {
            case PERSON -> Names.personKey(name);
            case PARTY -> Names.partyKey(name);
            case QUOTE -> {
                String text = Names.normalise(name);
                yield text.isEmpty() ? "" : sha256(speakerKey + "\u0000" + text);
            }
            default -> Names.normalise(name);
        };
    }

    /** The SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * How good {@code name} is as the display name of its node: names in mixed case beat all-caps ones,
     * names without an honorific beat those with one, longer (fuller) names beat shorter ones. Ties go to
     * the alphabetically first name, so the choice does not depend on the order articles were loaded in.
     */
    public static int displayScore(String name) {
        boolean mixedCase = !name.equals(name.toUpperCase(java.util.Locale.ROOT));
        String normal = Names.normalise(name);
        boolean noHonorific = normal.equals(Names.personKey(name));
        return (mixedCase ? 1_000_000 : 0) + (noHonorific ? 100_000 : 0)
                + Math.min(name.codePointCount(0, name.length()), 99_999);
    }

    /** Whether {@code a} should be shown rather than {@code b}. */
    public static boolean better(String a, String b) {
        int sa = displayScore(a);
        int sb = displayScore(b);
        return sa != sb ? sa > sb : a.compareTo(b) < 0;
    }
}
