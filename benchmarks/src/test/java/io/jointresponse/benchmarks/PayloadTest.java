package io.jointresponse.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.benchmarks.pojo.PojoJson;
import io.jointresponse.benchmarks.pojo.Pojos;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.validation.JointResponseValidator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    @ParameterizedTest
    @EnumSource(Payload.class)
    void plainBeansWriteTheLibrarysBytes(Payload payload) {
        Document document = payload.document();
        Object bean;
        if (document instanceof IncidentReport) {
            bean = Pojos.of((IncidentReport) document);
        } else if (document instanceof Agreement) {
            bean = Pojos.of((Agreement) document);
        } else {
            bean = Pojos.of((AnnualReport) document);
        }
        assertThat(new String(PojoJson.mapper().writeValueAsBytes(bean), StandardCharsets.UTF_8))
                .isEqualTo(new String(payload.json(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Payload.class)
    void theLibraryReadsEveryPayloadWithoutFindings(Payload payload) {
        ReadResult<Document> result = JointResponseJson.strict().read(payload.json());
        assertThat(result.findings()).isEmpty();
        assertThat(result.document()).contains(payload.document());
    }

    @ParameterizedTest
    @EnumSource(Payload.class)
    void everyPayloadValidatesWithoutFindings(Payload payload) {
        assertThat(JointResponseValidator.create().validatePayload(payload.json()).findings()).isEmpty();
    }
}
