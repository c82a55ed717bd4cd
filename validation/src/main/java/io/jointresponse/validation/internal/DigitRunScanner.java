package io.jointresponse.validation.internal;

import io.jointresponse.validation.PersonalDataKind;

/**
 * Finds numbers written as one run of digits, or as groups of digits joined by single spaces,
 * hyphens or dashes ({@code 4111 1111 1111 1111}, {@code 1234-5678-9018}), and hands each whole run
 * to a check of its kind. A run must stand apart: no letter or underscore touches it, and no dot or
 * comma joins it to more digits (a decimal, a thousands separator, a version number).
 *
 * <p>Runs are found in one pass and each is checked once, reading at most {@value #MAX_GROUPS}
 * groups of it, so scanning is linear in the length of the text.
 */
public abstract class DigitRunScanner extends FoldingDetector {

    /** The most groups a run of interest has; longer runs are skipped whole. */
    static final int MAX_GROUPS = 6;

    /**
     * Creates the scanner.
     *
     * @param kind the kind of data it finds, not null
     * @param label its label, not null
     */
    protected DigitRunScanner(PersonalDataKind kind, String label) {
        super(kind, label);
    }

    /**
     * One run of digit groups, as the check sees it.
     *
     * @param text the folded text
     * @param starts where each group starts
     * @param ends where each group ends
     * @param groups how many groups
     * @param uniform whether one separator character joins every group
     */
    protected record Run(FoldedText text, int[] starts, int[] ends, int groups, boolean uniform) {

        /** @return the number of digits in the run */
        int digitCount() {
            int count = 0;
            for (int g = 0; g < groups; g++) {
                count += ends[g] - starts[g];
            }
            return count;
        }

        /** @return the length of one group */
        int groupLength(int group) {
            return ends[group] - starts[group];
        }

        /** @return the digits of the run, without separators */
        int[] digits() {
            int[] digits = new int[digitCount()];
            int i = 0;
            for (int g = 0; g < groups; g++) {
                for (int p = starts[g]; p < ends[g]; p++) {
                    digits[i++] = ScanChars.value(text.charAt(p));
                }
            }
            return digits;
        }
    }

    /**
     * Tells whether a whole run is data of this scanner's kind.
     *
     * @param run the run, of at most {@value #MAX_GROUPS} groups
     * @return true to report it
     */
    protected abstract boolean accept(Run run);

    @Override
    public final void scan(FoldedText t, Sink sink) {
        int n = t.length();
        int[] starts = new int[MAX_GROUPS];
        int[] ends = new int[MAX_GROUPS];
        int i = 0;
        while (i < n) {
            if (!ScanChars.isDigit(t.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            int groups = 0;
            boolean uniform = true;
            char separator = 0;
            int p = i;
            while (true) {
                int groupStart = p;
                while (ScanChars.isDigit(t.at(p))) {
                    p++;
                }
                if (groups < MAX_GROUPS) {
                    starts[groups] = groupStart;
                    ends[groups] = p;
                }
                groups++;
                char c = t.at(p);
                if (!(c == ' ' || ScanChars.isDash(c)) || !ScanChars.isDigit(t.at(p + 1))) {
                    break;
                }
                uniform &= separator == 0 || separator == c;
                separator = c;
                p++;
            }
            if (groups <= MAX_GROUPS && standsApart(t, runStart, p) && accept(new Run(t, starts, ends, groups, uniform))) {
                sink.found(runStart, p);
            }
            i = p;
        }
    }

    private static boolean standsApart(FoldedText t, int start, int end) {
        char before = t.at(start - 1);
        char after = t.at(end);
        return !ScanChars.isWord(before) && !ScanChars.isWord(after)
                && !(joins(before) && ScanChars.isDigit(t.at(start - 2)))
                && !(joins(after) && ScanChars.isDigit(t.at(end + 1)));
    }

    private static boolean joins(char c) {
        return c == '.' || c == ',';
    }
}
