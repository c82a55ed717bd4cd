package io.jointresponse.core.internal;

import static io.jointresponse.core.internal.ModelSampler.invoke;
import static io.jointresponse.core.internal.ModelSampler.method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.agreement.AdditionBasis;
import io.jointresponse.core.agreement.AgreedCondition;
import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.SecurityVendor;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.disclosure.ArrestPublication;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.internal.ModelTypes.Attribute;
import io.jointresponse.core.investigation.EvidenceRequest;
import io.jointresponse.core.jc3.DisclosureExemption;
import io.jointresponse.core.jc3.Jc3Information;
import io.jointresponse.core.jc3.Jc3Liaison;
import io.jointresponse.core.jc3.Jc3ProvidedInformation;
import io.jointresponse.core.jc3.OverseasPartner;
import io.jointresponse.core.prevention.HindranceCheck;
import io.jointresponse.core.prevention.PreventionRelease;
import io.jointresponse.core.record.Assessment;
import io.jointresponse.core.record.Consent;
import io.jointresponse.core.record.Explanation;
import io.jointresponse.core.record.HeardOpinion;
import io.jointresponse.core.sharing.Concurrence;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.core.sharing.Recipient;
import io.jointresponse.core.sharing.ShareSource;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the model's one Immutables style promises for every model type, checked over every type and
 * attribute found by reflection: immutable collections, no nulls, copies through the builders and
 * equality by value.
 */
class ImmutablesStyleTest {

    static Stream<Named<Class<?>>> modelTypes() {
        return ModelTypes.all().stream().map(t -> Named.of(t.getSimpleName(), t));
    }

    static Stream<Named<Attribute>> attributes() {
        return ModelTypes.allAttributes().stream().map(a -> Named.of(a.toString(), a));
    }

    static Stream<Named<Attribute>> referenceAttributes() {
        return ModelTypes.allAttributes().stream()
                .filter(a -> !a.rawType().isPrimitive())
                .map(a -> Named.of(a.toString(), a));
    }

    static Stream<Named<Attribute>> collectionAttributes() {
        return ModelTypes.allAttributes().stream()
                .filter(a -> Collection.class.isAssignableFrom(a.rawType()) || Map.class.isAssignableFrom(a.rawType()))
                .map(a -> Named.of(a.toString(), a));
    }

    @Test
    void findsEveryModelTypeOfCore() {
        assertThat(ModelTypes.all()).contains(
                AdditionBasis.class, AgreedCrime.class, Agreement.class, Contact.class, Partner.class,
                SecurityVendor.class, AnnualReport.class, NationalCompilation.class, ArrestPublication.class,
                OccurrencePublication.class, Finding.class, IncidentReport.class, EvidenceRequest.class,
                Jc3Information.class, Jc3Liaison.class, HindranceCheck.class, PreventionRelease.class,
                Assessment.class, Explanation.class, HeardOpinion.class, Concurrence.class, DivisionReport.class,
                OnwardShare.class, Recipient.class, AgreedCondition.class, Consent.class, DisclosureExemption.class,
                Jc3ProvidedInformation.class, OverseasPartner.class, ShareSource.class);
    }

    @Test
    void derivedValuesAreNotAttributes() {
        assertThat(ModelTypes.attributes(Agreement.class)).extracting(Attribute::name)
                .containsExactly("additionBasis", "amendedOn", "arrangement", "concludedOn", "conditions", "draftedOn",
                        "existingChannel", "id", "partner", "prefecture", "reasonDespiteExistingChannel", "reportableCrimes",
                        "status", "targetGround", "terminatedOn");
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void buildsWithEveryAttributeSetAndReturnsTheAbstractType(Class<?> type) {
        Object sample = ModelSampler.primary().sample(type);

        assertThat(sample).isInstanceOf(type).isInstanceOf(ModelTypes.immutableOf(type));
        Class<?> builderType = method(type, "builder").getReturnType();
        assertThat(builderType.getEnclosingClass()).isEqualTo(type);
        assertThat(method(builderType, "build").getReturnType()).isEqualTo(type);
    }

    @ParameterizedTest
    @MethodSource("collectionAttributes")
    void collectionsCannotBeModified(Attribute attribute) {
        Object value = invoke(ModelSampler.primary().sample(attribute.owner()), attribute.accessor());

        if (value instanceof List<?> list) {
            assertThatThrownBy(() -> addNull(list)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        } else if (value instanceof Collection<?> collection) {
            assertThatThrownBy(() -> addNull(collection)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(collection::clear).isInstanceOf(UnsupportedOperationException.class);
        } else {
            Map<?, ?> map = (Map<?, ?>) value;
            assertThatThrownBy(() -> putNull(map)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("collectionAttributes")
    void builderCopiesTheCollectionItIsGiven(Attribute attribute) {
        ModelSampler sampler = ModelSampler.primary();
        Object builder = invoke(null, method(attribute.owner(), "builder"));
        Object given = null;
        for (Attribute a : ModelTypes.attributes(attribute.owner())) {
            Object value = sampler.value(a);
            if (a.equals(attribute)) {
                value = value instanceof Map<?, ?> m ? new HashMap<>(m) : new ArrayList<>((Collection<?>) value);
                given = value;
            }
            ModelSampler.set(builder, a, value);
        }
        Object built = invoke(builder, method(builder.getClass(), "build"));
        Object expected = invoke(built, attribute.accessor());
        assertThat(expected).asString().isNotIn("[]", "{}");

        if (given instanceof Map<?, ?> m) {
            m.clear();
        } else {
            ((Collection<?>) given).clear();
        }

        assertThat(invoke(built, attribute.accessor())).isEqualTo(expected).asString().isNotIn("[]", "{}");
    }

    @ParameterizedTest
    @MethodSource("referenceAttributes")
    void builderSettersRejectNull(Attribute attribute) {
        Object builder = invoke(null, method(attribute.owner(), "builder"));
        Class<?> builderType = builder.getClass();
        String capitalised = capitalise(attribute.name());
        Class<?> raw = attribute.rawType();

        if (Collection.class.isAssignableFrom(raw)) {
            Class<?> element = ModelTypes.raw(attribute.elementType());
            assertThatNullPointerException().isThrownBy(
                    () -> invoke(builder, method(builderType, "add" + capitalised, element), (Object) null));
            assertThatNullPointerException().isThrownBy(
                    () -> invoke(builder, method(builderType, attribute.name(), Iterable.class), Arrays.asList((Object) null)));
            assertThatNullPointerException().isThrownBy(
                    () -> invoke(builder, method(builderType, "addAll" + capitalised, Iterable.class), Arrays.asList((Object) null)));
        } else if (Map.class.isAssignableFrom(raw)) {
            Map<?, ?> sample = (Map<?, ?>) ModelSampler.primary().value(attribute);
            Map.Entry<?, ?> entry = sample.entrySet().iterator().next();
            Method put = Arrays.stream(builderType.getMethods())
                    .filter(m -> m.getName().equals("put" + capitalised) && m.getParameterCount() == 2)
                    .findFirst().orElseThrow();
            assertThatNullPointerException().isThrownBy(() -> invoke(builder, put, null, entry.getValue()));
            if (!put.getParameterTypes()[1].isPrimitive()) {
                assertThatNullPointerException().isThrownBy(() -> invoke(builder, put, entry.getKey(), null));
            }
            assertThatNullPointerException().isThrownBy(
                    () -> invoke(builder, method(builderType, attribute.name(), Map.class), Collections.singletonMap(null, entry.getValue())));
        } else if (raw == Optional.class) {
            Class<?> element = ModelTypes.raw(attribute.elementType());
            // An optional number's setter takes the primitive, which cannot be null; the others take the element.
            if (element != Integer.class) {
                assertThatNullPointerException().isThrownBy(
                        () -> invoke(builder, method(builderType, attribute.name(), element), (Object) null));
            }
            assertThatNullPointerException().isThrownBy(
                    () -> invoke(builder, method(builderType, attribute.name(), Optional.class), (Object) null));
        } else {
            assertThatNullPointerException().isThrownBy(
                    () -> invoke(builder, method(builderType, attribute.name(), raw), (Object) null));
        }
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void builderRejectsCopyingFromNull(Class<?> type) {
        Object builder = invoke(null, method(type, "builder"));

        assertThatNullPointerException().isThrownBy(() -> invoke(builder, method(builder.getClass(), "from", type), (Object) null));
    }

    @ParameterizedTest
    @MethodSource("attributes")
    void builderCopyChangesOneAttributeAndLeavesTheOriginal(Attribute attribute) {
        Object original = ModelSampler.primary().sample(attribute.owner());
        Object before = invoke(original, attribute.accessor());
        Object changed = ModelSampler.alternate().value(attribute);
        Object builder = invoke(null, method(attribute.owner(), "builder"));
        invoke(builder, method(builder.getClass(), "from", attribute.owner()), original);
        ModelSampler.set(builder, attribute, changed);

        Object copy = invoke(builder, method(builder.getClass(), "build"));

        assertThat(invoke(copy, attribute.accessor())).isEqualTo(changed).isNotEqualTo(before);
        assertThat(invoke(original, attribute.accessor())).isEqualTo(before);
        assertThat(copy).isNotEqualTo(original).isInstanceOf(attribute.owner());
        for (Attribute other : ModelTypes.attributes(attribute.owner())) {
            if (!other.equals(attribute)) {
                assertThat(invoke(copy, other.accessor())).as(other.toString()).isEqualTo(invoke(original, other.accessor()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("modelTypes")
    void equalsAndHashCodeAreByValue(Class<?> type) {
        Object one = ModelSampler.primary().sample(type);
        Object same = ModelSampler.primary().sample(type);
        Object other = ModelSampler.alternate().sample(type);

        assertThat(one).isNotSameAs(same).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        assertThat(one.equals(null)).isFalse();
        assertThat(one).isNotEqualTo(new Object());
    }

    @ParameterizedTest
    @MethodSource("attributes")
    void objectsDifferingInOneAttributeAreNotEqual(Attribute attribute) {
        Object one = ModelSampler.primary().sample(attribute.owner());
        Object builder = invoke(null, method(attribute.owner(), "builder"));
        invoke(builder, method(builder.getClass(), "from", attribute.owner()), one);
        ModelSampler.set(builder, attribute, ModelSampler.alternate().value(attribute));

        Object differing = invoke(builder, method(builder.getClass(), "build"));

        assertThat(differing).isNotEqualTo(one);
        assertThat(one).isNotEqualTo(differing);
    }

    @SuppressWarnings("unchecked")
    private static void addNull(Collection<?> collection) {
        ((Collection<Object>) collection).add(null);
    }

    @SuppressWarnings("unchecked")
    private static void putNull(Map<?, ?> map) {
        ((Map<Object, Object>) map).put(null, null);
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
