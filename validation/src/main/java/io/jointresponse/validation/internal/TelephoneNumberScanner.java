package io.jointresponse.validation.internal;

import io.jointresponse.validation.PersonalDataKind;

/**
 * Finds Japanese telephone numbers as people write them: fixed and mobile, with hyphens (or dashes,
 * spaces, dots, parentheses) or without, and international with {@code +81} and an optional
 * {@code (0)}: {@code 03-1234-5678}, {@code 090 1234 5678}, {@code 0120-123-456},
 * {@code (03)1234-5678}, {@code +81-3-1234-5678}, {@code 09012345678}.
 *
 * <p>A number is ten digits beginning {@code 0} and not {@code 0X0}, or eleven beginning {@code 0X0}
 * (mobile, IP and other non-geographic numbers such as 090, 050 and 0800); a first group of two
 * digits is an area code, after which a 0 begins no {@code 0X0} prefix. Written in groups, the
 * first group (with its 0) has two to five digits, the last three or four, and there are at most four
 * groups. A number must stand apart: not inside a longer run of digits, not continued by another
 * hyphenated group ({@code 03-1234-5678-9}), not preceded by digits and a hyphen or dot (dates,
 * identifiers); a number without separators must not touch a letter either.
 *
 * <p>Each attempt reads a bounded number of characters (at most five groups and fourteen digits), so
 * scanning is linear in the length of the text.
 */
public final class TelephoneNumberScanner extends FoldingDetector {

    private static final int MAX_GROUPS = 5;
    private static final int MAX_DIGITS = 14;

    /** Creates the scanner. */
    public TelephoneNumberScanner() {
        super(PersonalDataKind.TELEPHONE_NUMBER, "telephone number");
    }

    @Override
    public void scan(FoldedText t, Sink sink) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if ((c == '0' || c == '+' || c == '(') && standsApart(t, i)) {
                int end = match(t, i);
                if (end > i) {
                    sink.found(i, end);
                    i = end - 1;
                }
            }
        }
    }

    /** Not preceded by a digit, nor by a digit and a hyphen, dash, dot, plus or parenthesis. */
    private static boolean standsApart(FoldedText t, int i) {
        char before = t.at(i - 1);
        if (ScanChars.isDigit(before)) {
            return false;
        }
        boolean joiner = before == '.' || before == '+' || before == '(' || before == ')' || ScanChars.isDash(before);
        return !(joiner && ScanChars.isDigit(t.at(i - 2)));
    }

    /** Returns the end of the number that starts at {@code start}, or -1 when none does. */
    private static int match(FoldedText t, int start) {
        Number number = new Number();
        int p = start;
        if (t.at(p) == '+') {
            if (t.at(p + 1) != '8' || t.at(p + 2) != '1') {
                return -1;
            }
            p += 3;
            number.international = true;
            if (isSpacer(t.at(p))) {
                p++;
            }
            if (t.at(p) == '(' && t.at(p + 1) == '0' && t.at(p + 2) == ')') {
                p += 3;
                if (isSpacer(t.at(p))) {
                    p++;
                }
            }
            if (t.at(p) != '0') {
                // The trunk prefix 0 is dropped after +81; count it in the first group.
                number.digits[number.digitCount++] = '0';
            }
        } else if (t.at(p) == '(') {
            p++;
        }
        if (t.at(p) != '0' && !number.international) {
            return -1;
        }
        p = number.readGroups(t, p);
        if (p < 0) {
            return -1;
        }
        boolean letterBefore = ScanChars.isWord(t.at(start - 1));
        for (int groups = number.groupCount; groups >= 1; groups--) {
            if (number.fits(t, groups, letterBefore)) {
                return number.groupEnds[groups - 1];
            }
        }
        return -1;
    }

    private static boolean isSpacer(char c) {
        return c == ' ' || c == '.' || ScanChars.isDash(c);
    }

    /** The digit groups read from one start. */
    private static final class Number {
        final char[] digits = new char[MAX_DIGITS + 1];
        final int[] groupEnds = new int[MAX_GROUPS];
        final int[] digitsBefore = new int[MAX_GROUPS + 1];
        final boolean[] spaceAfter = new boolean[MAX_GROUPS];
        int digitCount;
        int groupCount;
        /** Whether more digits follow the last group read, after a separator. */
        boolean truncated;
        boolean international;

        /**
         * Reads groups from {@code p}; returns the position after the last whole group, or -1 when
         * there is none. Reading stops at the fifth group or the fifteenth digit: a longer number is
         * no telephone number, though one may end before it at a space.
         */
        int readGroups(FoldedText t, int p) {
            while (groupCount < MAX_GROUPS) {
                int groupStart = p;
                int counted = digitCount;
                while (ScanChars.isDigit(t.at(p))) {
                    if (digitCount == MAX_DIGITS) {
                        digitCount = counted;
                        truncated = true;
                        return groupCount == 0 ? -1 : groupEnds[groupCount - 1];
                    }
                    digits[digitCount++] = t.at(p++);
                }
                if (p == groupStart) {
                    // Only the first group can be empty: a separator is taken only before a digit.
                    return -1;
                }
                groupEnds[groupCount] = p;
                digitsBefore[++groupCount] = digitCount;
                truncated = false;
                int next = separator(t, p);
                if (next < 0) {
                    return p;
                }
                spaceAfter[groupCount - 1] = next - p == 1 && t.at(p) == ' ';
                truncated = true;
                p = next;
            }
            return p;
        }

        /** Returns where the next group starts after a separator at {@code p}, or -1 when none follows. */
        private static int separator(FoldedText t, int p) {
            char c = t.at(p);
            int q;
            if (c == ')') {
                q = p + 1;
                if (t.at(q) == ' ' || ScanChars.isDash(t.at(q))) {
                    q++;
                }
            } else if (c == ' ') {
                q = t.at(p + 1) == '(' ? p + 2 : p + 1;
            } else if (c == '(' || c == '.' || ScanChars.isDash(c)) {
                q = p + 1;
            } else {
                return -1;
            }
            return ScanChars.isDigit(t.at(q)) ? q : -1;
        }

        /** Tells whether the first {@code groups} groups make a number that stands apart at its end. */
        boolean fits(FoldedText t, int groups, boolean letterBefore) {
            int count = digitsBefore[groups];
            if (!isNationalNumber(count, groups)) {
                return false;
            }
            boolean bare = groups == 1 && !international;
            if (groups < groupCount || truncated) {
                // Another group follows: only a space may part two numbers.
                if (!spaceAfter[groups - 1]) {
                    return false;
                }
            } else if (bare && ScanChars.isWord(t.at(groupEnds[groups - 1]))) {
                return false;
            }
            if (bare) {
                return !letterBefore;
            }
            return groups == 1 || groupsAreShaped(groups);
        }

        private boolean isNationalNumber(int count, int groups) {
            if (digits[0] != '0' || digits[1] == '0') {
                return false;
            }
            // 0X0 numbers (020, 050, 070, 080, 090, 0800 …) have eleven digits, all others ten. Where
            // the groups show a two-digit area code (03-0123-4567), the 0 after it is no 0X0 prefix.
            boolean nonGeographic = digits[2] == '0' && (groups == 1 || digitsBefore[1] > 2);
            return count == (nonGeographic ? 11 : 10);
        }

        private boolean groupsAreShaped(int groups) {
            if (groups > 4) {
                return false;
            }
            int first = digitsBefore[1];
            int last = digitsBefore[groups] - digitsBefore[groups - 1];
            if (first < 2 || first > 5) {
                return false;
            }
            if (groups == 2) {
                return last >= 4 && last <= 8;
            }
            for (int g = 1; g < groups - 1; g++) {
                int middle = digitsBefore[g + 1] - digitsBefore[g];
                if (middle > 4) {
                    return false;
                }
            }
            return last >= 3 && last <= 4;
        }
    }
}
