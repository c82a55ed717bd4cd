package io.jointresponse.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.benchmarks.pojo.PojoJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PayloadTest {

    @Test
    void incidentReportIsAboutTwoKilobytes() {
        assertThat(Payload.INCIDENT_REPORT.json().length).isBetween(1900, Payload.INCIDENT_REPORT_TARGET_BYTES);
    }

    @ParameterizedTest
    @EnumSource(Payload.class)
    void carriesTheEnvelopeFirst(Payload payload) {
        String json = new String(payload.json(), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"schemaVersion\":\"1.0\",\"kind\":\"" + payload.wireName() + "\",");
    }

    @ParameterizedTest
    @EnumSource(Payload.class)
    void plainBeansReadAndWriteTheSameBytes(Payload payload) {
        Object bean = PojoJson.mapper().readValue(payload.json(), payload.pojoType());
        assertThat(new String(PojoJson.mapper().writeValueAsBytes(bean), StandardCharsets.UTF_8))
                .isEqualTo(new String(payload.json(), StandardCharsets.UTF_8));
    }
}
