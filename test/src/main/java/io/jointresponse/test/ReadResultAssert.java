package io.jointresponse.test;

import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.serialization.ReadResult;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on a {@link ReadResult} of the wire-format reader; valid means a document was read and
 * no finding is an error, as {@link ReadResult#isValid()} says.
 *
 * <pre>{@code
 * assertThat(json.read(bytes, Agreement.class)).hasDocument().hasNoFindings();
 * assertThat(json.read(truncated)).isUnreadable().hasOnlyRules("JSON-SYNTAX");
 * }</pre>
 */
public final class ReadResultAssert extends AbstractFindingsAssert<ReadResultAssert, ReadResult<?>> {

    ReadResultAssert(ReadResult<?> actual) {
        super(actual, ReadResultAssert.class, ReadResult::findings, ReadResult::document, ReadResult::isValid,
                "the read result", "a document and no ERROR finding", "no document, or an ERROR finding");
    }

    /**
     * Verifies the kind of document the payload is, as far as the reader could tell.
     *
     * @param wireName the kind's name on the wire, such as {@code agreement}; not null
     * @return this assertion
     */
    public ReadResultAssert hasKind(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        isNotNull();
        Optional<String> read = actual.kind().map(DocumentKind::wireName);
        if (!read.equals(Optional.of(wireName))) {
            failExpecting("to be of kind " + wireName + ", but " + read.map(k -> "it is of kind " + k).orElse("its kind is unknown")
                    + "; it has " + FindingLines.counted(findings()));
        }
        return myself;
    }
}
