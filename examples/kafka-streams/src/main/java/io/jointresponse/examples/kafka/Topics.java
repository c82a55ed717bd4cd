package io.jointresponse.examples.kafka;

import java.util.Objects;

/**
 * The topics of the validation topology.
 *
 * @param payloads where payloads arrive, keyed by prefecture code (such as {@code 13})
 * @param agreements the agreement records, compacted and keyed by agreement id; read as a global table
 * @param valid where valid documents go, as they arrived
 * @param findings where the reports of documents with findings go, as JSON
 * @param deadLetters where unreadable input goes, with its finding, and records that failed on the way
 */
public record Topics(String payloads, String agreements, String valid, String findings, String deadLetters) {

    /** Checks that every name is given. */
    public Topics {
        Objects.requireNonNull(payloads, "payloads");
        Objects.requireNonNull(agreements, "agreements");
        Objects.requireNonNull(valid, "valid");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }

    /** @return the default names, {@code jointresponse.payloads} and so on */
    public static Topics defaults() {
        return new Topics("jointresponse.payloads", "jointresponse.agreements", "jointresponse.valid", "jointresponse.findings",
                "jointresponse.dead-letters");
    }
}
