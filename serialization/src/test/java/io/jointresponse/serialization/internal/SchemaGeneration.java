package io.jointresponse.serialization.internal;

import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.module.FlattenedWrapperModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.serialization.internal.Shape.ObjectShape;
import io.jointresponse.serialization.internal.Shape.PolymorphicShape;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of every document kind with victools, from the same
 * mapper and {@link WireModel} the reader uses. The committed schemas under
 * {@code src/main/resources/io/jointresponse/serialization/schema/} are its output; a test fails
 * when they drift.
 */
public final class SchemaGeneration {

    /** The base of every schema's {@code $id}. */
    static final String ID_BASE = "urn:jointresponse:wire:" + WireReader.SCHEMA_VERSION + ":";

    private final JsonMapper mapper;
    private final WireModel model;
    private final SchemaGenerator generator;

    /**
     * Creates a generator for the standard model.
     */
    public SchemaGeneration() {
        MixInRegistry registry = MixInRegistry.standard();
        this.mapper = WireMapper.create(registry);
        this.model = WireModel.introspect(mapper, registry);
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.PLAIN_DEFINITION_KEYS)
                .without(Option.PUBLIC_NONSTATIC_FIELDS, Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
                        Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS, Option.VALUES_FROM_CONSTANT_FIELDS,
                        // The flattening option also makes an Optional nullable; the wire has no nulls.
                        Option.FLATTENED_OPTIONALS, Option.SIMPLIFIED_OPTIONALS)
                .with(new FlattenedWrapperModule<>(Optional.class))
                // victools' Jackson module cannot see mix-ins (it reads annotations on the classes), so its
                // subtype lookup is off: the wire module below supplies subtypes from the mapper.
                .with(new JacksonSchemaModule(JacksonOption.SKIP_SUBTYPE_LOOKUP, JacksonOption.IGNORE_TYPE_INFO_TRANSFORM))
                .with(new WireSchemaModule(model, NonEmptyArrays.of(model)));
        this.generator = new SchemaGenerator(config.build());
    }

    /**
     * Generates the schema of one kind.
     *
     * @param kind the kind, not null
     * @return the schema
     */
    public ObjectNode generate(DocumentKind kind) {
        ObjectNode generated = generator.generateSchema(kind.type());
        ObjectNode schema = mapper.createObjectNode();
        schema.put("$schema", generated.get("$schema").stringValue());
        schema.put("$id", ID_BASE + kind.wireName());
        schema.put("title", "Joint Response wire format " + WireReader.SCHEMA_VERSION + ": " + kind.wireName());
        schema.put("description", "One " + kind.wireName() + " document (" + kind.type().getSimpleName()
                + "). Generated from the model; do not edit.");
        Shape shape = model.shapeOf(kind.type());
        if (shape instanceof PolymorphicShape) {
            PolymorphicShape family = (PolymorphicShape) shape;
            ObjectNode defs = (ObjectNode) generated.get("$defs");
            for (Map.Entry<String, ObjectShape> e : family.subtypes().entrySet()) {
                ObjectNode def = (ObjectNode) defs.get(e.getValue().type().getSimpleName());
                if (def == null) {
                    throw new IllegalStateException("No definition for " + e.getValue().type().getName());
                }
                ObjectNode typeProperty = mapper.createObjectNode().put("const", e.getKey());
                addEnvelope(def, kind, family.typeProperty(), typeProperty);
            }
            generated.properties().forEach(p -> {
                if (!p.getKey().equals("$schema")) {
                    schema.set(p.getKey(), p.getValue());
                }
            });
        } else {
            addEnvelope(generated, kind, null, null);
            generated.properties().forEach(p -> {
                if (!p.getKey().equals("$schema")) {
                    schema.set(p.getKey(), p.getValue());
                }
            });
        }
        return schema;
    }

    /** Puts schemaVersion and kind (and the type property of a family member) first. */
    private void addEnvelope(ObjectNode object, DocumentKind kind, String typeName, JsonNode typeSchema) {
        ObjectNode properties = mapper.createObjectNode();
        properties.set(WireReader.SCHEMA_VERSION_PROPERTY, mapper.createObjectNode().put("const", WireReader.SCHEMA_VERSION));
        properties.set(WireReader.KIND_PROPERTY, mapper.createObjectNode().put("const", kind.wireName()));
        List<String> required = new ArrayList<>(List.of(WireReader.SCHEMA_VERSION_PROPERTY, WireReader.KIND_PROPERTY));
        if (typeName != null) {
            properties.set(typeName, typeSchema);
            required.add(typeName);
        }
        JsonNode existing = object.get("properties");
        if (existing != null) {
            existing.properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
        }
        JsonNode existingRequired = object.get("required");
        if (existingRequired != null) {
            existingRequired.forEach(r -> required.add(r.stringValue()));
        }
        ObjectNode rebuilt = mapper.createObjectNode();
        object.properties().forEach(p -> rebuilt.set(p.getKey(), p.getValue()));
        object.removeAll();
        rebuilt.properties().forEach(p -> {
            if (p.getKey().equals("properties") || p.getKey().equals("required")) {
                return;
            }
            object.set(p.getKey(), p.getValue());
            if (p.getKey().equals("type")) {
                object.set("properties", properties);
                ArrayNode req = object.putArray("required");
                required.forEach(req::add);
            }
        });
        if (!object.has("properties")) {
            object.set("properties", properties);
            ArrayNode req = object.putArray("required");
            required.forEach(req::add);
        }
    }

    /**
     * Generates every kind's schema as the text committed under resources.
     *
     * @return file name to JSON text, in kind order
     */
    public Map<DocumentKind, String> generateAll() {
        Map<DocumentKind, String> all = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            all.put(kind, text(generate(kind)));
        }
        return all;
    }

    /**
     * Writes a schema as pretty-printed JSON with {@code \n} line ends and a final newline, the same
     * on every platform.
     *
     * @param schema the schema, not null
     * @return the text
     */
    public String text(JsonNode schema) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return mapper.writer().with(printer).writeValueAsString(schema) + "\n";
    }
}
