package io.jointresponse.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;

import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.internal.ModelTypes;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.core.sharing.Recipient;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DataClassificationTest {

    static Stream<Named<Class<?>>> modelTypes() {
        return ModelTypes.all().stream().map(t -> Named.of(t.getSimpleName(), t));
    }

    @Test
    void listsThePartnersClassifiedAttributesInNameOrder() {
        assertThat(DataClassification.classifiedAttributes(Partner.class)).containsExactly(
                entry("contacts", Classification.PERSONAL),
                entry("corporateNumber", Classification.BUSINESS_IDENTIFYING),
                entry("name", Classification.BUSINESS_IDENTIFYING));
    }

    @Test
    void classifiesEverythingOfAContactButTheRole() {
        assertThat(DataClassification.classifiedAttributes(Contact.class)).containsExactly(
                entry("email", Classification.PERSONAL),
                entry("name", Classification.PERSONAL),
                entry("telephone", Classification.PERSONAL));
    }

    @Test
    void listsWhatAnOnwardShareMustLoseBeforeLeavingThePolice() {
        assertThat(DataClassification.classifiedAttributes(OnwardShare.class)).containsExactly(
                entry("businessName", Classification.BUSINESS_IDENTIFYING),
                entry("corporateNumber", Classification.BUSINESS_IDENTIFYING),
                entry("incidentSummary", Classification.BUSINESS_IDENTIFYING),
                entry("people", Classification.PERSONAL),
                entry("personalIdentifiers", Classification.PERSONAL),
                entry("sourceAgreementId", Classification.BUSINESS_IDENTIFYING));
    }

    @Test
    void givesNothingForATypeWithoutSensitiveAttributes() {
        assertThat(DataClassification.classifiedAttributes(Recipient.class)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void givesTheSameForTheAbstractTypeAndItsGeneratedImplementation(Class<?> type) {
        Map<String, Classification> ofAbstract = DataClassification.classifiedAttributes(type);

        assertThat(DataClassification.classifiedAttributes(ModelTypes.immutableOf(type))).containsExactlyEntriesOf(ofAbstract);
    }

    @Test
    void resultCannotBeModified() {
        Map<String, Classification> classified = DataClassification.classifiedAttributes(Partner.class);

        assertThat(classified).isUnmodifiable();
    }

    @Test
    void readsTheClassificationOfOneAccessor() throws NoSuchMethodException {
        assertThat(DataClassification.of(Partner.class.getMethod("name"))).contains(Classification.BUSINESS_IDENTIFYING);
        assertThat(DataClassification.of(Contact.class.getMethod("email"))).contains(Classification.PERSONAL);
        assertThat(DataClassification.of(Partner.class.getMethod("sector"))).isEmpty();
    }

    @Test
    void readsTheClassificationOfAGeneratedAccessorFromTheAbstractOne() throws NoSuchMethodException {
        // What a sanitiser gets from object.getClass(): the generated class, whose accessors carry no annotation.
        assertThat(DataClassification.of(ModelTypes.immutableOf(Partner.class).getMethod("name"))).contains(Classification.BUSINESS_IDENTIFYING);
        assertThat(DataClassification.of(ModelTypes.immutableOf(Partner.class).getMethod("contacts"))).contains(Classification.PERSONAL);
        assertThat(DataClassification.of(ModelTypes.immutableOf(Partner.class).getMethod("sector"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void eachGeneratedAccessorIsClassifiedAsTheTypeSays(Class<?> type) throws NoSuchMethodException {
        Map<String, Classification> classified = DataClassification.classifiedAttributes(type);
        for (ModelTypes.Attribute a : ModelTypes.attributes(type)) {
            assertThat(DataClassification.of(ModelTypes.immutableOf(type).getMethod(a.name())))
                    .as(a.toString())
                    .isEqualTo(java.util.Optional.ofNullable(classified.get(a.name())));
        }
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> DataClassification.of(null));
        assertThatNullPointerException().isThrownBy(() -> DataClassification.classifiedAttributes(null));
    }
}
