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
 * digits is an area code, after which a 0 begins no {@code 0X0} prefix. Written in groups, there are
 * two or three: the first (with its 0) has two to five digits; of three, the middle has at most four
 * and the last three or four. A number must stand apart: not inside a longer run of digits, not
 * continued by another hyphenated group ({@code 03-1234-5678-9}), not preceded by digits and a hyphen
 * or dot (dates, identifiers); a number without separators must not touch a letter either.
 *
 * <p>Each attempt reads at most four groups, and a group is read only by attempts that start at most
 * three groups before it, so scanning is linear in the length of the text.
 */
public final class TelephoneNumberScanner extends FoldingDetector {

    /** Groups read: one more than a number has, to see whether another follows. */
    private static final int MAX_GROUPS = 4;

    /** The leading digits that tell a number's kind (0, then the 0X0 prefix). */
    private static final int LEADING = 3;

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
                if (end != i) {
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

    /** Returns the end of the number that starts at {@code start}, or {@code start} when none does. */
    private static int match(FoldedText t, int start) {
        Number number = new Number(t.at(start) == '+', ScanChars.isWord(t.at(start - 1)));
        int p = start;
        if (number.international) {
            if (t.at(p + 1) != '8' || t.at(p + 2) != '1') {
                return start;
            }
            p = skipSpacer(t, p + 3);
            if (t.at(p) == '(' && t.at(p + 1) == '0' && t.at(p + 2) == ')') {
                p = skipSpacer(t, p + 3);
            }
        } else if (t.at(p) == '(') {
            p++;
        }
        char first = t.at(p);
        if (number.international ? !ScanChars.isDigit(first) : first != '0') {
            return start;
        }
        if (first != '0') {
            // The trunk prefix 0 is dropped after +81; count it in the first group.
            number.digits[number.digitCount++] = '0';
        }
        number.readGroups(t, p);
        for (int groups = number.groupCount; groups >= 1; groups--) {
            if (number.fits(t, groups)) {
                return number.groupEnds[groups - 1];
            }
        }
        return start;
    }

    /** Skips one space, dot or dash at {@code p}. */
    private static int skipSpacer(FoldedText t, int p) {
        char c = t.at(p);
        return c == ' ' || c == '.' || ScanChars.isDash(c) ? p + 1 : p;
    }

    /** The digit groups read from one start. */
    private static final class Number {
        final boolean international;
        final boolean letterBefore;
        final char[] digits = new char[LEADING];
        final int[] groupEnds = new int[MAX_GROUPS];
        final int[] digitsBefore = new int[MAX_GROUPS + 1];
        /** Whether a separator other than one space joins a group to more digits. */
        final boolean[] joinedAfter = new boolean[MAX_GROUPS];
        int digitCount;
        int groupCount;

        Number(boolean international, boolean letterBefore) {
            this.international = international;
            this.letterBefore = letterBefore;
        }

        /**
         * Reads groups from {@code p}, which holds a digit, keeping the leading digits and counting
         * the rest. Reading stops at the fourth group: a number has three at most, though one may
         * end before more at a space.
         */
        void readGroups(FoldedText t, int p) {
            int q = p;
            while (groupCount < MAX_GROUPS) {
                while (ScanChars.isDigit(t.at(q))) {
                    if (digitCount < LEADING) {
                        digits[digitCount] = t.at(q);
                    }
                    digitCount++;
                    q++;
                }
                groupEnds[groupCount] = q;
                digitsBefore[++groupCount] = digitCount;
                int next = separator(t, q);
                if (next == q) {
                    return;
                }
                joinedAfter[groupCount - 1] = next - q != 1 || t.at(q) != ' ';
                q = next;
            }
        }

        /** Returns where the next group starts after a separator at {@code p}, or {@code p} when none follows. */
        private static int separator(FoldedText t, int p) {
            char c = t.at(p);
            int q;
            if (c == ')') {
                q = t.at(p + 1) == ' ' || ScanChars.isDash(t.at(p + 1)) ? p + 2 : p + 1;
            } else if (c == ' ') {
                q = t.at(p + 1) == '(' ? p + 2 : p + 1;
            } else if (c == '(' || c == '.' || ScanChars.isDash(c)) {
                q = p + 1;
            } else {
                return p;
            }
            return ScanChars.isDigit(t.at(q)) ? q : p;
        }

        /** Tells whether the first {@code groups} groups make a number that stands apart at its end. */
        boolean fits(FoldedText t, int groups) {
            if (!isNationalNumber(digitsBefore[groups], groups)) {
                return false;
            }
            if (joinedAfter[groups - 1]) {
                // Only a space may part two numbers.
                return false;
            }
            if (groups == 1) {
                // Without separators: a +81 number, or one that touches no letter.
                return international || !letterBefore && !ScanChars.isWord(t.at(groupEnds[0]));
            }
            return groupsAreShaped(groups);
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
            int first = digitsBefore[1];
            if (groups > 3 || first < 2 || first > 5) {
                return false;
            }
            if (groups == 2) {
                return true;
            }
            int middle = digitsBefore[2] - first;
            int last = digitsBefore[3] - digitsBefore[2];
            return middle <= 4 && last >= 3 && last <= 4;
        }
    }
}
