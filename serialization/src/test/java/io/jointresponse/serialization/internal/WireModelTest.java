package io.jointresponse.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.disclosure.DisclosureDecision;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.serialization.internal.Shape.ObjectShape;
import io.jointresponse.serialization.internal.Shape.PolymorphicShape;
import io.jointresponse.serialization.internal.Shape.Property;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mix-ins cover the model exactly: every attribute of every value type is on the wire, no
 * derived method is, and the required ones are those the model cannot do without. A renamed or
 * added accessor that a mix-in misses fails here.
 */
class WireModelTest {

    private static final MixInRegistry REGISTRY = MixInRegistry.standard();
    private static final JsonMapper MAPPER = WireMapper.create(REGISTRY);
    private static final WireModel MODEL = WireModel.introspect(MAPPER, REGISTRY);

    static Stream<Class<?>> valueTypes() {
        return REGISTRY.valueTypes().stream();
    }

    /** The attributes of a model type: abstract accessors and {@code @Value.Default} ones, not final derived methods. */
    private static Map<String, Boolean> attributes(Class<?> type) {
        Map<String, Boolean> attributes = new TreeMap<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || Modifier.isFinal(m.getModifiers())
                    || m.getDeclaringClass() == Object.class || m.getReturnType() == void.class
                    || m.getName().equals("toString") || m.getName().equals("hashCode")) {
                continue;
            }
            Class<?> r = m.getReturnType();
            boolean container = Optional.class.isAssignableFrom(r) || Collection.class.isAssignableFrom(r) || Map.class.isAssignableFrom(r);
            attributes.put(m.getName(), Modifier.isAbstract(m.getModifiers()) && !container);
        }
        return attributes;
    }

    @ParameterizedTest
    @MethodSource("valueTypes")
    void everyAttributeIsOnTheWireWithItsRequiredness(Class<?> type) {
        ObjectShape shape = (ObjectShape) MODEL.shapeOf(type);
        Map<String, Boolean> onWire = new TreeMap<>();
        for (Property p : shape.properties().values()) {
            onWire.put(p.accessor(), p.required());
        }
        assertThat(onWire).isEqualTo(attributes(type));
    }

    @ParameterizedTest
    @MethodSource("valueTypes")
    void wireNamesAreTheAccessorNames(Class<?> type) {
        ObjectShape shape = (ObjectShape) MODEL.shapeOf(type);
        assertThat(shape.properties().values()).allSatisfy(p -> assertThat(p.name()).isEqualTo(p.accessor()));
    }

    @Test
    void derivedMethodsAreNotProperties() {
        assertThat(((ObjectShape) MODEL.shapeOf(Agreement.class)).properties())
                .doesNotContainKeys("isInForceOn", "inForceOn", "reportableCrimeTypes");
        assertThat(((ObjectShape) MODEL.shapeOf(Partner.class)).properties()).doesNotContainKeys("hasVendorCounterpart", "vendorCounterpart");
        assertThat(((ObjectShape) MODEL.shapeOf(NationalCompilation.class)).properties().keySet()).containsExactly("period", "reports");
    }

    @Test
    void everyDocumentKindHasAShape() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(MODEL.shapeOf(kind.type())).isNotNull();
        }
        PolymorphicShape decision = (PolymorphicShape) MODEL.shapeOf(DisclosureDecision.class);
        assertThat(decision.typeProperty()).isEqualTo("type");
        assertThat(decision.subtypes().keySet()).containsExactly("arrestPublication", "occurrencePublication");
    }

    @Test
    void everyTypeReachableFromADocumentIsRegistered() {
        Set<Class<?>> reached = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        for (DocumentKind kind : DocumentKind.values()) {
            reach(MODEL.shapeOf(kind.type()), reached);
        }
        Set<Class<?>> registered = REGISTRY.valueTypes().stream()
                .collect(Collectors.toCollection(() -> new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()))));
        assertThat(reached).isEqualTo(registered);
    }

    private static void reach(Shape shape, Set<Class<?>> reached) {
        if (shape instanceof ObjectShape) {
            if (reached.add(((ObjectShape) shape).type())) {
                ((ObjectShape) shape).properties().values().forEach(p -> reach(p.shape(), reached));
            }
        } else if (shape instanceof PolymorphicShape) {
            ((PolymorphicShape) shape).subtypes().values().forEach(s -> reach(s, reached));
        } else if (shape instanceof Shape.OptionalShape) {
            reach(((Shape.OptionalShape) shape).content(), reached);
        } else if (shape instanceof Shape.ArrayShape) {
            reach(((Shape.ArrayShape) shape).element(), reached);
        } else if (shape instanceof Shape.MapShape) {
            reach(((Shape.MapShape) shape).value(), reached);
        }
    }
}
