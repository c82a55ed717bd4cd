package io.jointresponse.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.finding.Severity;
import io.jointresponse.core.sharing.OnwardShare;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each area of the notices lists its own rules, in id order; the registry puts them together. Read
 * here from each area, so that an area that lost a rule is noticed even once the registry is built.
 */
class RuleAreasTest {

    private static List<String> ids(List<Rule<?>> rules) {
        return rules.stream().map(Rule::id).toList();
    }

    @Test
    void everyAreaListsItsRulesInIdOrder() {
        assertThat(ids(AgreementRules.all())).containsExactly("AGR-001", "AGR-002", "AGR-003", "AGR-004", "AGR-005", "AGR-006");
        assertThat(ids(IncidentRules.all())).containsExactly("INC-001", "INC-002", "INC-003", "INC-004", "INC-005");
        assertThat(ids(InvestigationRules.all())).containsExactly("INV-001", "INV-002");
        assertThat(ids(PreventionRules.all())).containsExactly("PRV-001", "PRV-002");
        assertThat(ids(DisclosureRules.all())).containsExactly("DSC-001", "DSC-002", "DSC-003", "DSC-004");
        assertThat(ids(SharingRules.all())).containsExactly("SHR-001", "SHR-002", "SHR-003", "SHR-004");
        assertThat(ids(Jc3Rules.all())).containsExactly("JC3-001", "JC3-002", "JC3-003");
        assertThat(ids(AnnualRules.all())).containsExactly("ANR-001", "ANR-002", "ANR-003");
        assertThat(ids(NoticeRules.all())).containsExactly("NTC-001", "NTC-002", "NTC-003", "NTC-004");
    }

    @Test
    void shr004HasAWarningVariantForEveryKindTheLibraryNames() {
        Rule<OnwardShare> plain = Rule.of("SHR-004", Severity.WARNING, "A §7", OnwardShare.class, (s, ctx, sink) -> { });
        assertThat(SharingRules.withKindVariants(plain).variants()).containsOnlyKeys("", "telephoneNumber", "emailAddress",
                "individualNumber", "paymentCardNumber", "ipAddress").allSatisfy((name, severity) -> assertThat(severity)
                .isEqualTo(Severity.WARNING));
    }
}
