package io.jointresponse.validation.internal;

import io.jointresponse.validation.PersonalDataKind;

/**
 * Finds payment card numbers: thirteen to nineteen digits that pass the Luhn check (ISO/IEC 7812),
 * not beginning with 0, as one run or in groups as cards print them (a first group of four, then
 * groups of three to six, one separator throughout: {@code 4111 1111 1111 1111},
 * {@code 3782-822463-10005}).
 *
 * <p>Thirteen digits that form a valid corporate number (法人番号, whose leading check digit is defined
 * for corporate numbers) are a business's identifier, not a card, and are not reported.
 */
public final class PaymentCardScanner extends DigitRunScanner {

    private static final int MIN_LENGTH = 13;
    private static final int MAX_LENGTH = 19;
    private static final int CORPORATE_NUMBER_LENGTH = 13;

    /** Creates the scanner. */
    public PaymentCardScanner() {
        super(PersonalDataKind.PAYMENT_CARD_NUMBER, "payment card number");
    }

    @Override
    protected boolean accept(Run run) {
        int count = run.digitCount();
        if (count < MIN_LENGTH || count > MAX_LENGTH || !isShaped(run)) {
            return false;
        }
        int[] digits = run.digits();
        return digits[0] != 0 && passesLuhn(digits)
                && !(run.groups() == 1 && count == CORPORATE_NUMBER_LENGTH && isCorporateNumber(digits));
    }

    private static boolean isShaped(Run run) {
        if (run.groups() == 1) {
            return true;
        }
        if (!run.uniform() || run.groupLength(0) != 4) {
            return false;
        }
        for (int g = 1; g < run.groups(); g++) {
            int length = run.groupLength(g);
            if (length < 3 || length > 6) {
                return false;
            }
        }
        return true;
    }

    /** A digit doubled, less 9 when over 9, as the Luhn check counts it. */
    private static final int[] DOUBLED = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};

    /**
     * Tells whether digits pass the Luhn check: the last is the check digit, which makes the sum of
     * the others, every second one from the right doubled (less 9 when over 9), a multiple of 10 with it.
     *
     * @param digits the digits, two or more
     * @return true when they pass
     */
    static boolean passesLuhn(int[] digits) {
        int sum = 0;
        int last = digits.length - 1;
        boolean doubled = true;
        for (int i = last - 1; i >= 0; i--) {
            sum += doubled ? DOUBLED[digits[i]] : digits[i];
            doubled = !doubled;
        }
        return digits[last] == (10 - sum % 10) % 10;
    }

    /**
     * Tells whether thirteen digits form a corporate number: the first digit is 9 − (ΣP(n)Q(n) mod 9),
     * with P(n) the n-th of the other twelve counted from the right and Q(n) 1 for odd n and 2 for even.
     *
     * @param digits thirteen digits
     * @return true when the leading check digit is right
     */
    static boolean isCorporateNumber(int[] digits) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += digits[13 - n] * (n % 2 == 1 ? 1 : 2);
        }
        return digits[0] == 9 - sum % 9;
    }
}
