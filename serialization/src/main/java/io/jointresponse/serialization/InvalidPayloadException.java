package io.jointresponse.serialization;

import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.finding.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * The failure of an application's own Jackson mapper, through {@link JointResponseJacksonModule},
 * to read a document (or another value of the model) that the wire format refuses. It holds every
 * finding of that read, the same that {@link JointResponseJson#read(byte[], Class)} gives, each with
 * the JSON Pointer of its property within the document.
 *
 * <p>A {@link DatabindException}, so that frameworks treat it as bad input (Spring answers
 * {@code 400 Bad Request}) and Jackson adds the path of the application's own properties above the
 * document. Its message lists the findings' rule ids, pointers and messages, which never quote the
 * payload's values; it carries no source excerpt, whatever the mapper's settings.
 */
public final class InvalidPayloadException extends DatabindException {

    private static final long serialVersionUID = 1L;

    /** Findings beyond this many are counted in the message, not listed. */
    private static final int LISTED = 10;

    private final transient List<Finding> findings;
    private final transient DocumentKind kind;

    /**
     * Creates the exception.
     *
     * @param expected what was to be read: a document kind's model type or another model type, not null
     * @param kind the document kind read, or null for a value that is not a document
     * @param findings every finding of the read, at least one, not null
     * @param location where the value began in the payload, or null
     */
    InvalidPayloadException(Class<?> expected, DocumentKind kind, List<Finding> findings, TokenStreamLocation location) {
        super(message(expected, kind, findings), location, null);
        this.findings = List.copyOf(findings);
        this.kind = kind;
    }

    /**
     * Returns every finding of the read, in the order found.
     *
     * @return the findings, never empty
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns the kind of document that was to be read.
     *
     * @return the kind, or empty for a value of the model that is not a document (a partner, a contact…)
     */
    public Optional<DocumentKind> kind() {
        return Optional.ofNullable(kind);
    }

    private static String message(Class<?> expected, DocumentKind kind, List<Finding> findings) {
        Objects.requireNonNull(expected, "expected");
        StringBuilder m = new StringBuilder("Not a valid ")
                .append(kind != null ? kind.wireName() + " document" : expected.getSimpleName())
                .append(" of the Joint Response wire format (")
                .append(findings.size()).append(findings.size() == 1 ? " finding" : " findings").append("): ");
        for (int i = 0; i < findings.size() && i < LISTED; i++) {
            Finding f = findings.get(i);
            m.append(i == 0 ? "" : "; ").append(f.ruleId()).append(" at ")
                    .append(f.pointer().isRoot() ? "(root)" : f.pointer().toString()).append(": ").append(f.message());
        }
        if (findings.size() > LISTED) {
            m.append("; and ").append(findings.size() - LISTED).append(" more");
        }
        return m.toString();
    }
}
