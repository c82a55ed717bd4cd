package io.jointresponse.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DisclosureDecisionTest {

    private static final OffsetDateTime DECIDED = OffsetDateTime.of(2024, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    @Test
    void isSealedToOccurrenceAndArrestPublications() {
        assertThat(DisclosureDecision.class.isSealed()).isTrue();
        assertThat(DisclosureDecision.class.getPermittedSubclasses())
                .containsExactlyInAnyOrder(OccurrencePublication.class, ArrestPublication.class);
    }

    @Test
    void bothKindsAreDecisionsWithTheCommonAttributes() {
        DisclosureDecision occurrence = OccurrencePublication.builder().id("D-1").agreementId("A-1")
                .outcome(DisclosureOutcome.WITHHOLD).decidedAt(DECIDED).build();
        DisclosureDecision arrest = ArrestPublication.builder().id("D-1").agreementId("A-1")
                .outcome(DisclosureOutcome.WITHHOLD).decidedAt(DECIDED).build();

        assertThat(occurrence.id()).isEqualTo(arrest.id());
        assertThat(occurrence.outcome()).isEqualTo(arrest.outcome());
        // Same common attributes, different kinds: never equal.
        assertThat(occurrence).isNotEqualTo(arrest);
    }
}
