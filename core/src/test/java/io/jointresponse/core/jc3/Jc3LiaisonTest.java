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
}
