package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jointresponse.validation.PersonalDataDetector.Span;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each detector of the library finds, written as people write it (half-width, full-width, with
 * and without separators), where it reports it, and what it leaves alone: the dates, identifiers,
 * amounts, times and hashes ordinary text holds.
 */
class PersonalDataDetectorsTest {

    /** The texts the detector finds, as substrings of the text, in order. */
    static List<String> found(PersonalDataDetector detector, String text) {
        return detector.find(text).stream().map(s -> text.substring(s.start(), s.end())).collect(Collectors.toList());
    }

    @Nested
    class TelephoneNumbers {
        private final PersonalDataDetector detector = PersonalDataDetectors.telephoneNumbers();

        @ParameterizedTest
        @ValueSource(strings = {
            "03-1234-5678", "06-1234-5678", "03-0873-1565", "0466-12-3456", "01267-2-3456", "045-123-4567", "0312345678",
            "090-1234-5678", "080-1234-5678", "070-1234-5678", "09012345678", "050-1234-5678", "020-1234-5678",
            "0120-123-456", "0570-000-111", "0800-123-4567", "0990-12-3456",
            "03 1234 5678", "090 1234 5678", "03.1234.5678", "(03)1234-5678", "(03) 1234-5678", "03(1234)5678",
            "03 (1234) 5678", "(090)1234-5678", "(03)-1234-5678", "(03)ー1234ー5678",
            "+81-3-1234-5678", "+81 3 1234 5678", "+81 90 1234 5678", "+81-90-1234-5678", "+819012345678",
            "+81(0)3-1234-5678", "+81 (0)90-1234-5678", "+81 03-1234-5678", "+81 120-123-456", "+81(0) 90-1234-5678",
            "03-12345678", "090 12345678",
            "０３－１２３４－５６７８", "０９０１２３４５６７８", "（０３）１２３４－５６７８", "＋８１－９０－１２３４－５６７８",
            "03ー1234ー5678", "03‐1234‐5678", "03−1234−5678", "03–1234–5678", "０３ー１２３４ー５６７８", "０３　１２３４　５６７８"
        })
        void findsANumberWrittenAnyOfTheseWays(String number) {
            assertThat(found(detector, number)).containsExactly(number);
            assertThat(found(detector, "担当者の電話番号は" + number + "です。")).containsExactly(number);
        }

        @Test
        void reportsTheSpanOfTheTextAsWritten() {
            String text = "連絡先：ＴＥＬ　０３－１２３４－５６７８（代表）、携帯 090-1234-5678。";
            assertThat(detector.find(text)).containsExactly(new Span(8, 20), new Span(28, 41));
            assertThat(found(detector, text)).containsExactly("０３－１２３４－５６７８", "090-1234-5678");
        }

        @Test
        void countsCharactersOutsideTheBasicPlaneAsWritten() {
            // Mathematical bold digits are two UTF-16 units each; NFKC reads them as digits.
            String text = "𝟎𝟑-𝟏𝟐𝟑𝟒-𝟓𝟔𝟕𝟖 まで";
            assertThat(found(detector, text)).containsExactly("𝟎𝟑-𝟏𝟐𝟑𝟒-𝟓𝟔𝟕𝟖");
        }

        @Test
        void findsEachOfSeveralNumbers() {
            assertThat(found(detector, "TEL 03-1234-5678 FAX 03-1234-5679")).containsExactly("03-1234-5678", "03-1234-5679");
            assertThat(found(detector, "03-1234-5678 090-1234-5678")).containsExactly("03-1234-5678", "090-1234-5678");
            assertThat(found(detector, "TEL03-1234-5678")).containsExactly("03-1234-5678");
            assertThat(found(detector, "Tel.045-123-4567")).containsExactly("045-123-4567");
            assertThat(found(detector, "03 1234 5678 0120 123 456")).containsExactly("03 1234 5678", "0120 123 456");
            assertThat(found(detector, "03 1234 5678 090 1234 5678 0120 123 456"))
                    .containsExactly("03 1234 5678", "090 1234 5678", "0120 123 456");
            assertThat(found(detector, "03 1234 5678 9999")).containsExactly("03 1234 5678");
            assertThat(found(detector, "0312345678 09012345678")).containsExactly("0312345678", "09012345678");
            assertThat(found(detector, "(03)1234-5678/(06)1234-5678")).containsExactly("(03)1234-5678", "(06)1234-5678");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "2025-06-17", "2025/06/17", "2025-06-17T09:00:00+09:00", "令和7年06月17日", "12:30", "09:00〜17:00",
            "AGR-13-2019-001", "INC-13-2025-0042", "AGR-01-000123", "JC3-2025-0317", "JC3L-000012", "DVR-13-2025-0008",
            "0001", "00-1234-5678", "001-1234-5678", "0012345678", "0308731565", "030-8731-565",
            "090-1234-567", "03-1234-56789", "031234567890", "0901234567", "0312345678901",
            "03-1234-5678-9", "1-03-1234-5678", "2025.03.1234.5678",
            "ID0312345678", "0312345678abc", "x09012345678",
            "〒100-0001", "〒060-0001", "普通 1234567", "被害額は0円", "0.5", "約0.05%",
            "+1-212-555-0123", "+44 20 7946 0958", "+8",
            "login-bank123.example", "9f2c4e7a1b8d3f6e0a5c9b2d7e4f1a8c3b6d9e2f5a0c7b4e1d8f3a6c9b2e5d7f", "2011001012345",
            "03-12-34-56-78", "0-3-1-2-3-4-5-6-7-8", "(((((", "+81", "+81 abc", "+81-0", "+8", "+82-3-1234-5678",
            "0-312-345-678", "031234-5678", "03-12345-678", "03-123-45678", "03-1234-5678-1234", "+81 a3-1234-5678"
        })
        void leavesOrdinaryTextAlone(String text) {
            assertThat(found(detector, text)).as(text).isEmpty();
            assertThat(found(detector, "備考 " + text + " 以上")).as(text).isEmpty();
        }
    }

    @Nested
    class EmailAddresses {
        private final PersonalDataDetector detector = PersonalDataDetectors.emailAddresses();

        @ParameterizedTest
        @ValueSource(strings = {
            "taro.yamada@bank.example.jp", "YAMADA@bank.example", "user+tag@mail.example.com", "a_b-c@sub.domain.co.jp",
            "o'brien@example.ie", "x@a-b.example", "a!b@example.jp", "~x@example.jp", "ｙａｍａｄａ＠ｂａｎｋ．ｅｘａｍｐｌｅ．ｊｐ"
        })
        void findsAnAddress(String address) {
            assertThat(found(detector, address)).containsExactly(address);
            assertThat(found(detector, "問合せ先：" + address + "まで")).containsExactly(address);
        }

        @Test
        void leavesTheSentenceAroundItOut() {
            assertThat(found(detector, "Write to a@b.example.")).containsExactly("a@b.example");
            assertThat(found(detector, "(mail: .user@example.jp-)")).containsExactly("user@example.jp");
            assertThat(detector.find("連絡は yamada@bank.example へ")).containsExactly(new Span(4, 23));
        }

        @Test
        void findsAddressesSideBySide() {
            assertThat(found(detector, "a@x.example,b@y.example")).containsExactly("a@x.example", "b@y.example");
            assertThat(found(detector, "a@b@c.example")).containsExactly("b@c.example");
            // An address reported is not reported again as the local part of the next.
            assertThat(found(detector, "a@b.example.xy@d.example")).containsExactly("a@b.example.xy");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "@example", "@example.jp", "user@localhost", "user@192.0.2.1", "a@b", "@@", "foo@.com", "foo@bar.c1",
            "x@-bad.example", "x@bad-.example", "user.@example.com", ".@example.com", "foo@bar..example", "foo@bar.e",
            "ＳＮＳの＠ユーザー名", "user@例え.jp", "mail@", "株式会社＠銀行"
        })
        void leavesWhatIsNoAddressAlone(String text) {
            assertThat(found(detector, text)).as(text).isEmpty();
        }

        @Test
        void aLocalPartLongerThanTheStandardAllowsIsNoAddress() {
            assertThat(found(detector, "a".repeat(65) + "@example.jp")).isEmpty();
            assertThat(found(detector, "a".repeat(64) + "@example.jp")).hasSize(1);
            assertThat(found(detector, "a@" + "b".repeat(64) + ".example")).isEmpty();
            assertThat(found(detector, "a@" + "b".repeat(63) + ".example")).hasSize(1);
        }
    }

    @Nested
    class IndividualNumbers {
        private final PersonalDataDetector detector = PersonalDataDetectors.individualNumbers();

        @ParameterizedTest
        @ValueSource(strings = {"123456789018", "526018159084", "301661318600", "913909960300", "1234 5678 9018", "1234-5678-9018",
            "１２３４５６７８９０１８", "１２３４　５６７８　９０１８", "1234ー5678ー9018"})
        void findsTwelveDigitsWithTheirCheckDigit(String number) {
            assertThat(found(detector, number)).containsExactly(number);
            assertThat(found(detector, "個人番号：" + number + "。")).containsExactly(number);
        }

        @ParameterizedTest
        @ValueSource(strings = {"No.123456789018", "123456789018.と", "a 123456789018、5件", "x.123456789018,y"})
        void aDotOrCommaThatJoinsNoFurtherDigitsLeavesTheNumberApart(String text) {
            assertThat(found(detector, text)).containsExactly("123456789018");
        }

        @ParameterizedTest
        @ValueSource(strings = {"123456789012", "123456789019", "12345678901", "1234567890188", "1234 5678 9012",
            "123 4567 89018", "1234-5678 9018", "12.3456789018", "123456789018.5", "No123456789018"})
        void leavesOtherNumbersAlone(String text) {
            assertThat(found(detector, text)).as(text).isEmpty();
        }
    }

    @Test
    void eachRunOfDigitsIsJudgedOnItsOwn() {
        // A long grouped run first leaves nothing behind for a shorter one after it.
        assertThat(found(PersonalDataDetectors.individualNumbers(), "4111 1111 1111 1111、123456789018"))
                .containsExactly("123456789018");
        assertThat(found(PersonalDataDetectors.paymentCardNumbers(), "1234 5678 9018 0000 0000、4222222222222"))
                .containsExactly("4222222222222");
    }

    @Nested
    class PaymentCardNumbers {
        private final PersonalDataDetector detector = PersonalDataDetectors.paymentCardNumbers();

        @ParameterizedTest
        @ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444",
            "378282246310005", "3782 822463 10005", "30569309025904", "3056 930902 5904", "4222222222222", "4884370374244",
            "6011111111111117", "3530111333300000", "６２００　００００　００００　０００５", "４１１１－１１１１－１１１１－１１１１",
            "4111111111111111110", "4111 1111 1111 1111 110", "4111 111 111 111 111 110"})
        void findsANumberThatPassesTheLuhnCheck(String number) {
            assertThat(found(detector, number)).containsExactly(number);
            assertThat(found(detector, "カード番号 " + number + " で決済")).containsExactly(number);
        }

        @ParameterizedTest
        @ValueSource(strings = {"4111111111111112", "0000000000000000", "0000 0000 0000 0000", "411111111111", "41111111111111111111",
            "4111 1111-1111 1111", "41 11 11 11 11 11 11 11", "4111 11 1111 1111 111", "1111 1111 1111 1111 1111",
            "2011001012345", "7464686958969", "4111111111111111.5", "ID4111111111111111", "123,4111111111111111",
            "4111 11 11 1111 1111", "4111 1111111 11111", "411 1111 1111 1111", "41111111111111111115", "4111 111 111 111 111 110 1"})
        void leavesOtherNumbersAlone(String text) {
            assertThat(found(detector, text)).as(text).isEmpty();
        }
    }

    @Nested
    class IpAddresses {
        private final PersonalDataDetector v4 = PersonalDataDetectors.ipv4Addresses();
        private final PersonalDataDetector v6 = PersonalDataDetectors.ipv6Addresses();

        @ParameterizedTest
        @ValueSource(strings = {"192.0.2.1", "203.0.113.45", "0.0.0.0", "255.255.255.255", "010.001.002.003", "１９２．０．２．１"})
        void findsAnIpv4Address(String address) {
            assertThat(found(v4, address)).containsExactly(address);
            assertThat(found(v4, "発信元IP:" + address + "から")).containsExactly(address);
        }

        @Test
        void leavesAPrefixOrPortOutOfTheAddress() {
            assertThat(found(v4, "198.51.100.0/24")).containsExactly("198.51.100.0");
            assertThat(found(v4, "198.51.100.7:443, 192.0.2.1.")).containsExactly("198.51.100.7", "192.0.2.1");
        }

        @Test
        void findsAddressesSideBySide() {
            assertThat(found(v4, "192.0.2.1/10.0.0.1")).containsExactly("192.0.2.1", "10.0.0.1");
            assertThat(found(v4, "192.0.2.1,10.0.0.1")).containsExactly("192.0.2.1", "10.0.0.1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "v1.2.3.4", "1.2.3.4a", "2025.06.17", "3.14", "1.2.3.1000",
            "1..2.3", "1.2.3.", "12345.1.1.1", "0001.2.3.4", "1.0002.3.4", "1.2.3.256", "1.2.300.4"})
        void leavesOtherDottedNumbersAlone(String text) {
            assertThat(found(v4, text)).as(text).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2001:db8::1", "2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:DB8:0:0:8:800:200C:417A",
            "::ffff:192.0.2.1", "fe80::1", "2001:db8::", "64:ff9b::192.0.2.33", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
            "ＦＥ８０：：１"})
        void findsAnIpv6Address(String address) {
            assertThat(found(v6, address)).containsExactly(address);
            assertThat(found(v6, "接続元 " + address + " より")).containsExactly(address);
        }

        @Test
        void leavesBracketsPortsAndSentencePunctuationOut() {
            assertThat(found(v6, "[2001:db8::1]:443")).containsExactly("2001:db8::1");
            assertThat(found(v6, "from 2001:db8::1.")).containsExactly("2001:db8::1");
            assertThat(found(v6, "from 2001:db8::1: blocked")).containsExactly("2001:db8::1");
            assertThat(found(v6, "from 2001:db8::5:")).containsExactly("2001:db8::5");
        }

        @ParameterizedTest
        @ValueSource(strings = {"12:30:45", "00:1a:2b:3c:4d:5e", "::1", "::", "std::vector", "a:b:c",
            "2001:db8::1::2", "12345::1", "2001:db8:::1", ":2001:db8::1", "2001:db8::1x", "gg::1", "1:2:3:4:5:6:7:8:9", "1::2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8::", "2001:db8::12345", "deadbeef",
            "::ffff:192.0.2", "::ffff:1.2.3.4.5", "1:2:3:4:5:6:7:1.2.3.4", "2001::db8::", "1:2:3:4:5:6:7:8:9."})
        void leavesWhatIsNoAddressAlone(String text) {
            assertThat(found(v6, text)).as(text).isEmpty();
        }
    }

    @Test
    void theStandardDetectorsAreTheLibrarysInOrderWithKindsAndLabels() {
        assertThat(PersonalDataDetectors.standard()).containsExactly(PersonalDataDetectors.telephoneNumbers(),
                PersonalDataDetectors.emailAddresses(), PersonalDataDetectors.individualNumbers(),
                PersonalDataDetectors.paymentCardNumbers(), PersonalDataDetectors.ipv4Addresses(), PersonalDataDetectors.ipv6Addresses());
        assertThat(PersonalDataDetectors.standard()).extracting(PersonalDataDetector::kind).containsExactly(
                PersonalDataKind.TELEPHONE_NUMBER, PersonalDataKind.EMAIL_ADDRESS, PersonalDataKind.INDIVIDUAL_NUMBER,
                PersonalDataKind.PAYMENT_CARD_NUMBER, PersonalDataKind.IP_ADDRESS, PersonalDataKind.IP_ADDRESS);
        assertThat(PersonalDataDetectors.standard()).extracting(PersonalDataDetector::label).containsExactly(
                "telephone number", "e-mail address", "individual number", "payment card number", "IPv4 address", "IPv6 address");
        assertThat(PersonalDataDetectors.telephoneNumbers()).hasToString("telephone number");
    }

    @Test
    void aPatternDetectorMatchesTheFoldedTextAndReportsTheOriginalSpan() {
        PersonalDataDetector customers = PersonalDataDetectors.pattern(PersonalDataKind.OTHER, "customer number",
                Pattern.compile("(?<![0-9A-Za-z])C-\\d{6}+(?![0-9])"));
        assertThat(customers.kind()).isEqualTo(PersonalDataKind.OTHER);
        assertThat(customers.label()).isEqualTo("customer number");
        assertThat(found(customers, "顧客番号Ｃ－１２３４５６とC-654321")).containsExactly("Ｃ－１２３４５６", "C-654321");
        assertThat(found(customers, "C-12345")).isEmpty();
        // An empty match is not a span.
        assertThat(PersonalDataDetectors.pattern(PersonalDataKind.OTHER, "nothing", Pattern.compile("x*")).find("abc")).isEmpty();
    }

    @Test
    void aSpanRunsForwards() {
        assertThat(new Span(0, 1)).isEqualTo(new Span(0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Span(-1, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> new Span(3, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new Span(3, 2));
    }

    @Test
    void everyKindHasLabelsAndTheLibrarysKindsNameAVariantOfShr004() {
        for (PersonalDataKind kind : PersonalDataKind.values()) {
            assertThat(kind.japaneseLabel()).isNotBlank();
            assertThat(kind.englishLabel()).isNotBlank();
            assertThat(kind.messageVariant().isEmpty()).as(kind.name()).isEqualTo(kind == PersonalDataKind.OTHER);
        }
    }
}
