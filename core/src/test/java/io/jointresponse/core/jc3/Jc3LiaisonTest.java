package io.jointresponse.core.jc3;

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

class Jc3LiaisonTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 8, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    private static final RequiredAttributes<Jc3Liaison.Builder, Jc3Liaison> REQUIRED =
            RequiredAttributes.of(Jc3Liaison::builder, Jc3Liaison.Builder::build)
                    .with("id", b -> b.id("L-1"))
                    .with("subject", b -> b.subject(Jc3Subject.DAMAGE_PREVENTION))
                    .with("at", b -> b.at(AT));

    static Stream<String> required() {
        return REQUIRED.names();
    }

    @Test
    void buildsFromRequiredAttributesAloneWithoutAChannel() {
        Jc3Liaison l = REQUIRED.buildWithAll();

        assertThat(l.id()).isEqualTo("L-1");
        assertThat(l.subject()).isEqualTo(Jc3Subject.DAMAGE_PREVENTION);
        assertThat(l.at()).isEqualTo(AT);
        assertThat(l.prefecture()).isEmpty();
        assertThat(l.channel()).isEmpty();
        assertThat(l.summary()).isEmpty();
        assertThat(l.receivedInformation()).isEmpty();
        assertThat(l.providedInformation()).isEmpty();
        assertThat(l.marking()).isEqualTo(HandlingMarking.CONFIDENTIAL);
        assertThat(l.disclosureExemption()).isEmpty();
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
    void receivedInformationCannotBeAddedTo() {
        Jc3Information info = Jc3Information.builder().reference("JC3-1").receivedAt(AT).build();
        Jc3Liaison l = Jc3Liaison.builder().from(REQUIRED.buildWithAll())
                .channel(NpaRole.CYBERCRIME_DIVISION)
                .addReceivedInformation(info)
                .build();

        assertThat(l.receivedInformation()).containsExactly(info);
        assertThatThrownBy(() -> l.receivedInformation().add(info)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordsWhatThePoliceProvideAsWellAsWhatTheyReceive() {
        Jc3ProvidedInformation provided = Jc3ProvidedInformation.builder().reference("CYB-1").providedAt(AT)
                .origin(ProvisionOrigin.INVESTIGATION).summary("捜査で判明した通信先").build();
        Jc3Liaison l = Jc3Liaison.builder().from(REQUIRED.buildWithAll()).addProvidedInformation(provided).build();

        assertThat(l.providedInformation()).containsExactly(provided);
        assertThat(l.receivedInformation()).isEmpty();
        assertThat(provided.origin().japaneseLabel()).isEqualTo("捜査等で得られた情報");
        assertThat(provided.toString()).doesNotContain("捜査で判明した通信先");
    }

    @Test
    void theRecordOfALiaisonCanBeMarkedForDisclosureUnderAnException() {
        DisclosureExemption exemption = DisclosureExemption.builder().basis(ExemptionBasis.JC3_WRITTEN_CONSENT)
                .approvedBy("情報技術犯罪対策課長").approvedAt(AT).build();
        Jc3Liaison l = Jc3Liaison.builder().from(REQUIRED.buildWithAll())
                .marking(HandlingMarking.THIRD_PARTY_DISCLOSURE).disclosureExemption(exemption).build();

        assertThat(l.marking()).isEqualTo(HandlingMarking.THIRD_PARTY_DISCLOSURE);
        assertThat(l.disclosureExemption()).contains(exemption);
        assertThat(exemption.description()).isEmpty();
        assertThat(exemption.basis().japaneseLabel()).isEqualTo("JC3の書面による同意");
    }
}
