package org.newskg.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter whose UTF-8 bytes were decoded as Windows-1252 (or Latin-1), once or twice, by whoever scraped the
 * article: "Enrique PeÃ±a Nieto", "JuliÃ¡n Castro", "Arturo SarukhÃƒÂ¡n". CoreNLP's tokenizer splits such a word at the
 * symbol ("PeÃ", "±", "a") and no name survives, so the extractor reads the letter in its place, padded to the
 * garbled characters' length with its base letter ({@link #readAsLetters}: "Peñna", the same length, so every offset
 * still points into the article's own text), and its tokens keep the article's own spelling ({@link #garbled}).
 * Names are keyed with the letters read ({@link #repaired}, through {@link Names#normalise}): "FranÃ§ois Hollande"
 * is one node with "François Hollande". Only a run that decodes to letters is read so: a garbled dash or no-break space
 * ("Â\u00a0") is left as written. A garbled text may since have been decomposed ("A" and a combining tilde for "Ã").
 */
public final class Mojibake {

    /** The first character of a garbled UTF-8 sequence of two to four bytes (0xC2-0xF4 as Latin-1). */
    private static final String LEAD = "\u00c2-\u00f4";
    /** A continuation byte (0x80-0xBF) as Latin-1 or, where Windows-1252 gives it another character, as that. */
    private static final String CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
            + "\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122";
    /** A lead character, precomposed or decomposed ("A" and a combining tilde for "Ã"), then continuations. */
    private static final Pattern GARBLED = Pattern.compile(
            "(?:(?:[" + LEAD + "]|[A-Za-z][\u0300-\u036f])[" + CONTINUATION + "]+)+");

    /** Windows-1252's characters for the bytes 0x80-0x9F, in order ('\0' where it has none and Latin-1's is read). */
    private static final String CP1252_HIGH = "\u20ac\0\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
            + "\u0152\0\u017d\0\0\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\0\u017e\u0178";

    /** How many times a text may have been garbled over: "Ã¡" once, "ÃƒÂ¡" twice. */
    private static final int LAYERS = 3;

    private Mojibake() {
    }

    /** {@code text} with each garbled letter read as the letter, padded with its base letter (the same length). */
    public static String readAsLetters(String text) {
        return read(text, true);
    }

    /** {@code text} with each garbled letter read as the letter: "FranÃ§ois" is "François" (shorter). */
    public static String repaired(String text) {
        return read(text, false);
    }

    private static String read(String text, boolean sameLength) {
        return GARBLED.matcher(text).replaceAll(r -> Matcher.quoteReplacement(reading(r.group(), sameLength)));
    }

    /** A garbled run as read: its letters, padded to its length with their base letter when asked; else as written. */
    private static String reading(String run, boolean sameLength) {
        String letters = letters(run);
        if (letters == null || !sameLength) {
            return letters == null ? run : letters;
        }
        String base = Normalizer.normalize(letters.substring(letters.length() - 1), Normalizer.Form.NFD)
                .substring(0, 1).toLowerCase(Locale.ROOT);
        return letters + base.repeat(run.length() - letters.length());
    }

    /** Whether {@code word} holds a garbled letter, which a token keeps as the article writes it. */
    public static boolean garbled(String word) {
        Matcher m = GARBLED.matcher(word);
        while (m.find()) {
            if (letters(m.group()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The letters a garbled run stands for, decoded as often as it was garbled; null when it is no garbled letter. */
    private static String letters(String run) {
        String s = Normalizer.normalize(run, Normalizer.Form.NFC); // "A\u0303\u00b1": a text normalised after it was garbled
        int layers = 0;
        for (; layers < LAYERS; layers++) {
            String decoded = decodedOnce(s);
            if (decoded == null) {
                break;
            }
            s = decoded;
        }
        if (layers == 0 || s.isEmpty() || s.length() >= run.length()) {
            return null;
        }
        return s.codePoints().allMatch(Character::isLetter) && s.codePoints().count() == s.length() ? s : null;
    }

    /** The characters read as Windows-1252 bytes, decoded as UTF-8; null when they are not such bytes or no UTF-8. */
    private static String decodedOnce(String s) {
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int b = c <= 0xff ? c : CP1252_HIGH.indexOf(c) + 0x80;
            if (b < 0x80 && c > 0xff) {
                return null;
            }
            bytes[i] = (byte) b;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
