package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.rawShareBuilder;
import static io.jointresponse.validation.Baseline.shareBuilder;
import static io.jointresponse.validation.Baseline.CLOCK;
import static io.jointresponse.validation.Baseline.rawShare;
import static io.jointresponse.validation.Baseline.share;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static io.jointresponse.validation.Expect.onlyWarning;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.core.jc3.DisclosureExemption;
import io.jointresponse.core.jc3.ExemptionBasis;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.core.sharing.Recipient;
import io.jointresponse.core.sharing.RecipientType;
import io.jointresponse.core.sharing.ShareSource;
import io.jointresponse.core.sharing.SourceOrigin;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SHR-004 and the share sanitiser: personal data typed into the free text of a share. */
class PersonalDataInSharesTest {

    private static final String MODUS = "銀行を装った電子メールで偽のログイン画面に誘導する";

    @Nested
    class Shr004 {
        @Test
        void aTelephoneNumberInTheModusOperandiIsWarnedAtItsPointerNamingTheKind() {
            Finding f = onlyWarning(shareBuilder().modusOperandi(MODUS + "。問合せ先 ０３－１２３４－５６７８").build(), "SHR-004", "/modusOperandi");
            assertThat(f.message()).contains("telephone number").doesNotContain("1234", "１２３４");
            assertThat(f.clause()).isEqualTo("A §7");
        }

        @Test
        void eachKindHasItsOwnMessageInBothLanguages() {
            JointResponseValidator japanese = Baseline.VALIDATOR.withLocale(Locale.JAPANESE);
            assertKind("yamada@bank.example", "e-mail address", "電子メールアドレス", japanese);
            assertKind("個人番号 1234 5678 9018", "individual number", "個人番号", japanese);
            assertKind("4111 1111 1111 1111", "payment card number", "クレジットカード", japanese);
            assertKind("203.0.113.45", "IP address", "IPアドレス", japanese);
            assertKind("2001:db8::1", "IP address", "IPアドレス", japanese);
            assertKind("090-1234-5678", "telephone number", "電話番号", japanese);
        }

        private void assertKind(String data, String english, String japaneseWord, JointResponseValidator japanese) {
            OnwardShare leaky = shareBuilder().indicators(List.of("login-bank.example", "発信元 " + data)).build();
            Finding en = onlyWarning(leaky, "SHR-004", "/indicators/1");
            assertThat(en.message()).contains(english).doesNotContain(data);
            Finding ja = japanese.validate(leaky).findings().get(0);
            assertThat(ja.message()).contains(japaneseWord).doesNotContain(data);
        }

        @Test
        void severalKindsInOneTextGiveOneFindingEach() {
            exactly(check(shareBuilder().modusOperandi(MODUS + "。連絡先 03-1234-5678、yamada@bank.example、090-9876-5432").build()),
                    "SHR-004 /modusOperandi", "SHR-004 /modusOperandi");
        }

        @Test
        void everyFreeTextIsSearchedAtAnyDepth() {
            DisclosureExemption exemption = DisclosureExemption.builder().basis(ExemptionBasis.OTHER)
                    .approvedBy("課長（内線 03-1234-5678）").approvedAt(Baseline.at(5, 20, 10)).description("担当 suzuki@npa.example")
                    .build();
            OnwardShare deep = shareBuilder().recipients(List.of(Recipient.of(RecipientType.JC3, "JC3"), Recipient.of(RecipientType.JC3, "担当 yamada@jc3.example")))
                    .sources(List.of(ShareSource.builder().origin(SourceOrigin.JC3).disclosureExemption(exemption).build())).build();
            exactly(check(deep), "SHR-004 /recipients/1/name", "SHR-004 /sources/0/disclosureExemption/approvedBy",
                    "SHR-004 /sources/0/disclosureExemption/description");
        }

        @Test
        void classifiedAttributesAreLeftToShr001() {
            // The contact's telephone number is classified: SHR-001 reports the attribute, not SHR-004.
            OnwardShare withPeople = shareBuilder().people(List.of(Contact.builder().name("山田太郎").telephone("03-1234-5678").build())).build();
            exactly(check(withPeople), "SHR-001 /people");
        }

        @Test
        void ordinaryTextKeepsTheRule() {
            clean(check(shareBuilder().modusOperandi(MODUS + "。2025-06-17に確認、被害額は1,234,000円、ID: AGR-13-2019-001。")
                    .indicators(List.of("login-bank123.example", "9f2c4e7a1b8d3f6e0a5c9b2d7e4f1a8c3b6d9e2f5a0c7b4e1d8f3a6c9b2e5d7f")).build()));
        }

        @Test
        void anApplicationAddsItsOwnDetectorReportedWithTheMainMessage() {
            PersonalDataDetector customers = PersonalDataDetectors.pattern(PersonalDataKind.OTHER, "customer number",
                    Pattern.compile("(?<![0-9A-Za-z])C-\\d{6}+(?![0-9])"));
            JointResponseValidator validator = JointResponseValidator.builder().clock(CLOCK).registerSuccessors(Baseline.SUCCESSORS)
                    .addPersonalDataDetectors(customers).build();
            OnwardShare leaky = shareBuilder().modusOperandi(MODUS + "（顧客番号Ｃ－１２３４５６）").build();
            assertThat(check(leaky).findings()).isEmpty();
            List<Finding> findings = validator.validate(leaky).findings();
            assertThat(findings).extracting(Finding::ruleId, Finding::severity).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("SHR-004", Severity.WARNING));
            assertThat(findings.get(0).message()).isEqualTo(RuleCatalogue.find("SHR-004").orElseThrow().englishMessage());
            assertThat(validator.options().personalDataDetectors()).endsWith(customers).startsWith(PersonalDataDetectors.standard().get(0));
        }

        @Test
        void theDetectorsAreAnOption() {
            ValidationOptions none = ValidationOptions.builder().clock(CLOCK).registerSuccessors(Baseline.SUCCESSORS)
                    .personalDataDetectors(List.of()).build();
            OnwardShare leaky = shareBuilder().modusOperandi(MODUS + " 03-1234-5678").build();
            assertThat(JointResponseValidator.create(none).validate(leaky).findings()).isEmpty();
            assertThat(none.toBuilder().build()).isEqualTo(none).hasSameHashCodeAs(none);
            assertThat(ValidationOptions.defaults().personalDataDetectors()).isEqualTo(PersonalDataDetectors.standard());
            assertThat(none).isNotEqualTo(ValidationOptions.builder().clock(CLOCK).build());
            assertThat(none.toString()).contains("personalDataDetectors=[]");
        }
    }

    @Nested
    class Sanitiser {
        @Test
        void masksWhatTheDetectorsFindInHalfAndFullWidthAndKeepsTheRest() {
            OnwardShare leaky = shareBuilder().modusOperandi(MODUS + "。問合せ先 ０３－１２３４－５６７８ / yamada@bank.example まで")
                    .indicators(List.of("login-bank.example", "192.0.2.1")).build();
            OnwardShare clean = ShareSanitiser.sanitise(leaky);
            assertThat(clean.modusOperandi()).isEqualTo(MODUS + "。問合せ先 ＊＊＊ / ＊＊＊ まで");
            assertThat(clean.indicators()).containsExactly("login-bank.example", "＊＊＊");
            clean(check(clean));
        }

        @Test
        void masksOverlappingFindingsOnce() {
            // ::ffff:192.0.2.1 is both an IPv6 address and, in its tail, an IPv4 one.
            assertThat(ShareSanitiser.sanitise(shareBuilder().indicators(List.of("元 ::ffff:192.0.2.1 先")).build()).indicators()).containsExactly("元 ＊＊＊ 先");
            assertThat(ShareSanitiser.sanitise(shareBuilder().indicators(List.of("03-1234-5678")).build()).indicators()).containsExactly("＊＊＊");
            // The telephone number is also the start of the e-mail address's local part.
            assertThat(ShareSanitiser.sanitise(shareBuilder().indicators(List.of("03-1234-5678a@b.example です")).build()).indicators())
                    .containsExactly("＊＊＊ です");
        }

        @Test
        void masksSpansThatTouchAsOne() {
            List<PersonalDataDetector> touching = List.of(
                    PersonalDataDetectors.pattern(PersonalDataKind.OTHER, "first", Pattern.compile("ab")),
                    PersonalDataDetectors.pattern(PersonalDataKind.OTHER, "second", Pattern.compile("cd")));
            assertThat(ShareSanitiser.sanitise(shareBuilder().modusOperandi("xabcdy abzcd").build(), touching).modusOperandi())
                    .isEqualTo("x＊＊＊y ＊＊＊z＊＊＊");
        }

        @Test
        void masksWhatTheCallersDetectorsFind() {
            PersonalDataDetector customers = PersonalDataDetectors.pattern(PersonalDataKind.OTHER, "customer number",
                    Pattern.compile("C-\\d{6}+"));
            OnwardShare leaky = shareBuilder().modusOperandi("顧客番号Ｃ－１２３４５６の口座、03-1234-5678").build();
            assertThat(ShareSanitiser.sanitise(leaky, List.of(customers)).modusOperandi()).isEqualTo("顧客番号＊＊＊の口座、03-1234-5678");
            assertThat(ShareSanitiser.sanitise(leaky).modusOperandi()).isEqualTo("顧客番号Ｃ－１２３４５６の口座、＊＊＊");
            assertThat(ShareSanitiser.sanitise(leaky, List.of()).modusOperandi()).isEqualTo(leaky.modusOperandi());
        }

        @Test
        void aRawShareIsFitToLeaveAfterSanitising() {
            OnwardShare raw = rawShareBuilder().modusOperandi(rawShare().modusOperandi() + " TEL 090-1234-5678").build();
            assertThat(check(raw).ruleIds()).containsExactly("SHR-001", "SHR-004");
            OnwardShare clean = ShareSanitiser.sanitise(raw);
            clean(check(clean));
            assertThat(clean.modusOperandi()).endsWith("TEL ＊＊＊").doesNotContain("YAMADA");
        }

        @Test
        void aDetectorThatReportsPastTheTextIsAProgrammingErrorNamedAsSuch() {
            PersonalDataDetector broken = new PersonalDataDetector() {
                @Override
                public PersonalDataKind kind() {
                    return PersonalDataKind.OTHER;
                }

                @Override
                public String label() {
                    return "broken";
                }

                @Override
                public List<Span> find(String text) {
                    return List.of(new Span(0, text.length() + 1));
                }
            };
            org.assertj.core.api.Assertions.assertThatIllegalStateException()
                    .isThrownBy(() -> ShareSanitiser.sanitise(share(), List.of(broken)))
                    .withMessageContaining("past the end");
        }
    }
}
