package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.disclosure.ArrestPublication;
import io.jointresponse.core.disclosure.ImmutableOccurrencePublication;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentKindTest {

    @Test
    void wireNamesAreStableAndUnique() {
        assertThat(Arrays.stream(DocumentKind.values()).map(DocumentKind::wireName))
                .containsExactly("agreement", "incidentReport", "evidenceRequest", "preventionRelease", "disclosureDecision",
                        "onwardShare", "divisionReport", "jc3Liaison", "annualReport", "nationalCompilation", "notice")
                .doesNotHaveDuplicates();
        assertThat(DocumentKind.AGREEMENT.schemaFileName()).isEqualTo("agreement.schema.json");
    }

    @Test
    void findsAKindByNameAndByTypeOrSubtype() {
        assertThat(DocumentKind.ofWireName("annualReport")).contains(DocumentKind.ANNUAL_REPORT);
        assertThat(DocumentKind.ofWireName("AnnualReport")).isEmpty();
        assertThat(DocumentKind.ofType(Agreement.class)).contains(DocumentKind.AGREEMENT);
        assertThat(DocumentKind.ofType(Samples.fullAgreement().getClass())).contains(DocumentKind.AGREEMENT);
        assertThat(DocumentKind.ofType(ArrestPublication.class)).contains(DocumentKind.DISCLOSURE_DECISION);
        assertThat(DocumentKind.ofType(ImmutableOccurrencePublication.class)).contains(DocumentKind.DISCLOSURE_DECISION);
        assertThat(DocumentKind.ofType(AnnualReport.class)).contains(DocumentKind.ANNUAL_REPORT);
        assertThat(DocumentKind.ofType(Partner.class)).isEmpty();
    }

    @Test
    void wireRulesListEveryIdOnce() {
        assertThat(WireRules.ids()).doesNotHaveDuplicates().hasSize(8)
                .allSatisfy(id -> assertThat(id).matches("(JSON|SHAPE)-[A-Z]+"));
        assertThat(JointResponseJson.supportedSchemaVersions()).containsExactly("1.0");
        assertThat(Arrays.stream(DocumentKind.values()).map(DocumentKind::type).collect(Collectors.toSet()))
                .hasSize(DocumentKind.values().length);
    }
}
