package io.jointresponse.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plain Jackson 3 mapper of the baselines: databind into the beans of this package, with no
 * validation beyond what Jackson does anyway.
 *
 * <p>Its settings only make it read and write the same JSON as the wire format, so that both sides
 * of a ratio handle the same bytes: enums by name (Jackson 3 would otherwise use
 * {@code toString()}), offsets kept as written, absent values omitted, and unknown properties
 * rejected.
 */
public final class PojoJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private PojoJson() {}

    /**
     * Returns the shared, thread-safe mapper.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
