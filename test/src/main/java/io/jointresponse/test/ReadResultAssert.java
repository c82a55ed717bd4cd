package io.jointresponse.test;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.serialization.DocumentKind;
import io.jointresponse.serialization.ReadResult;
import java.util.List;
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
        super(actual, ReadResultAssert.class);
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

    @Override
    protected List<Finding> findings() {
        return actual.findings();
    }

    @Override
    protected Optional<?> document() {
        return actual.document();
    }

    @Override
    protected boolean valid() {
        return actual.isValid();
    }

    @Override
    protected String noun() {
        return "the read result";
    }

    @Override
    protected String validMeans() {
        return "a document and no ERROR finding";
    }

    @Override
    protected String invalidMeans() {
        return "no document, or an ERROR finding";
    }
}
