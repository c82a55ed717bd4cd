package io.jointresponse.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.disclosure.ArrestPublication;
import io.jointresponse.core.disclosure.DisclosureDecision;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.internal.ModelSampler;
import io.jointresponse.core.internal.ModelTypes;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The kinds and the sealed {@link Document} type describe the same documents, each once. */
class DocumentKindTest {

    @Test
    void wireNamesAreStableAndUnique() {
        assertThat(Arrays.stream(DocumentKind.values()).map(DocumentKind::wireName))
                .containsExactly("agreement", "incidentReport", "evidenceRequest", "preventionRelease", "disclosureDecision",
                        "onwardShare", "divisionReport", "jc3Liaison", "annualReport", "nationalCompilation", "notice")
                .doesNotHaveDuplicates();
        assertThat(DocumentKind.AGREEMENT.schemaFileName()).isEqualTo("agreement.schema.json");
        assertThat(Arrays.stream(DocumentKind.values()).map(DocumentKind::type).collect(Collectors.toSet()))
                .hasSize(DocumentKind.values().length);
    }

    @Test
    void everyKindsTypeIsADocumentThatDocumentPermits() {
        Set<Class<?>> permitted = Set.of(Document.class.getPermittedSubclasses());
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(Document.class.isAssignableFrom(kind.type())).as(kind.name()).isTrue();
            assertThat(permitted).as(kind.name()).contains(kind.type());
        }
    }

    @Test
    void everyDocumentSubtypeHasAKind() {
        assertThat(Document.class.isSealed()).isTrue();
        assertThat(Arrays.stream(Document.class.getPermittedSubclasses()).map(DocumentKind::ofType))
                .as("the kind of each type Document permits").allMatch(k -> k.isPresent())
                .doesNotHaveDuplicates();
        assertThat(Document.class.getPermittedSubclasses()).hasSameSizeAs(DocumentKind.values());
        // Every model value type that is a document is the value type of exactly one kind.
        List<Class<?>> documents = ModelTypes.all().stream().filter(Document.class::isAssignableFrom).toList();
        assertThat(documents).hasSize(Arrays.stream(DocumentKind.values()).mapToInt(k -> k.valueTypes().size()).sum());
        for (Class<?> type : documents) {
            assertThat(DocumentKind.ofType(type)).as(type.getName()).hasValueSatisfying(k -> assertThat(k.valueTypes()).anyMatch(t -> t == type));
        }
    }

    @Test
    void aPolymorphicKindIsASealedInterfaceOverNonSealedValueClasses() {
        assertThat(Arrays.stream(DocumentKind.values()).filter(DocumentKind::isPolymorphic))
                .containsExactly(DocumentKind.DISCLOSURE_DECISION);
        assertThat(DocumentKind.DISCLOSURE_DECISION.valueTypes())
                .containsExactly(OccurrencePublication.class, ArrestPublication.class);
        assertThat(DisclosureDecision.class.isSealed()).isTrue();
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(kind.valueTypes()).as(kind.name()).isNotEmpty().allSatisfy(t -> {
                assertThat(t.isInterface()).isFalse();
                assertThat(Modifier.isAbstract(t.getModifiers())).isTrue();
                assertThat(t.isSealed()).as("%s names no generated class in a permits clause", t).isFalse();
                assertThat(ModelTypes.isModelType(t)).as("%s has a generated implementation", t).isTrue();
            });
            if (!kind.isPolymorphic()) {
                assertThat(kind.valueTypes()).containsExactly(kind.type());
            }
        }
    }

    @Test
    void findsAKindByNameByTypeOrSubtypeAndByDocument() {
        assertThat(DocumentKind.ofWireName("annualReport")).contains(DocumentKind.ANNUAL_REPORT);
        assertThat(DocumentKind.ofWireName("AnnualReport")).isEmpty();
        assertThat(DocumentKind.ofType(Agreement.class)).contains(DocumentKind.AGREEMENT);
        Agreement agreement = ModelSampler.primary().sample(Agreement.class);
        assertThat(DocumentKind.ofType(agreement.getClass())).contains(DocumentKind.AGREEMENT);
        assertThat(DocumentKind.of(agreement)).isEqualTo(DocumentKind.AGREEMENT);
        assertThat(DocumentKind.ofType(ArrestPublication.class)).contains(DocumentKind.DISCLOSURE_DECISION);
        OccurrencePublication occurrence = ModelSampler.primary().sample(OccurrencePublication.class);
        assertThat(DocumentKind.ofType(occurrence.getClass())).contains(DocumentKind.DISCLOSURE_DECISION);
        assertThat(DocumentKind.of(occurrence)).isEqualTo(DocumentKind.DISCLOSURE_DECISION);
        assertThat(DocumentKind.ofType(AnnualReport.class)).contains(DocumentKind.ANNUAL_REPORT);
        assertThat(DocumentKind.ofType(Partner.class)).isEmpty();
    }
}
