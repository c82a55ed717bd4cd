package io.jointresponse.validation.internal;

import io.jointresponse.validation.PersonalDataKind;

/**
 * Finds individual numbers (個人番号, マイナンバー): twelve digits, as one run or as three groups of four,
 * whose last digit is the check digit of the other eleven.
 *
 * <p>The check digit is computed as the government defines it for individual numbers: with P(n) the
 * n-th digit of the first eleven counted from the right and Q(n) equal to n + 1 for n from 1 to 6
 * and n − 5 for n from 7 to 11, the remainder r of ΣP(n)Q(n) by 11 gives a check digit of 0 when
 * r ≤ 1, and 11 − r otherwise.
 */
public final class IndividualNumberScanner extends DigitRunScanner {

    private static final int LENGTH = 12;

    /** Creates the scanner. */
    public IndividualNumberScanner() {
        super(PersonalDataKind.INDIVIDUAL_NUMBER, "individual number");
    }

    @Override
    protected boolean accept(Run run) {
        boolean shaped = run.groups() == 1
                || (run.groups() == 3 && run.uniform() && run.groupLength(0) == 4 && run.groupLength(1) == 4);
        return shaped && run.digitCount() == LENGTH && hasValidCheckDigit(run.digits());
    }

    /**
     * Tells whether twelve digits end with the check digit of the first eleven.
     *
     * @param digits twelve digits
     * @return true when the check digit is right
     */
    static boolean hasValidCheckDigit(int[] digits) {
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = digits[11 - n];
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        int check = remainder <= 1 ? 0 : 11 - remainder;
        return digits[11] == check;
    }
}
