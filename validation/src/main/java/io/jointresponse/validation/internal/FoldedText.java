package io.jointresponse.validation.internal;

import io.jointresponse.validation.PersonalDataDetector.Span;
import java.text.Normalizer;

/**
 * A text folded for matching, with the way back to the text as written: every character (code
 * point) whose NFKC normalisation is one ASCII character is replaced by it, so that full-width
 * digits and letters (０３－１２３４, ｙａｍａｄａ＠…) and the ideographic space read like their
 * half-width forms; every other character is kept as it is. Each folded character remembers where its
 * code point starts in the original, so that what is found in the folded text is reported, and
 * masked, in the original.
 *
 * <p>Folding one code point at a time, rather than normalising the whole text, keeps the mapping one
 * to one; it differs from whole-text NFKC only where characters compose, which never yields the ASCII
 * the scanners look for.
 *
 * <p>It counts the characters scanners read ({@link #reads()}): a deterministic measure of their
 * work, by which tests hold every scanner to a linear bound without timing anything. Not
 * thread-safe; each scan folds its own text.
 */
public final class FoldedText {

    private final char[] chars;
    private final int[] starts;
    private final int length;
    private long reads;

    private FoldedText(char[] chars, int[] starts, int length) {
        this.chars = chars;
        this.starts = starts;
        this.length = length;
    }

    /**
     * Folds a text.
     *
     * @param text the text as written, not null
     * @return the folded text
     */
    public static FoldedText of(String text) {
        int n = text.length();
        char[] chars = new char[n];
        int[] starts = new int[n + 1];
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            starts[length] = i;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                chars[length++] = Fold.supplementary(Character.toCodePoint(c, text.charAt(i + 1)));
                i += 2;
            } else {
                chars[length++] = Fold.bmp(c);
                i++;
            }
        }
        starts[length] = n;
        return new FoldedText(chars, starts, length);
    }

    /** @return the number of folded characters */
    public int length() {
        return length;
    }

    /**
     * Returns a folded character.
     *
     * @param index from zero to {@link #length()} excluded
     * @return the character; its ASCII form where it has one
     */
    public char charAt(int index) {
        reads++;
        return chars[index];
    }

    /**
     * Returns a folded character, or a character that no scanner accepts when the index is outside the
     * text, so that scanners can look around a position without checking its bounds.
     *
     * @param index any index
     * @return the character, or {@code '\0'} outside the text
     */
    public char at(int index) {
        reads++;
        return index >= 0 && index < length ? chars[index] : '\0';
    }

    /** @return how many characters have been read through {@link #charAt(int)} and {@link #at(int)} */
    public long reads() {
        return reads;
    }

    /** @return the folded text as a string, one character per code point of the original */
    public String folded() {
        return new String(chars, 0, length);
    }

    /**
     * Maps a span of the folded text back to the original.
     *
     * @param start the first folded index, included
     * @param end the last folded index, excluded, after {@code start}
     * @return the span of the original text
     */
    public Span original(int start, int end) {
        return new Span(starts[start], starts[end]);
    }

    /** The fold of single code points: a table for the basic plane, built once, and NFKC for the rest. */
    static final class Fold {

        /** For each BMP character, its ASCII NFKC form, or itself. */
        private static final char[] BMP = table();

        /** Marks a supplementary code point that has no ASCII form; no scanner accepts it. */
        static final char OTHER = '\uFFFF';

        private Fold() {}

        /** @return for each BMP character, its ASCII NFKC form, or itself (NFKC keeps ASCII as it is) */
        static char[] table() {
            char[] table = new char[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                char ascii = ascii(String.valueOf((char) c));
                table[c] = ascii == OTHER ? (char) c : ascii;
            }
            return table;
        }

        static char bmp(char c) {
            return BMP[c];
        }

        static char supplementary(int codePoint) {
            return ascii(new String(Character.toChars(codePoint)));
        }

        /** @return the one ASCII character a code point's NFKC form is, or {@link #OTHER} */
        static char ascii(String codePoint) {
            String normalised = Normalizer.normalize(codePoint, Normalizer.Form.NFKC);
            // ASCII is the range 0 to 0x7F: no bit above the seventh.
            return normalised.length() == 1 && (normalised.charAt(0) & ~0x7F) == 0 ? normalised.charAt(0) : OTHER;
        }
    }
}
