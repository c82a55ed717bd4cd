/**
 * The JSON wire format of the joint-response documents: a strict, versioned reader and a
 * deterministic writer on Jackson 3, and the published JSON Schemas.
 *
 * <p>Only {@code io.jointresponse.serialization} is API. The mix-ins, the structural walker and the
 * schema generator live in {@code io.jointresponse.serialization.internal}, which is not exported.
 */
module io.jointresponse.serialization {
    requires transitive io.jointresponse.core;
    // ReadResult hands out the parsed tree (JsonNode) so that later checks can point into it.
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;
    requires com.fasterxml.jackson.annotation;
    requires com.github.victools.jsonschema.generator;
    requires com.github.victools.jsonschema.module.jackson;
    // victools' API exposes classmate's ResolvedType without requiring it transitively.
    requires com.fasterxml.classmate;

    exports io.jointresponse.serialization;
}
