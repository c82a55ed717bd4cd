package io.jointresponse.validation;

import io.jointresponse.validation.internal.EmailAddressScanner;
import io.jointresponse.validation.internal.IndividualNumberScanner;
import io.jointresponse.validation.internal.Ipv4AddressScanner;
import io.jointresponse.validation.internal.Ipv6AddressScanner;
import io.jointresponse.validation.internal.PatternScanner;
import io.jointresponse.validation.internal.PaymentCardScanner;
import io.jointresponse.validation.internal.TelephoneNumberScanner;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The personal-data detectors of the library, and a way to make one from a pattern.
 *
 * <p>Every detector of the library reads the text as NFKC folds it, so half-width and full-width
 * forms count alike ({@code 03-1234-5678} and {@code ０３－１２３４－５６７８}), and reports spans of the
 * text as written. They are hand-written scanners, not regular expressions: each reads every
 * character a bounded number of times, so a text of a mebibyte is scanned in linear time whatever it
 * holds. They are tuned to find data typed into ordinary text and to stay silent on what such text
 * otherwise holds (dates, times, amounts, identifiers, corporate numbers, hashes); what each accepts
 * is documented on its factory method. Immutable and thread-safe.
 */
public final class PersonalDataDetectors {

    private static final PersonalDataDetector TELEPHONE_NUMBERS = new TelephoneNumberScanner();
    private static final PersonalDataDetector EMAIL_ADDRESSES = new EmailAddressScanner();
    private static final PersonalDataDetector INDIVIDUAL_NUMBERS = new IndividualNumberScanner();
    private static final PersonalDataDetector PAYMENT_CARD_NUMBERS = new PaymentCardScanner();
    private static final PersonalDataDetector IPV4_ADDRESSES = new Ipv4AddressScanner();
    private static final PersonalDataDetector IPV6_ADDRESSES = new Ipv6AddressScanner();
    private static final List<PersonalDataDetector> STANDARD = List.of(TELEPHONE_NUMBERS, EMAIL_ADDRESSES,
            INDIVIDUAL_NUMBERS, PAYMENT_CARD_NUMBERS, IPV4_ADDRESSES, IPV6_ADDRESSES);

    private PersonalDataDetectors() {}

    /**
     * Returns the library's detectors: telephone numbers, e-mail addresses, individual numbers,
     * payment card numbers, IPv4 and IPv6 addresses. They are the default of {@link ValidationOptions}
     * and of {@link ShareSanitiser#sanitise(io.jointresponse.core.sharing.OnwardShare)}.
     *
     * @return the detectors, in that order
     */
    public static List<PersonalDataDetector> standard() {
        return STANDARD;
    }

    /**
     * Returns the detector of Japanese telephone numbers: ten digits beginning {@code 0} (not
     * {@code 0X0}), or eleven beginning {@code 0X0} (090, 080, 070, 050, 020, 0800 …); without
     * separators, or in two or three groups parted by hyphens, dashes, spaces, dots or parentheses
     * ({@code 03-1234-5678}, {@code (03)1234-5678}, {@code 090 1234 5678}, {@code 0120-123-456}); or
     * international, with {@code +81} and an optional {@code (0)} ({@code +81-3-1234-5678},
     * {@code +81 90 1234 5678}). A number inside a longer run of digits, or joined to more digits by a
     * hyphen or dot, is not one.
     *
     * @return the detector
     */
    public static PersonalDataDetector telephoneNumbers() {
        return TELEPHONE_NUMBERS;
    }

    /**
     * Returns the detector of e-mail addresses: an unquoted local part, {@code @}, and a domain of two
     * labels or more ending in an alphabetic top-level label.
     *
     * @return the detector
     */
    public static PersonalDataDetector emailAddresses() {
        return EMAIL_ADDRESSES;
    }

    /**
     * Returns the detector of individual numbers (個人番号, マイナンバー): twelve digits, as one run or
     * as three groups of four, whose last digit is the check digit of the first eleven (weights 2 to
     * 7 and 2 to 6 from the right, modulo 11).
     *
     * @return the detector
     */
    public static PersonalDataDetector individualNumbers() {
        return INDIVIDUAL_NUMBERS;
    }

    /**
     * Returns the detector of payment card numbers: thirteen to nineteen digits, not beginning with 0,
     * that pass the Luhn check, as one run or grouped as cards print them (four, then groups of three
     * to six, joined by spaces or by hyphens). Thirteen digits that form a valid corporate number
     * (法人番号) are not reported.
     *
     * @return the detector
     */
    public static PersonalDataDetector paymentCardNumbers() {
        return PAYMENT_CARD_NUMBERS;
    }

    /**
     * Returns the detector of IPv4 addresses in dotted-decimal form ({@code 192.0.2.1}).
     *
     * @return the detector
     */
    public static PersonalDataDetector ipv4Addresses() {
        return IPV4_ADDRESSES;
    }

    /**
     * Returns the detector of IPv6 addresses of two groups or more ({@code 2001:db8::1},
     * {@code ::ffff:192.0.2.1}).
     *
     * @return the detector
     */
    public static PersonalDataDetector ipv6Addresses() {
        return IPV6_ADDRESSES;
    }

    /**
     * Returns a detector that finds a pattern, for data of the application's own, such as a customer
     * number format. The pattern is matched against the text folded by NFKC (so {@code C-\d{6}} also
     * finds {@code Ｃ－１２３４５６}), and spans are reported on the text as written.
     *
     * <p>The pattern's speed is its own: write it so that it cannot backtrack catastrophically (no
     * nested quantifiers over overlapping alternatives; prefer possessive quantifiers and atomic
     * groups, such as {@code (?<![0-9A-Za-z])[A-Z]{2}\d{8}+(?![0-9])}; {@code \b} does not part ASCII from kanji).
     *
     * @param kind the kind of data, {@link PersonalDataKind#OTHER} for data of a kind of its own, not null
     * @param label a short English label, such as {@code customer number}, not null
     * @param pattern the pattern, not null
     * @return the detector
     */
    public static PersonalDataDetector pattern(PersonalDataKind kind, String label, Pattern pattern) {
        return new PatternScanner(kind, label, pattern);
    }
}
