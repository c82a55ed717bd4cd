package io.jointresponse.serialization.internal;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Module;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigPart;
import com.github.victools.jsonschema.generator.SchemaGeneratorGeneralConfigPart;
import com.github.victools.jsonschema.generator.SchemaKeyword;
import com.github.victools.jsonschema.generator.TypeScope;
import io.jointresponse.serialization.internal.Shape.EnumShape;
import io.jointresponse.serialization.internal.Shape.ObjectShape;
import io.jointresponse.serialization.internal.Shape.PolymorphicShape;
import io.jointresponse.serialization.internal.Shape.Property;
import io.jointresponse.serialization.internal.Shape.TextShape;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes victools see the wire as the mapper does. victools reads annotations on the model classes
 * and knows nothing of mix-ins, so this module takes property names, required-ness, enum names,
 * values written as text, sets, enum-keyed maps, int ranges and the subtypes of the sealed family from the
 * {@link WireModel}, which is itself read from the mapper's introspection: the schema and the
 * reader share one source of truth. Beside them it puts what the reader checks beyond the shape:
 * the {@code pattern} of every text with a grammar ({@link WirePatterns}: dates, date-times and the
 * notice values) and {@code minItems} for the arrays the model requires to be non-empty
 * ({@link NonEmptyArrays}).
 */
final class WireSchemaModule implements Module {

    /** The scalars written as text with a grammar, by the Java type that holds them. */
    private static final Map<Class<?>, Shape.Scalar> TEXT_SCALARS = Map.of(
            LocalDate.class, Shape.Scalar.LOCAL_DATE, OffsetDateTime.class, Shape.Scalar.OFFSET_DATE_TIME);

    private final WireModel model;
    private final Set<String> nonEmptyArrays;

    WireSchemaModule(WireModel model, Set<String> nonEmptyArrays) {
        this.model = model;
        this.nonEmptyArrays = Set.copyOf(nonEmptyArrays);
    }

    @Override
    public void applyToConfigBuilder(SchemaGeneratorConfigBuilder builder) {
        builder.forFields().withIgnoreCheck(field -> true);
        SchemaGeneratorConfigPart<MethodScope> methods = builder.forMethods();
        methods.withIgnoreCheck(m -> property(m).isEmpty());
        methods.withPropertyNameOverrideResolver(m -> property(m).map(Property::name).orElse(null));
        // An array the model requires to hold an element cannot be left out either (absent reads as empty).
        methods.withRequiredCheck(m -> property(m).map(p -> p.required() || nonEmpty(m, p)).orElse(false));
        methods.withArrayUniqueItemsResolver(m -> property(m)
                .filter(p -> p.shape() instanceof Shape.ArrayShape && ((Shape.ArrayShape) p.shape()).distinct())
                .map(p -> Boolean.TRUE).orElse(null));
        methods.withArrayMinItemsResolver(m -> property(m)
                .filter(p -> nonEmpty(m, p))
                .map(p -> 1).orElse(null));

        SchemaGeneratorGeneralConfigPart general = builder.forTypesInGeneral();
        general.withCustomDefinitionProvider(this::enumDefinition);
        general.withSubtypeResolver(this::subtypes);
        general.withTypeAttributeOverride(this::enumKeys);
        general.withTypeAttributeOverride(this::textPattern);
        general.withNumberInclusiveMinimumResolver(t -> isInt(t) ? BigDecimal.valueOf(Integer.MIN_VALUE) : null);
        general.withNumberInclusiveMaximumResolver(t -> isInt(t) ? BigDecimal.valueOf(Integer.MAX_VALUE) : null);
    }

    private boolean nonEmpty(MemberScope<?, ?> member, Property property) {
        return nonEmptyArrays.contains(NonEmptyArrays.key(owner(member), property.name()));
    }

    /** The model type that declares a member. */
    private static Class<?> owner(MemberScope<?, ?> member) {
        return member.getDeclarationDetails().getSchemaTargetType().getErasedType();
    }

    /** Puts the pattern of its grammar beside the format of a date or date-time. */
    private void textPattern(ObjectNode attributes, TypeScope scope, SchemaGenerationContext context) {
        Shape.Scalar scalar = TEXT_SCALARS.get(scope.getType().getErasedType());
        if (scalar != null) {
            WirePatterns.of(scalar).ifPresent(p -> {
                attributes.put(context.getKeyword(SchemaKeyword.TAG_PATTERN), p);
                // Java's and Python's $ also match before a final line break, ECMA-262's does not: this
                // refuses a date followed by one in every engine, as the reader does.
                attributes.putObject(context.getKeyword(SchemaKeyword.TAG_NOT))
                        .put(context.getKeyword(SchemaKeyword.TAG_PATTERN), WirePatterns.LINE_BREAK_AT_END);
            });
        }
    }

    /** Finds the wire property a method of a model type stands for, if any. */
    private Optional<Property> property(MemberScope<?, ?> member) {
        if (member.isFakeContainerItemScope() || !(member instanceof MethodScope) || ((MethodScope) member).getArgumentCount() != 0) {
            return Optional.empty();
        }
        ResolvedType target = member.getDeclarationDetails().getSchemaTargetType();
        Shape shape;
        try {
            shape = model.shapeOf(target.getErasedType());
        } catch (IllegalArgumentException notModel) {
            return Optional.empty();
        }
        if (!(shape instanceof ObjectShape)) {
            return Optional.empty();
        }
        String accessor = member.getDeclaredName();
        return ((ObjectShape) shape).properties().values().stream()
                .filter(p -> p.accessor().equals(accessor))
                .findFirst();
    }

    /** Restricts the keys of an enum-keyed map to the enum's wire names. */
    private void enumKeys(ObjectNode attributes, TypeScope scope, SchemaGenerationContext context) {
        ResolvedType type = scope.getType();
        if (!Map.class.isAssignableFrom(type.getErasedType())) {
            return;
        }
        ResolvedType key = scope.getTypeParameterFor(Map.class, 0);
        Optional<EnumShape> shape = key == null ? Optional.empty() : model.enumShapeOf(key.getErasedType());
        shape.ifPresent(s -> {
            ArrayNode values = attributes.putObject("propertyNames").putArray(context.getKeyword(SchemaKeyword.TAG_ENUM));
            s.names().forEach(values::add);
        });
    }

    private CustomDefinition enumDefinition(ResolvedType type, SchemaGenerationContext context) {
        Optional<TextShape> text = model.textShapeOf(type.getErasedType());
        if (text.isPresent()) {
            ObjectNode definition = context.getGeneratorConfig().createObjectNode();
            definition.put(context.getKeyword(SchemaKeyword.TAG_TYPE), context.getKeyword(SchemaKeyword.TAG_TYPE_STRING));
            definition.put(context.getKeyword(SchemaKeyword.TAG_DESCRIPTION), "Text: " + text.get().expectation() + ".");
            definition.put(context.getKeyword(SchemaKeyword.TAG_PATTERN), WirePatterns.of(text.get().type()));
            return new CustomDefinition(definition);
        }
        Optional<EnumShape> shape = model.enumShapeOf(type.getErasedType());
        if (shape.isEmpty()) {
            return null;
        }
        ObjectNode definition = context.getGeneratorConfig().createObjectNode();
        definition.put(context.getKeyword(SchemaKeyword.TAG_TYPE), context.getKeyword(SchemaKeyword.TAG_TYPE_STRING));
        ArrayNode values = definition.putArray(context.getKeyword(SchemaKeyword.TAG_ENUM));
        shape.get().names().forEach(values::add);
        return new CustomDefinition(definition);
    }

    private List<ResolvedType> subtypes(ResolvedType declared, SchemaGenerationContext context) {
        Shape shape;
        try {
            shape = model.shapeOf(declared.getErasedType());
        } catch (IllegalArgumentException notModel) {
            return null;
        }
        if (!(shape instanceof PolymorphicShape)) {
            return null;
        }
        return ((PolymorphicShape) shape).subtypes().values().stream()
                .map(s -> context.getTypeContext().resolve(s.type()))
                .collect(Collectors.toList());
    }

    private static boolean isInt(TypeScope scope) {
        Class<?> raw = scope.getType().getErasedType();
        return raw == int.class || raw == Integer.class;
    }
}
