package io.jointresponse.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What remains after the structural walk, an exception while binding, becomes a finding at the
 * best pointer Jackson gives, without its message (which may quote the payload).
 */
class BindingFailuresTest {

    private static final String SECRET = "SECRET-VALUE-42";

    @Test
    void aBrokenInvariantIsAShapeValueFindingAtJacksonsPath() {
        JacksonException e = DatabindException.from((tools.jackson.core.JsonParser) null, "bad " + SECRET,
                new IllegalStateException("Cannot build " + SECRET));
        e.prependPath(new Object(), 2);
        e.prependPath(new Object(), "reportableCrimes");

        Finding f = BindingFailures.toFinding(e, Agreement.class, WireMessages.ENGLISH);

        assertThat(f.ruleId()).isEqualTo("SHAPE-VALUE");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.pointer()).isEqualTo(JsonPointer.parse("/reportableCrimes/2"));
        assertThat(f.message()).contains("structural invariant", "Agreement").doesNotContain(SECRET);
    }

    @Test
    void anyOtherFailureIsStillAFindingAndNeverEchoesItsMessage() {
        Finding f = BindingFailures.toFinding(new UnsupportedOperationException(SECRET), Agreement.class, WireMessages.ENGLISH);
        assertThat(f.ruleId()).isEqualTo("SHAPE-VALUE");
        assertThat(f.pointer().isRoot()).isTrue();
        assertThat(f.message()).doesNotContain(SECRET);
    }

    @Test
    void convertsARealBindingPathIntoAPointer() {
        JsonMapper mapper = WireMapper.create(MixInRegistry.standard());
        String json = "{\"id\":\"a\",\"prefecture\":\"TOKYO\",\"status\":\"DRAFT\",\"partner\":{\"name\":\"n\","
                + "\"sector\":\"OTHER\",\"outsourcing\":\"UNKNOWN\",\"contacts\":[{\"name\":\"x\"},{\"name\":7}]}}";
        try {
            mapper.readValue(json, Agreement.class);
        } catch (JacksonException e) {
            assertThat(BindingFailures.pointer(e)).isEqualTo(JsonPointer.parse("/partner/contacts/1/name"));
            return;
        }
        throw new AssertionError("The mapper accepted a number for a string");
    }
}
