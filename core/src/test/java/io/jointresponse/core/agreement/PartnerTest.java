package io.jointresponse.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.internal.RequiredAttributes;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PartnerTest {

    private static final RequiredAttributes<Partner.Builder, Partner> REQUIRED =
            RequiredAttributes.of(Partner::builder, Partner.Builder::build)
                    .with("name", b -> b.name("株式会社みなと銀行"))
                    .with("sector", b -> b.sector(Sector.FINANCIAL_INSTITUTION))
                    .with("outsourcing", b -> b.outsourcing(OutsourcingStatus.UNKNOWN));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneWithDefaults() {
        Partner p = REQUIRED.buildWithAll();

        assertThat(p.name()).isEqualTo("株式会社みなと銀行");
        assertThat(p.sector()).isEqualTo(Sector.FINANCIAL_INSTITUTION);
        assertThat(p.outsourcing()).isEqualTo(OutsourcingStatus.UNKNOWN);
        assertThat(p.corporateNumber()).isEmpty();
        assertThat(p.sectorDescription()).isEmpty();
        assertThat(p.securityDivisionChannel()).isFalse();
        assertThat(p.securityVendors()).isEmpty();
        assertThat(p.contacts()).isEmpty();
        assertThat(p.hasVendorCounterpart()).isFalse();
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("required")
    void missingRequiredAttributeIsNamed(String missing) {
        REQUIRED.assertMissingIsNamed(missing);
    }

    @Test
    void emptyBuilderNamesEveryRequiredAttribute() {
        REQUIRED.assertEmptyBuilderNamesAll();
    }

    @Test
    void hasAVendorCounterpartOnlyWhenAVendorIsThePracticalCounterpart() {
        Partner withOrdinaryVendor = Partner.builder().from(REQUIRED.buildWithAll())
                .outsourcing(OutsourcingStatus.OUTSOURCED)
                .addSecurityVendors(SecurityVendor.of("ウイルス対策株式会社", VendorKind.ANTIVIRUS_PROVIDER))
                .build();
        Partner withCounterpart = Partner.builder().from(withOrdinaryVendor)
                .addSecurityVendors(SecurityVendor.builder().name("監視株式会社")
                        .kind(VendorKind.SECURITY_MONITORING_PROVIDER).practicalCounterpart(true).build())
                .build();

        assertThat(withOrdinaryVendor.hasVendorCounterpart()).isFalse();
        assertThat(withCounterpart.hasVendorCounterpart()).isTrue();
        assertThat(withCounterpart.securityVendors()).hasSize(2);
    }

    @Test
    void vendorsAndContactsCannotBeAddedTo() {
        Partner p = REQUIRED.buildWithAll();

        assertThatThrownBy(() -> p.securityVendors().add(SecurityVendor.of("x", VendorKind.OTHER)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.contacts().add(Contact.builder().name("x").build()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderRejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> Partner.builder().name(null));
        assertThatNullPointerException().isThrownBy(() -> Partner.builder().corporateNumber((String) null));
        assertThatNullPointerException().isThrownBy(() -> Partner.builder().addContacts((Contact) null));
    }

    @Test
    void withCopyKeepsTheRest() {
        Partner p = REQUIRED.buildWithAll();

        Partner other = Partner.builder().from(p).sector(Sector.OTHER).sectorDescription("電気事業者").build();

        assertThat(other.sector()).isEqualTo(Sector.OTHER);
        assertThat(other.sectorDescription()).contains("電気事業者");
        assertThat(other.name()).isEqualTo(p.name());
        assertThat(p.sector()).isEqualTo(Sector.FINANCIAL_INSTITUTION);
        assertThat(other).isNotEqualTo(p);
        assertThat(REQUIRED.buildWithAll()).isEqualTo(p).hasSameHashCodeAs(p);
    }
}
