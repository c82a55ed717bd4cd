package io.jointresponse.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.internal.RequiredAttributes;
import io.jointresponse.core.organisation.NpaRole;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OnwardShareTest {

    private static final OffsetDateTime PREPARED = OffsetDateTime.of(2024, 7, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<OnwardShare.Builder, OnwardShare> REQUIRED =
            RequiredAttributes.of(OnwardShare::builder, OnwardShare.Builder::build)
                    .with("id", b -> b.id("SHR-1"))
                    .with("modusOperandi", b -> b.modusOperandi("宅配業者を装うSMSで偽サイトへ誘導"))
                    .with("preparedAt", b -> b.preparedAt(PREPARED));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneCarryingNothingIdentifying() {
        OnwardShare s = REQUIRED.buildWithAll();

        assertThat(s.id()).isEqualTo("SHR-1");
        assertThat(s.modusOperandi()).isEqualTo("宅配業者を装うSMSで偽サイトへ誘導");
        assertThat(s.preparedAt()).isEqualTo(PREPARED);
        assertThat(s.recipients()).isEmpty();
        assertThat(s.crimeTypes()).isEmpty();
        assertThat(s.sector()).isEmpty();
        assertThat(s.indicators()).isEmpty();
        assertThat(s.sourceAgreementId()).isEmpty();
        assertThat(s.businessName()).isEmpty();
        assertThat(s.corporateNumber()).isEmpty();
        assertThat(s.incidentSummary()).isEmpty();
        assertThat(s.people()).isEmpty();
        assertThat(s.personalIdentifiers()).isEmpty();
        assertThat(s.concurrences()).isEmpty();
        assertThat(s.sharedAt()).isEmpty();
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
    void listsCannotBeAddedTo() {
        OnwardShare s = OnwardShare.builder().from(REQUIRED.buildWithAll())
                .addConcurrences(Concurrence.of(NpaRole.CYBERCRIME_DIVISION, PREPARED))
                .addIndicators("login-example.invalid")
                .build();

        assertThatThrownBy(() -> s.concurrences().add(Concurrence.of(NpaRole.SECURITY_PLANNING_DIVISION, PREPARED)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.indicators().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.recipients().add(Recipient.of(RecipientType.JC3, "JC3")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
