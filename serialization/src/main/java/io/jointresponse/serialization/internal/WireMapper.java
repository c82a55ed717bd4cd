package io.jointresponse.serialization.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.AnnotationIntrospector;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one strict {@link JsonMapper} of the wire format. Everything that makes the reader
 * strict at the Jackson level is here; the structural walker adds the checks Jackson cannot make
 * in one pass.
 *
 * <p>On its own the mapper refuses everything the structural walk refuses (nulls, coercions,
 * unknown properties, lenient dates, repeated set elements): the reader binds a well-formed
 * document straight from its bytes and walks the tree only to explain a refusal.
 */
public final class WireMapper {

    /** Deepest nesting of arrays and objects; the deepest document kind needs fewer than 10. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string value, in characters: 1 MiB. */
    public static final int MAX_STRING_LENGTH = 1 << 20;
    /** Longest number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Longest property name, in characters. */
    public static final int MAX_NAME_LENGTH = 256;
    /** Longest document, in bytes: 16 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 16L << 20;
    /**
     * Most tokens in one document. The largest real documents (a national compilation, an agreement
     * with many contacts) have a few thousand; the cap stops a hostile wide object or array early,
     * before its tree grows large.
     */
    public static final long MAX_TOKEN_COUNT = 100_000L;

    private WireMapper() {}

    /**
     * Returns the limits the parser enforces.
     *
     * @return the read constraints
     */
    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .maxTokenCount(MAX_TOKEN_COUNT)
                .build();
    }

    /**
     * Builds the strict mapper with every mix-in of a registry.
     *
     * @param registry the mix-ins, not null
     * @return the mapper
     * @throws IllegalStateException if the jackson-annotations on the path are older than Jackson 3
     *     needs ({@link JacksonAnnotationsCheck})
     */
    public static JsonMapper create(MixInRegistry registry) {
        // Before anything of Jackson's runs: too old an annotations jar fails only at the first write.
        JacksonAnnotationsCheck.verify();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper.Builder b = JsonMapper.builder(factory)
                .annotationIntrospector(AnnotationIntrospector.pair(
                        new ModelAnnotationIntrospector(registry), new JacksonAnnotationIntrospector()))
                // Nothing is a property unless a mix-in says so.
                .changeDefaultVisibility(v -> v
                        .withVisibility(PropertyAccessor.ALL, Visibility.NONE))
                // Optional.empty() is omitted; empty collections are written as [].
                // A null is never a value on the wire, not even for an Optional or in a list.
                .changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
                .addModule(new WireValuesModule())
                .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(
                        JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // Enums travel as their names, never toString(), which an enum may override.
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                // Offsets are kept as written: no conversion to UTC, so round trips stay equal.
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE)
                .disable(DateTimeFeature.ALWAYS_ALLOW_STRINGIFIED_DATE_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .withCoercionConfigDefaults(c -> {
                    for (CoercionInputShape shape : CoercionInputShape.values()) {
                        c.setCoercion(shape, CoercionAction.Fail);
                    }
                    c.setAcceptBlankAsEmpty(false);
                });
        registry.mixIns().forEach(b::addMixIn);
        return b.build();
    }
}
