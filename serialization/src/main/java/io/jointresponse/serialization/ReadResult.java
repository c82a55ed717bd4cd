package io.jointresponse.serialization;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * What reading one payload produced: the typed document and its kind, or the findings that
 * prevented it, or both (a document read leniently comes with warnings).
 *
 * <p>The parsed payload stays available as a tree ({@link #tree()}) so that later checks, such as the rules of
 * the validation module, can point into the payload; they add their findings with
 * {@link #withFindings(Collection)}.
 *
 * <p>Immutable and thread-safe: trees and kept properties are copied on the way out.
 *
 * @param <T> the type of document asked for: {@code Document} when any kind will do
 */
public final class ReadResult<T extends Document> {

    private final T document;
    private final DocumentKind kind;
    private final List<Finding> findings;
    /** Makes a fresh copy of the parsed payload, or null when it was not a JSON value. */
    private final Supplier<JsonNode> tree;
    private final UnknownFieldPolicy unknownFieldPolicy;
    private final Map<JsonPointer, JsonNode> keptFields;
    private final List<JsonPointer> droppedFields;

    ReadResult(T document, DocumentKind kind, List<Finding> findings, Supplier<JsonNode> tree,
            UnknownFieldPolicy unknownFieldPolicy, Map<JsonPointer, JsonNode> keptFields, List<JsonPointer> droppedFields) {
        this.document = document;
        this.kind = kind;
        this.findings = List.copyOf(findings);
        this.tree = tree;
        this.unknownFieldPolicy = unknownFieldPolicy;
        this.keptFields = Collections.unmodifiableMap(new LinkedHashMap<>(keptFields));
        this.droppedFields = List.copyOf(droppedFields);
    }

    /**
     * Returns the document, present when the payload had no structural error.
     *
     * @return the document, or empty
     */
    public Optional<T> document() {
        return Optional.ofNullable(document);
    }

    /**
     * Returns the kind of document the payload is, as far as it could be told: from its
     * {@code kind} property, or the kind asked for when that property was unusable.
     *
     * @return the kind, or empty when the payload is not a JSON object with a known kind
     */
    public Optional<DocumentKind> kind() {
        return Optional.ofNullable(kind);
    }

    /**
     * Returns every finding of the read, in the order found (and those added since).
     *
     * @return the findings, possibly empty
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Tells whether a document was read and no finding is an error.
     *
     * @return true when valid
     */
    public boolean isValid() {
        return document != null && findings.stream().noneMatch(Finding::isError);
    }

    /**
     * Returns a copy of the parsed payload, present whenever the payload was well-formed JSON
     * within the limits, whatever its shape. A payload read without a problem was bound straight
     * from its bytes, so its tree is parsed on each call from a copy of them.
     *
     * @return the tree, or empty
     */
    public Optional<JsonNode> tree() {
        return tree == null ? Optional.empty() : Optional.of(tree.get());
    }

    /**
     * Returns what the reader did with unknown properties.
     *
     * @return the policy of the reader
     */
    public UnknownFieldPolicy unknownFieldPolicy() {
        return unknownFieldPolicy;
    }

    /**
     * Returns the unknown properties a lenient reader kept ({@link UnknownFieldPolicy#KEEP}), by the
     * pointer where they were found. {@link JointResponseJson#write(ReadResult)} puts them back.
     *
     * @return pointer to a copy of each value, in payload order; empty unless kept
     */
    public Map<JsonPointer, JsonNode> keptFields() {
        Map<JsonPointer, JsonNode> copy = new LinkedHashMap<>();
        keptFields.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the pointers of the unknown properties a lenient reader dropped
     * ({@link UnknownFieldPolicy#DROP}).
     *
     * @return the pointers, in payload order; empty unless dropped
     */
    public List<JsonPointer> droppedFields() {
        return droppedFields;
    }

    /**
     * Returns this result with more findings, such as those of rule checks made on the document.
     * The document stays; {@link #isValid()} reflects the added findings.
     *
     * @param more the findings to append, not null
     * @return a new result
     */
    public ReadResult<T> withFindings(Collection<Finding> more) {
        Objects.requireNonNull(more, "more");
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new ReadResult<>(document, kind, all, tree, unknownFieldPolicy, keptFields, droppedFields);
    }

    /**
     * Describes the result without any value from the payload: the kind, and each finding's id and pointer.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ReadResult[");
        sb.append(kind == null ? "unknown kind" : kind.wireName());
        sb.append(document == null ? ", no document" : ", document");
        for (Finding f : findings) {
            sb.append(", ").append(f.ruleId()).append(' ').append(f.severity()).append(" at \"").append(f.pointer()).append('"');
        }
        return sb.append(']').toString();
    }
}
