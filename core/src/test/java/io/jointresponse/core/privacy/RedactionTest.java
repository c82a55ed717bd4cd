package io.jointresponse.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.AgreementStatus;
import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.agreement.OutsourcingStatus;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.agreement.SecurityVendor;
import io.jointresponse.core.agreement.VendorKind;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.internal.ModelSampler;
import io.jointresponse.core.internal.ModelTypes;
import io.jointresponse.core.internal.ModelTypes.Attribute;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.core.sharing.Recipient;
import io.jointresponse.core.sharing.RecipientType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Personal and business-identifying attributes are classified in the model and redacted in
 * {@code toString}, in the object itself and in every object that contains it.
 *
 * <p>The classified attributes are enumerated with {@link DataClassification}, and every model type
 * is found by reflection, so an attribute classified later is checked without touching this test.
 */
class RedactionTest {

    private static final OffsetDateTime T = OffsetDateTime.of(2024, 5, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    static Stream<Named<Class<?>>> modelTypes() {
        return ModelTypes.all().stream().map(t -> Named.of(t.getSimpleName(), t));
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void toStringShowsNoClassifiedValueOfTheObjectOrOfAnythingItContains(Class<?> type) {
        ModelSampler sampler = ModelSampler.primary();
        Object sample = sampler.sample(type);

        assertThat(leaks(sample, sampler)).as("classified attributes shown by %s.toString(): %s", type.getSimpleName(), sample)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void toStringStillShowsEveryUnclassifiedAttribute(Class<?> type) {
        ModelSampler sampler = ModelSampler.primary();
        String text = sampler.sample(type).toString();
        if (declaresItsOwnTextForm(type)) {
            // A value written as text (such as a notice reference's citation) shows its values, not "name=".
            sampler.plainValues().forEach((value, a) -> {
                if (a.owner() == type && a.rawType() == String.class) {
                    assertThat(text).as("%s in %s", a, text).contains(value);
                }
            });
            return;
        }

        for (Attribute a : ModelTypes.attributes(type)) {
            if (a.classification().isEmpty()) {
                assertThat(text).as("%s in %s", a, text).contains(a.name() + "=");
            }
        }
        sampler.plainValues().forEach((value, a) -> {
            if (a.owner() == type) {
                assertThat(text).as("%s in %s", a, text).contains(value);
            }
        });
    }

    @Test
    void markersArePlantedInEveryClassifiedStringValuedAttribute() {
        Set<String> classified = ModelTypes.allAttributes().stream()
                .filter(a -> a.classification().isPresent() && a.isStringValued())
                .map(Attribute::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> planted = new TreeSet<>();
        for (Class<?> type : ModelTypes.all()) {
            ModelSampler sampler = ModelSampler.primary();
            sampler.sample(type);
            sampler.markers().values().forEach(a -> planted.add(a.toString()));
        }

        assertThat(planted).isEqualTo(classified);
        assertThat(classified).contains("Partner.name", "Partner.corporateNumber", "Contact.name", "Contact.email",
                "Contact.telephone", "SecurityVendor.name", "IncidentReport.summary", "EvidenceRequest.evidenceItems",
                "HindranceCheck.checkerName", "OnwardShare.personalIdentifiers", "OnwardShare.businessName");
    }

    @Test
    void everyClassifiedAttributeIsStringValuedOrHoldsAModelTypeThatClassifiesItsOwn() {
        for (Attribute a : ModelTypes.allAttributes()) {
            if (a.classification().isEmpty() || a.isStringValued()) {
                continue;
            }
            Type element = a.elementType();
            assertThat(element).as("%s: the marker test cannot prove that a %s is redacted", a, a.type())
                    .isInstanceOf(Class.class);
            Class<?> nested = (Class<?>) element;
            assertThat(ModelTypes.isModelType(nested)).as("%s holds %s, which is not a model type", a, nested).isTrue();
            assertThat(DataClassification.classifiedAttributes(nested))
                    .as("%s is classified, but %s classifies nothing, so nothing in it is redacted", a, nested.getSimpleName())
                    .isNotEmpty();
        }
    }

    @Test
    void theCheckCatchesAClassifiedAttributeLeftUnredacted() {
        ModelSampler sampler = ModelSampler.primary();
        UnredactedFixture fixture = sampler.sample(UnredactedFixture.class);

        assertThat(sampler.markers().values()).extracting(Attribute::toString)
                .containsExactlyInAnyOrder("UnredactedFixture.name", "UnredactedFixture.corporateNumber");
        assertThat(leaks(fixture, sampler)).containsExactly("UnredactedFixture.name");
    }

    @Test
    void agreementHidesWhatItsPartnerVendorsAndContactsClassify() {
        ModelSampler sampler = ModelSampler.primary();
        Agreement agreement = sampler.sample(Agreement.class);

        assertThat(sampler.markers().values()).extracting(Attribute::toString).contains(
                "Partner.name", "Partner.corporateNumber", "SecurityVendor.name", "Contact.name", "Contact.email",
                "Contact.telephone");
        for (Object o : List.of(agreement, agreement.partner(), agreement.partner().contacts().get(0),
                agreement.partner().securityVendors().get(0))) {
            assertThat(leaks(o, sampler)).as("%s", o).isEmpty();
        }
    }

    @Test
    void realisticAgreementShowsSectorAndPrefectureButNoNamesOrNumbers() {
        Agreement agreement = Agreement.builder()
                .id("警視庁-2024-001")
                .prefecture(Prefecture.TOKYO)
                .status(AgreementStatus.IN_FORCE)
                .partner(Partner.builder()
                        .name("株式会社みなと銀行")
                        .corporateNumber("1234567890123")
                        .sector(Sector.FINANCIAL_INSTITUTION)
                        .outsourcing(OutsourcingStatus.OUTSOURCED)
                        .addSecurityVendors(SecurityVendor.of("あおぞら監視株式会社", VendorKind.SECURITY_MONITORING_PROVIDER))
                        .addContacts(Contact.builder().name("山田太郎").role("情報システム部")
                                .email("yamada@example.jp").telephone("03-1234-5678").build())
                        .build())
                .build();

        String text = agreement.toString();

        assertThat(text).doesNotContain("みなと銀行", "1234567890123", "あおぞら監視", "山田太郎", "yamada@example.jp",
                "03-1234-5678");
        assertThat(text).contains("FINANCIAL_INSTITUTION", "prefecture=TOKYO", "SECURITY_MONITORING_PROVIDER", "情報システム部",
                "警視庁-2024-001");
    }

    @Test
    void onwardShareShowsRecipientsAndModusOperandiButNotTheVictim() {
        OnwardShare share = OnwardShare.builder()
                .id("SHR-1")
                .addRecipients(Recipient.of(RecipientType.JC3, "日本サイバー犯罪対策センター"))
                .modusOperandi("偽のログイン画面へ誘導するSMS")
                .addIndicators("login-example.invalid")
                .businessName("株式会社みなと銀行")
                .corporateNumber("1234567890123")
                .incidentSummary("みなと銀行のネットバンキングに不正ログイン")
                .sourceAgreementId("警視庁-2024-001")
                .addPeople(Contact.builder().name("佐藤花子").build())
                .addPersonalIdentifiers("hanako.sato@example.jp")
                .preparedAt(T)
                .build();

        String text = share.toString();

        assertThat(text).doesNotContain("みなと銀行", "1234567890123", "警視庁-2024-001", "佐藤花子", "hanako.sato@example.jp");
        assertThat(text).contains("日本サイバー犯罪対策センター", "偽のログイン画面へ誘導するSMS", "login-example.invalid", "JC3");
    }

    @Test
    void incidentReportHidesItsSummaryAndReporter() {
        IncidentReport report = IncidentReport.builder()
                .id("INC-1")
                .agreementId("A-1")
                .occurredAt(T)
                .detectedAt(T)
                .reportedAt(T)
                .summary("みなと銀行の本店サーバへの不正アクセス")
                .reporter(Contact.builder().name("鈴木一郎").telephone("090-0000-0000").build())
                .build();

        assertThat(report.toString()).doesNotContain("みなと銀行", "鈴木一郎", "090-0000-0000").contains("INC-1");
    }

    /** Returns the classified attributes whose marker shows in the object's {@code toString}. */
    private static List<String> leaks(Object object, ModelSampler sampler) {
        String text = object.toString();
        Map<String, Attribute> markers = sampler.markers();
        assertThat(markers.keySet()).allSatisfy(m -> assertThat(m).endsWith(ModelSampler.MARKER_SUFFIX));
        return markers.entrySet().stream()
                .filter(e -> text.contains(e.getKey()))
                .map(e -> e.getValue().toString())
                .distinct()
                .collect(Collectors.toList());
    }

    private static boolean declaresItsOwnTextForm(Class<?> type) {
        try {
            type.getDeclaredMethod("toString");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
