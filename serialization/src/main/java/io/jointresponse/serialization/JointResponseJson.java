package io.jointresponse.serialization;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.serialization.internal.JacksonAnnotationsCheck;
import io.jointresponse.serialization.internal.MixInRegistry;
import io.jointresponse.serialization.internal.UnknownFields;
import io.jointresponse.serialization.internal.WireMapper;
import io.jointresponse.serialization.internal.WireModel;
import io.jointresponse.serialization.internal.WireReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the joint-response documents in the versioned JSON wire format.
 *
 * <p>Reading never throws for bad input: a {@link ReadResult} holds either the typed document or
 * every structural problem of the payload at once, as {@link io.jointresponse.core.finding.Finding}s
 * with JSON Pointers ({@link WireRules} lists their ids). Writing is deterministic: UTF-8,
 * {@code schemaVersion} and {@code kind} first, then the properties in alphabetical order.
 *
 * <pre>{@code
 * JointResponseJson json = JointResponseJson.strict();
 * byte[] bytes = json.write(agreement);
 * ReadResult<Agreement> result = json.read(bytes, Agreement.class);
 * result.findings().forEach(f -> log(f.ruleId(), f.pointer(), f.message()));
 * }</pre>
 *
 * <p>Immutable and thread-safe; build it once and share it.
 */
public final class JointResponseJson {

    /** The version of the wire format this library reads and writes: {@value}. */
    public static final String SCHEMA_VERSION = WireReader.SCHEMA_VERSION;

    /** The opening of each kind's documents, by ordinal, for bodies with properties. */
    private static final byte[][] ENVELOPES = Arrays.stream(DocumentKind.values())
            .map(k -> envelope(k, true)).toArray(byte[][]::new);

    private static final class Shared {
        static final JointResponseJson STRICT = create(ReaderOptions.strict());
    }

    private final JsonMapper mapper;
    private final WireReader reader;
    private final ReaderOptions options;
    private final MixInRegistry registry;

    private JointResponseJson(JsonMapper mapper, WireReader reader, ReaderOptions options, MixInRegistry registry) {
        this.mapper = mapper;
        this.reader = reader;
        this.options = options;
        this.registry = registry;
    }

    /**
     * Returns the shared strict reader and writer.
     *
     * @return the strict instance
     * @throws IllegalStateException if the {@code com.fasterxml.jackson.core:jackson-annotations} on
     *     the class or module path is older than Jackson 3 needs; the message names the version to
     *     pin
     */
    public static JointResponseJson strict() {
        // Checked here as well as when the mapper is built, so that a failure is this exception every
        // time, not an ExceptionInInitializerError once and a NoClassDefFoundError afterwards.
        JacksonAnnotationsCheck.verify();
        return Shared.STRICT;
    }

    /**
     * Creates a reader and writer with the given options.
     *
     * @param options how strictly to read, not null
     * @return a new instance
     * @throws IllegalStateException if the {@code com.fasterxml.jackson.core:jackson-annotations} on
     *     the class or module path is older than Jackson 3 needs; the message names the version to
     *     pin
     */
    public static JointResponseJson create(ReaderOptions options) {
        Objects.requireNonNull(options, "options");
        MixInRegistry registry = MixInRegistry.standard();
        JsonMapper mapper = WireMapper.create(registry);
        // The model is introspected only when a payload first needs the structural walk.
        return new JointResponseJson(mapper, new WireReader(mapper, () -> WireModel.introspect(mapper, registry)), options, registry);
    }

    /**
     * Returns a reader and writer that shares this one's configuration but reads with other options.
     *
     * @param other how strictly to read, not null
     * @return an instance with those options
     */
    public JointResponseJson withOptions(ReaderOptions other) {
        Objects.requireNonNull(other, "other");
        return other.equals(options) ? this : new JointResponseJson(mapper, reader, other, registry);
    }

    /**
     * Builds, now, what reading documents of some kinds builds on their first read: Jackson's
     * introspection of their types, a few tens of milliseconds each in a fresh JVM. A service can
     * call it at start-up so that its first requests are not the slow ones; it may run on any
     * thread, alongside other start-up work, and reading needs no such call.
     *
     * @param kinds the kinds, not null
     */
    public void warmUp(DocumentKind... kinds) {
        for (DocumentKind kind : kinds) {
            reader.warmUp(Objects.requireNonNull(kind, "kind"));
        }
    }

    /** @return how this instance reads */
    public ReaderOptions options() {
        return options;
    }

    /**
     * Returns the versions of the wire format this library reads.
     *
     * @return the versions; a lenient reader also reads later 1.x versions, with a warning
     */
    public static Set<String> supportedSchemaVersions() {
        return Set.of(SCHEMA_VERSION);
    }

    /**
     * Reads a document of any kind.
     *
     * @param json the payload in UTF-8, not null
     * @return the document and its kind, or the findings
     */
    public ReadResult<Document> read(byte[] json) {
        Objects.requireNonNull(json, "json");
        return result(reader.read(json, null, null, options), Document.class);
    }

    /**
     * Reads a document of any kind from text.
     *
     * @param json the payload, not null
     * @return the document and its kind, or the findings
     */
    public ReadResult<Document> read(String json) {
        Objects.requireNonNull(json, "json");
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a document of one kind. A payload of another kind is a {@code SHAPE-KIND} finding.
     *
     * @param json the payload in UTF-8, not null
     * @param type the model type of a kind ({@code Agreement.class}, {@code DisclosureDecision.class}…)
     *     or a subtype of one ({@code OccurrencePublication.class}); {@code Document.class} reads any
     *     kind, like {@link #read(byte[])}; not null
     * @param <T> the type
     * @return the document, or the findings
     */
    public <T extends Document> ReadResult<T> read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        DocumentKind kind = type == Document.class ? null : DocumentKind.ofType(type).orElseThrow();
        return result(reader.read(json, kind, type, options), type);
    }

    /**
     * Reads a document of one kind from text.
     *
     * @param json the payload, not null
     * @param type the model type, as for {@link #read(byte[], Class)}, not null
     * @param <T> the type
     * @return the document, or the findings
     */
    public <T extends Document> ReadResult<T> read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private <T extends Document> ReadResult<T> result(WireReader.Outcome o, Class<T> type) {
        Supplier<JsonNode> tree;
        if (o.tree != null) {
            JsonNode parsed = o.tree;
            tree = parsed::deepCopy;
        } else if (o.source != null) {
            byte[] source = o.source;
            tree = () -> mapper.readTree(source);
        } else {
            tree = null;
        }
        return new ReadResult<>(type.cast(o.document), o.kind, o.findings, tree, options.unknownFields(), o.kept, o.dropped);
    }

    /**
     * Writes a document as the wire format's JSON in UTF-8.
     *
     * @param document a document, not null
     * @return the bytes
     */
    public byte[] write(Document document) {
        DocumentKind kind = DocumentKind.of(document);
        // Bound straight to bytes, with the envelope spliced in front of the body's properties: the
        // same bytes as writing writeTree(document), without building the tree.
        byte[] body = mapper.writeValueAsBytes(document);
        byte[] envelope = body.length > 2 ? ENVELOPES[kind.ordinal()] : envelope(kind, false);
        byte[] out = new byte[envelope.length + body.length - 1];
        System.arraycopy(envelope, 0, out, 0, envelope.length);
        System.arraycopy(body, 1, out, envelope.length, body.length - 1);
        return out;
    }

    /**
     * The opening of a document up to its body: {@code {"schemaVersion":"1.0","kind":"…"}}
     * followed by a comma when the body has properties.
     */
    private static byte[] envelope(DocumentKind kind, boolean bodyFollows) {
        String opening = "{\"" + WireReader.SCHEMA_VERSION_PROPERTY + "\":\"" + SCHEMA_VERSION + "\",\""
                + WireReader.KIND_PROPERTY + "\":\"" + kind.wireName() + "\"" + (bodyFollows ? "," : "");
        return opening.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes a document as text.
     *
     * @param document a document, not null
     * @return the JSON text
     */
    public String writeString(Document document) {
        return new String(write(document), StandardCharsets.UTF_8);
    }

    /**
     * Writes a document with unknown properties put back where they were read.
     *
     * @param document a document, not null
     * @param unknownFields pointer to value of each property to add, as from
     *     {@link ReadResult#keptFields()}, not null
     * @return the bytes
     * @throws IllegalArgumentException if a property cannot be put back because the document no
     *     longer has an object at its place or now defines it
     */
    public byte[] write(Document document, Map<JsonPointer, JsonNode> unknownFields) {
        Objects.requireNonNull(unknownFields, "unknownFields");
        ObjectNode tree = writeTree(document);
        UnknownFields.reinsert(tree, unknownFields);
        return mapper.writeValueAsBytes(tree);
    }

    /**
     * Writes the document of a read result with the unknown properties it kept, so that a lenient
     * read followed by a write loses nothing.
     *
     * @param result a result holding a document, not null
     * @return the bytes
     * @throws IllegalArgumentException if the result holds no document
     */
    public byte[] write(ReadResult<?> result) {
        Objects.requireNonNull(result, "result");
        Document document = result.document()
                .orElseThrow(() -> new IllegalArgumentException("The result holds no document: " + result));
        return write(document, result.keptFields());
    }

    /**
     * Returns the tree that {@link #write(Document)} writes.
     *
     * @param document a document, not null
     * @return a new tree, {@code schemaVersion} and {@code kind} first
     */
    public ObjectNode writeTree(Document document) {
        DocumentKind kind = DocumentKind.of(document);
        JsonNode body = mapper.valueToTree(document);
        ObjectNode tree = mapper.createObjectNode();
        tree.put(WireReader.SCHEMA_VERSION_PROPERTY, SCHEMA_VERSION);
        tree.put(WireReader.KIND_PROPERTY, kind.wireName());
        body.properties().forEach(e -> tree.set(e.getKey(), e.getValue()));
        return tree;
    }

    /**
     * Returns the published JSON Schema (draft 2020-12) of a document kind.
     *
     * @param kind the kind, not null
     * @return the schema's JSON text
     * @throws IllegalStateException if the schema resource is missing from the jar
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static String schema(DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        String name = "schema/" + kind.schemaFileName();
        try (InputStream in = JointResponseJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The schema resource is missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the wire format's mapper, for {@link JointResponseJacksonModule} */
    JsonMapper mapper() {
        return mapper;
    }

    /** @return the reader behind {@link #read(byte[], Class)}, for {@link JointResponseJacksonModule} */
    WireReader reader() {
        return reader;
    }

    /** @return the mix-ins and model types this instance maps, for {@link JointResponseJacksonModule} */
    MixInRegistry registry() {
        return registry;
    }
}
