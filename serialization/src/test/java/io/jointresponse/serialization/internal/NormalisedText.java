package io.jointresponse.serialization.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Regular-expression pieces for text that a parser reads after Unicode NFKC normalisation with
 * all spacing removed, as the notice parsers of the model do ({@code 令和６年 ４月１日} reads as
 * {@code 令和6年4月1日}, and {@code ㍻} as {@code 平成}). A character of the normalised grammar
 * stands for every character of the Basic Multilingual Plane whose NFKC form is that character,
 * and spacing (every character whose NFKC form is only white space) may follow any of them.
 *
 * <p>The pieces use only what JSON Schema recommends of ECMA-262 regular expressions: character
 * classes with ranges, groups, alternation and quantifiers; no character beyond U+FFFF, so that an
 * engine without Unicode mode reads them as one that has it does.
 */
final class NormalisedText {

    private static final int[] SINGLE = new int[0x10000];
    private static final String SPACING;

    static {
        List<Integer> spacing = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            SINGLE[c] = -1;
            if (!Character.isDefined(c) || Character.isSurrogate((char) c)) {
                continue;
            }
            String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            if (!nfkc.isEmpty() && nfkc.chars().allMatch(NormalisedText::isSpacing)) {
                spacing.add(c);
            } else if (nfkc.length() == 1) {
                SINGLE[c] = nfkc.charAt(0);
            }
        }
        SPACING = "[" + ranges(spacing.stream().mapToInt(Integer::intValue).toArray()) + "]*";
    }

    private NormalisedText() {}

    /** @return optional spacing: any run of characters that normalise to white space */
    static String spacing() {
        return SPACING;
    }

    /**
     * Returns one character of the normalised text that satisfies a predicate, followed by optional
     * spacing.
     *
     * @param normalised which normalised characters are meant, not null
     * @return the piece
     */
    static String atom(IntPredicate normalised) {
        int[] raw = new int[0x10000];
        int n = 0;
        for (int c = 0; c < 0x10000; c++) {
            if (SINGLE[c] >= 0 && normalised.test(SINGLE[c])) {
                raw[n++] = c;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("No character normalises to what is asked for");
        }
        return "[" + ranges(java.util.Arrays.copyOf(raw, n)) + "]" + SPACING;
    }

    /**
     * Returns one of some normalised characters, followed by optional spacing.
     *
     * @param chars the normalised characters, not empty
     * @return the piece
     */
    static String atom(String chars) {
        return atom(c -> chars.indexOf(c) >= 0);
    }

    /**
     * Returns a normalised text written character by character, or by one character whose NFKC form
     * is the whole text (such as {@code ㍻} for {@code 平成}), followed by optional spacing.
     *
     * @param text the normalised text, not empty
     * @return the piece
     */
    static String literal(String text) {
        StringBuilder each = new StringBuilder();
        text.chars().forEach(c -> each.append(atom(String.valueOf((char) c))));
        if (text.length() == 1) {
            return each.toString();
        }
        List<Integer> whole = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isDefined(c) && !Character.isSurrogate((char) c)
                    && Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC).equals(text)) {
                whole.add(c);
            }
        }
        if (whole.isEmpty()) {
            return each.toString();
        }
        return "(" + each + "|[" + ranges(whole.stream().mapToInt(Integer::intValue).toArray()) + "]" + SPACING + ")";
    }

    /**
     * Returns one of some characters taken as they are, not normalised.
     *
     * @param chars the characters, not empty
     * @return a character class
     */
    static String exactly(String chars) {
        return "[" + ranges(chars.chars().sorted().distinct().toArray()) + "]";
    }

    /** The body of a character class for sorted code points, as ranges. */
    private static String ranges(int[] sorted) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
                j++;
            }
            sb.append(escape(sorted[i]));
            if (j > i) {
                sb.append(j > i + 1 ? "-" : "").append(escape(sorted[j]));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    /** Letters and digits as they are; everything else as a {@code \\uXXXX} escape. */
    private static String escape(int c) {
        if ((c < 0x80 && Character.isLetterOrDigit(c)) || (c >= 0x80 && Character.isLetterOrDigit(c)
                && Character.getType(c) != Character.FORMAT)) {
            return String.valueOf((char) c);
        }
        return String.format("\\u%04X", c);
    }

    private static boolean isSpacing(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
