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

    /**
     * Tells whether digits pass the Luhn check: from the right, every second digit doubled (less 9
     * when over 9), the sum a multiple of 10.
     *
     * @param digits the digits
     * @return true when they pass
     */
    static boolean passesLuhn(int[] digits) {
        int sum = 0;
        for (int i = digits.length - 1, position = 0; i >= 0; i--, position++) {
            int d = digits[i];
            if (position % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
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
