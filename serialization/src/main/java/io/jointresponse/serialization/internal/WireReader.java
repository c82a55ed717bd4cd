package io.jointresponse.serialization.internal;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.serialization.ReaderOptions;
import io.jointresponse.serialization.UnknownFieldPolicy;
import io.jointresponse.serialization.WireRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one payload in the order the wire format prescribes: parse the tree (syntax and limits),
 * check the envelope ({@code schemaVersion}, {@code kind}), walk the tree against the model's shape
 * (every structural problem at once) and only then, when nothing is in error, bind the tree to the
 * model. Never throws for bad input.
 *
 * <p>Most payloads are well-formed, and for them the walk finds nothing. So a strict read first
 * tries the direct way: check the envelope as the first two properties and bind the rest straight
 * from the bytes with the strict mapper, which refuses everything the walk refuses. Only when that
 * fails, for whatever reason, does the reader take the full way above, which explains the refusal.
 * Both ways give the same document or none; a test compares them on thousands of mutated payloads.
 */
public final class WireReader {

    /** The property holding the format version, first in every document. */
    public static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";
    /** The property holding the document kind, second in every document. */
    public static final String KIND_PROPERTY = "kind";
    /** The version this reader and writer implement. */
    public static final String SCHEMA_VERSION = "1.0";

    private static final Set<String> ENVELOPE = Set.of(SCHEMA_VERSION_PROPERTY, KIND_PROPERTY);

    private final JsonMapper mapper;
    private final Supplier<WireModel> modelSource;
    private volatile WireModel model;
    private final boolean direct;
    /** One reader per kind, made on first use: building all up front would slow every start. */
    private final AtomicReferenceArray<ObjectReader> readers = new AtomicReferenceArray<>(DocumentKind.values().length);

    /**
     * Creates a reader that binds well-formed strict payloads directly.
     *
     * @param mapper the strict mapper, not null
     * @param model makes the mapper's introspected model, called once, when a payload first needs
     *     the structural walk, not null
     */
    public WireReader(JsonMapper mapper, Supplier<WireModel> model) {
        this(mapper, model, true);
    }

    /**
     * Creates a reader.
     *
     * @param mapper the strict mapper, not null
     * @param model makes the mapper's introspected model, as for {@link #WireReader(JsonMapper, Supplier)}
     * @param direct whether strict reads first try binding straight from the bytes; false walks
     *     every payload, which tests compare against
     */
    public WireReader(JsonMapper mapper, Supplier<WireModel> model, boolean direct) {
        this.mapper = mapper;
        this.modelSource = model;
        this.direct = direct;
    }

    private WireModel model() {
        WireModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = modelSource.get();
                    model = m;
                }
            }
        }
        return m;
    }

    /** What one read produced. */
    public static final class Outcome {
        /** The bound document, or null (also when the value read is not a document). */
        public final Document document;
        /** The bound value, a document or a value read by {@link #readValue}, or null. */
        public final Object value;
        /** The kind of the document as far as it could be told, or null. */
        public final DocumentKind kind;
        /** Every finding, in the order found. */
        public final List<Finding> findings;
        /** The parsed tree, or null when the payload is not JSON or was bound directly. */
        public final JsonNode tree;
        /** A copy of the payload when it was bound directly (and {@link #tree} is null), or null. */
        public final byte[] source;
        /** Unknown properties kept aside, by pointer. */
        public final Map<JsonPointer, JsonNode> kept;
        /** Unknown properties dropped. */
        public final List<JsonPointer> dropped;

        Outcome(Object value, DocumentKind kind, List<Finding> findings, JsonNode tree,
                Map<JsonPointer, JsonNode> kept, List<JsonPointer> dropped) {
            this(value, kind, findings, tree, null, kept, dropped);
        }

        private Outcome(Object value, DocumentKind kind, List<Finding> findings, JsonNode tree, byte[] source,
                Map<JsonPointer, JsonNode> kept, List<JsonPointer> dropped) {
            this.value = value;
            this.document = value instanceof Document ? (Document) value : null;
            this.kind = kind;
            this.findings = List.copyOf(findings);
            this.tree = tree;
            this.source = source;
            this.kept = kept;
            this.dropped = List.copyOf(dropped);
        }

        static Outcome failed(List<Finding> findings, JsonNode tree, DocumentKind kind) {
            return new Outcome(null, kind, findings, tree, Map.of(), List.of());
        }

        static Outcome direct(Document document, DocumentKind kind, byte[] json) {
            return new Outcome(document, kind, List.of(), null, json.clone(), Map.of(), List.of());
        }
    }

    /**
     * Reads a payload.
     *
     * @param json the payload, UTF-8, not null
     * @param expected the kind the caller expects, or null for any
     * @param expectedType the model type the caller expects (the kind's type or a subtype), or null
     * @param options how strictly to read, not null
     * @return what was read
     */
    public Outcome read(byte[] json, DocumentKind expected, Class<?> expectedType, ReaderOptions options) {
        List<Finding> findings = new ArrayList<>();
        WireMessages messages = WireMessages.of(options.locale());
        if (tooLong(json, findings, messages)) {
            return Outcome.failed(findings, null, expected);
        }
        if (direct && !options.isLenient()) {
            Outcome outcome = readDirectly(json, expected, expectedType);
            if (outcome != null) {
                return outcome;
            }
        }
        JsonNode tree = parse(json, findings, messages);
        if (tree == null) {
            return Outcome.failed(findings, null, expected);
        }
        if (!tree.isObject()) {
            findings.add(error(WireRules.SHAPE_TYPE, JsonPointer.root(), messages.text("type.root")));
            return Outcome.failed(findings, tree, expected);
        }

        boolean versionUsable = checkVersion(tree, options, findings, messages);
        DocumentKind kind = checkKind(tree, expected, findings, messages);
        if (kind != null && expected != null && kind != expected) {
            // Another kind altogether: walking it as the kind asked for would only add noise.
            return Outcome.failed(findings, tree, kind);
        }
        DocumentKind target = kind != null ? kind : expected;
        if (!versionUsable || target == null) {
            return Outcome.failed(findings, tree, target);
        }

        Outcome outcome = walkAndBind(tree, target.type(), ENVELOPE, options, findings, target, messages);
        if (outcome.document != null && expectedType != null && !expectedType.isInstance(outcome.document)) {
            JsonPointer at = target.isPolymorphic()
                    ? JsonPointer.of(DisclosureMixIns.TYPE_PROPERTY) : JsonPointer.of(KIND_PROPERTY);
            findings.add(error(WireRules.SHAPE_KIND, at, messages.text("kind.type", expectedType.getSimpleName())));
            return Outcome.failed(findings, tree, target);
        }
        return outcome;
    }

    /**
     * Reads, strictly, a value of the model that travels inside documents rather than as one (a
     * partner, a contact, a notice number): no envelope; otherwise the same checks as a document's
     * body, with every structural problem at once, in English.
     *
     * @param json the payload, UTF-8, not null
     * @param modelType a model type other than a document kind's, as {@link MixInRegistry#wireTypeOf}
     *     names it, not null
     * @return what was read, in {@link Outcome#value}; its kind is null
     * @throws IllegalArgumentException if the type is not part of the model on the wire
     */
    public Outcome readValue(byte[] json, Class<?> modelType) {
        model().shapeOf(modelType);
        WireMessages messages = WireMessages.of(Locale.ENGLISH);
        List<Finding> findings = new ArrayList<>();
        if (tooLong(json, findings, messages)) {
            return Outcome.failed(findings, null, null);
        }
        JsonNode tree = parse(json, findings, messages);
        if (tree == null) {
            return Outcome.failed(findings, null, null);
        }
        return walkAndBind(tree, modelType, Set.of(), ReaderOptions.strict(), findings, null, messages);
    }

    private static boolean tooLong(byte[] json, List<Finding> findings, WireMessages messages) {
        if (json.length > WireMapper.MAX_DOCUMENT_LENGTH) {
            findings.add(tooLong(messages));
            return true;
        }
        return false;
    }

    /**
     * Returns the finding of a payload longer than {@link WireMapper#MAX_DOCUMENT_LENGTH}, in English.
     *
     * @return the {@code JSON-LIMIT} finding
     */
    public static Finding tooLong() {
        return tooLong(WireMessages.of(Locale.ENGLISH));
    }

    private static Finding tooLong(WireMessages messages) {
        return error(WireRules.JSON_LIMIT, JsonPointer.root(), messages.text("limit.size", WireMapper.MAX_DOCUMENT_LENGTH));
    }

    /** Parses the payload into a tree, or adds the syntax or limit finding and returns null. */
    private JsonNode parse(byte[] json, List<Finding> findings, WireMessages messages) {
        JsonNode tree;
        JsonParser parser = null;
        try {
            parser = mapper.createParser(json);
            tree = mapper.readTree(parser);
        } catch (StreamConstraintsException e) {
            findings.add(error(WireRules.JSON_LIMIT, JsonPointer.root(), limitMessage(e, location(e, parser), messages)));
            return null;
        } catch (JacksonException e) {
            findings.add(error(WireRules.JSON_SYNTAX, JsonPointer.root(), syntaxMessage(e, location(e, parser), messages)));
            return null;
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
        if (tree == null || tree.isMissingNode()) {
            findings.add(error(WireRules.JSON_SYNTAX, JsonPointer.root(), messages.text("syntax.empty")));
            return null;
        }
        return tree;
    }

    /**
     * Walks a parsed tree against the shape of a model type and, when nothing is in error, binds it.
     *
     * @param ignored top-level properties that are not the value's own (the envelope)
     * @param kind the document kind, or null for a value that is not a document
     */
    private Outcome walkAndBind(JsonNode tree, Class<?> type, Set<String> ignored, ReaderOptions options,
            List<Finding> findings, DocumentKind kind, WireMessages messages) {
        StructuralWalker walker = new StructuralWalker(options.unknownFields(), messages);
        walker.walk(tree, model().shapeOf(type), JsonPointer.root(), ignored);
        findings.addAll(walker.findings());
        if (walker.truncated()) {
            findings.add(error(WireRules.JSON_LIMIT, JsonPointer.root(), messages.text("limit.findings", StructuralWalker.MAX_FINDINGS)));
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            return Outcome.failed(findings, tree, kind);
        }

        JsonNode binding = tree.deepCopy();
        if (binding.isObject()) {
            ((ObjectNode) binding).remove(ignored);
        }
        Map<JsonPointer, JsonNode> kept = new LinkedHashMap<>();
        for (JsonPointer p : walker.unknownProperties()) {
            JsonNode removed = UnknownFields.remove(binding, p);
            if (options.unknownFields() == UnknownFieldPolicy.KEEP && removed != null) {
                kept.put(p, removed);
            }
        }
        List<JsonPointer> dropped = options.unknownFields() == UnknownFieldPolicy.DROP ? walker.unknownProperties() : List.of();

        Object value;
        try {
            value = mapper.treeToValue(binding, type);
        } catch (RuntimeException e) {
            // Jackson's exceptions and the model's own checks alike.
            findings.add(BindingFailures.toFinding(e, type, messages));
            return Outcome.failed(findings, tree, kind);
        }
        return new Outcome(value, kind, findings, tree, kept, dropped);
    }

    /**
     * Binds a payload straight from its bytes, if it is a well-formed document with the envelope
     * first, as the writer puts it.
     *
     * @return the outcome, or null when anything is amiss: the caller then reads the full way
     */
    private Outcome readDirectly(byte[] json, DocumentKind expected, Class<?> expectedType) {
        try (JsonParser p = mapper.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT
                    || !SCHEMA_VERSION.equals(envelopeValue(p, SCHEMA_VERSION_PROPERTY))) {
                return null;
            }
            String kindName = envelopeValue(p, KIND_PROPERTY);
            DocumentKind kind = kindName == null ? null : DocumentKind.ofWireName(kindName).orElse(null);
            if (kind == null || (expected != null && kind != expected)) {
                return null;
            }
            // The parser now stands before the first property of the body; the reader binds from
            // there to the end of the object, then checks that nothing follows.
            p.nextToken();
            Document document = readerOf(kind).readValue(p);
            if (document == null || (expectedType != null && !expectedType.isInstance(document))) {
                return null;
            }
            return Outcome.direct(document, kind, json);
        } catch (RuntimeException e) {
            // Jackson's exceptions and the model's own checks alike. Not a problem to report from here: the full read finds and explains it.
            return null;
        }
    }

    /** The string value of the next property if it has that name, or null. */
    private static String envelopeValue(JsonParser p, String name) {
        if (p.nextToken() != JsonToken.PROPERTY_NAME || !name.equals(p.currentName())) {
            return null;
        }
        return p.nextToken() == JsonToken.VALUE_STRING ? p.getString() : null;
    }

    /**
     * Builds the reader of a kind now, if no earlier read did.
     *
     * @param kind the kind, not null
     */
    public void warmUp(DocumentKind kind) {
        readerOf(kind);
    }

    private ObjectReader readerOf(DocumentKind kind) {
        ObjectReader reader = readers.get(kind.ordinal());
        if (reader == null) {
            // Two threads may both make one; either will do.
            reader = mapper.readerFor(kind.type());
            readers.set(kind.ordinal(), reader);
        }
        return reader;
    }

    private static boolean checkVersion(JsonNode tree, ReaderOptions options, List<Finding> findings, WireMessages messages) {
        JsonPointer at = JsonPointer.of(SCHEMA_VERSION_PROPERTY);
        JsonNode version = tree.get(SCHEMA_VERSION_PROPERTY);
        if (version == null) {
            findings.add(error(WireRules.SHAPE_MISSING, at, messages.text("version.missing", SCHEMA_VERSION)));
            return false;
        }
        if (!version.isString()) {
            findings.add(error(WireRules.SHAPE_TYPE, at, messages.text("version.type", SCHEMA_VERSION)));
            return false;
        }
        String text = version.stringValue();
        if (SCHEMA_VERSION.equals(text)) {
            return true;
        }
        if (options.isLenient() && text.matches("1\\.[1-9][0-9]{0,8}")) {
            findings.add(Finding.of(WireRules.SHAPE_VERSION, Severity.WARNING, at, messages.text("version.newer", SCHEMA_VERSION),
                    WireRules.CLAUSE));
            return true;
        }
        findings.add(error(WireRules.SHAPE_VERSION, at,
                messages.text(options.isLenient() ? "version.unsupportedLenient" : "version.unsupported", SCHEMA_VERSION)));
        return false;
    }

    private static DocumentKind checkKind(JsonNode tree, DocumentKind expected, List<Finding> findings, WireMessages messages) {
        JsonPointer at = JsonPointer.of(KIND_PROPERTY);
        JsonNode kind = tree.get(KIND_PROPERTY);
        String allowed = expected != null ? expected.wireName()
                : Arrays.stream(DocumentKind.values()).map(DocumentKind::wireName).collect(Collectors.joining(", "));
        String expectation = messages.text(expected != null ? "kind.one" : "kind.oneOf", allowed);
        if (kind == null) {
            findings.add(error(WireRules.SHAPE_MISSING, at, messages.text("kind.missing", expectation)));
            return null;
        }
        DocumentKind found = kind.isString() ? DocumentKind.ofWireName(kind.stringValue()).orElse(null) : null;
        if (found == null) {
            findings.add(error(kind.isString() ? WireRules.SHAPE_KIND : WireRules.SHAPE_TYPE, at,
                    kind.isNull() ? messages.text("kind.null", expectation) : expectation));
            return null;
        }
        if (expected != null && found != expected) {
            findings.add(error(WireRules.SHAPE_KIND, at, expectation));
        }
        return found;
    }

    private static Finding error(String ruleId, JsonPointer at, String message) {
        return Finding.of(ruleId, Severity.ERROR, at, message, WireRules.CLAUSE);
    }

    /** The exception's location, or the parser's where the exception has none (limit violations). */
    private static TokenStreamLocation location(JacksonException e, JsonParser parser) {
        TokenStreamLocation loc = e.getLocation();
        if ((loc == null || loc.getLineNr() < 1) && parser != null) {
            loc = parser.currentLocation();
        }
        return loc;
    }

    private static String where(TokenStreamLocation loc, WireMessages messages) {
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return messages.text("syntax.where", loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /** Describes a syntax error without quoting the payload (Jackson's own messages do). */
    static String syntaxMessage(JacksonException e, TokenStreamLocation loc, WireMessages messages) {
        String original = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        String reason;
        if (original.startsWith("duplicate")) {
            reason = messages.text("syntax.reason.duplicate");
        } else if (original.contains("trailing token")) {
            reason = messages.text("syntax.reason.trailing");
        } else if (original.contains("end-of-input")) {
            reason = messages.text("syntax.reason.end");
        } else if (original.contains("utf-8") || original.contains("utf8")) {
            reason = messages.text("syntax.reason.utf8");
        } else if (original.contains("control character") || original.contains("ctrl-char")) {
            reason = messages.text("syntax.reason.control");
        } else if (original.contains("leading zero") || original.contains("numeric value")
                || original.contains("nan") || original.contains("infinity")) {
            reason = messages.text("syntax.reason.number");
        } else if (original.contains("escape")) {
            reason = messages.text("syntax.reason.escape");
        } else {
            reason = messages.text("syntax.reason.other");
        }
        return messages.text("syntax.message", where(loc, messages), reason);
    }

    /** Describes which limit of {@link WireMapper#constraints()} a payload exceeded. */
    static String limitMessage(StreamConstraintsException e, TokenStreamLocation loc, WireMessages messages) {
        String original = String.valueOf(e.getOriginalMessage());
        String limit;
        if (original.startsWith("Document nesting depth")) {
            limit = messages.text("limit.depth", WireMapper.MAX_NESTING_DEPTH);
        } else if (original.startsWith("String value length")) {
            limit = messages.text("limit.string", WireMapper.MAX_STRING_LENGTH);
        } else if (original.startsWith("Number value length")) {
            limit = messages.text("limit.number", WireMapper.MAX_NUMBER_LENGTH);
        } else if (original.startsWith("Name length")) {
            limit = messages.text("limit.name", WireMapper.MAX_NAME_LENGTH);
        } else if (original.startsWith("Document length")) {
            limit = messages.text("limit.document", WireMapper.MAX_DOCUMENT_LENGTH);
        } else if (original.startsWith("Token count")) {
            limit = messages.text("limit.tokens", WireMapper.MAX_TOKEN_COUNT);
        } else {
            limit = messages.text("limit.other");
        }
        return messages.text("limit.message", where(loc, messages), limit);
    }
}
